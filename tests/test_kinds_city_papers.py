"""City papers and the county news sites that reprint them (issue 10, classes found on real reports outside every
gold): a city paper named after a river, a mountain or an old name (`湄洲日报`, `太行日报`) is its city's masthead,
so its web credit line dates the page and its `全市` is that city; National Day joined with the Mid-Autumn Festival
(`国庆中秋假期`) is the holiday of the schedule. Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.context import document_context
from extractors.normalize import normalize

# A reprint's credit line: its date, its author, the paper it came from.
CREDIT_LINES = [
    ("双节旅游市场回暖\n2021-10-08 09:12:40 王明 来源:湄洲日报\n假日期间,全市接待游客150.2万人次。",
     "莆田市", date(2021, 10, 8)),
    ("工业经济稳中向好\n2019-07-22 10:05:01 来源:太行日报\n上半年,全市规模以上工业增加值增长6.1%。",
     "晋城市", date(2019, 7, 22)),
    ("春茶开采\n2022-03-30 08:00:00 来源:闽东日报\n全市茶园面积达到98万亩。", "宁德市", date(2022, 3, 30)),
    # negative: a paper named after its own place needs no entry and still works
    ("夏粮丰收\n2020-06-20 08:00:00 来源:宿州日报\n全市小麦播种面积达到560万亩。", "宿州市", date(2020, 6, 20)),
]


@pytest.mark.parametrize("text,region,published", CREDIT_LINES)
def test_a_city_papers_credit_line_names_its_city_and_date(text, region, published):
    ctx = document_context(normalize(text).text, "page.txt")
    assert (ctx.region_name, ctx.published) == (region, published)


HOLIDAY_20 = ("2020-10-01", "2020-10-08")
HOLIDAY_23 = ("2023-09-29", "2023-10-06")

JOINED_HOLIDAY = [
    ("国庆中秋假期,全市共接待游客210.5万人次。", date(2020, 10, 9), [HOLIDAY_20]),
    ("国庆、中秋双节假期,全县实现旅游收入3.2亿元。", date(2020, 10, 9), [HOLIDAY_20]),
    ("国庆中秋长假期间,全市接待游客88万人次,增长12.5%。", date(2023, 10, 7), [HOLIDAY_23, HOLIDAY_23]),
    # a lead that names the joined holiday dates the paragraphs after it, not the year to date
    ("今年国庆、中秋双节叠加,8天长假里游人如织。\n据统计,全市重点景区接待游客45.6万人次。", date(2020, 10, 9),
     [HOLIDAY_20]),
]


@pytest.mark.parametrize("text,published,periods", JOINED_HOLIDAY)
def test_national_day_joined_with_mid_autumn_is_the_holiday(text, published, periods):
    assert [(f["period_start"], f["period_end"]) for f in facts_of(text, published)] == periods


# A city paper quoting its province's rate as the benchmark of its own (`比全省2.8%的同比增速高…`): the province's
# rate is no figure of the city; the city's own rate and its gap stay.
_GAP_NAMED_BY_BASE = pytest.mark.xfail(strict=True, reason="the gap's subject names only the base (`比全省增速`), "
                                       "so the gap is dropped as naming nothing; it should name the city's rate compared")
BENCHMARK = [
    pytest.param("1-9月,全市规模以上工业增加值增长7.5%,比全省5.1%的同比增速高2.4个百分点。", [7.5, 2.4], marks=_GAP_NAMED_BY_BASE),
    pytest.param("上半年,全市进出口总额增长12%,比全国6.3%的增速快5.7个百分点。", [12, 5.7], marks=_GAP_NAMED_BY_BASE),
    # negative: a rate after 同比 is the city's own
    ("上半年,全市社会消费品零售总额同比增长6.2%,高于全省平均水平。", [6.2]),
]


@pytest.mark.parametrize("text,values", BENCHMARK)
def test_the_provinces_benchmark_rate_is_no_figure_of_the_city(text, values):
    facts = facts_of(text, date(2022, 10, 20))
    assert [f["value"] for f in facts] == values


@pytest.mark.parametrize("text,benchmark", [("1-9月,全市规模以上工业增加值增长7.5%,比全省5.1%的同比增速高2.4个百分点。", 5.1),
                                            ("上半年,全市进出口总额增长12%,比全国6.3%的增速快5.7个百分点。", 6.3)])
def test_the_benchmark_rate_is_never_read(text, benchmark):
    assert benchmark not in [f["value"] for f in facts_of(text, date(2022, 10, 20))]


# A shared measure after a list of short names (`猪、牛、羊、家禽出栏`): each item is that measure of its own name.
LIVESTOCK = [
    ("前三季度,全市猪、牛、羊、家禽出栏分别为41.2万头、3.6万头、12.5万只、180.3万只。",
     ["猪出栏", "牛出栏", "羊出栏", "家禽出栏"]),
    ("年末,全县猪、牛、家禽存栏分别为20.1万头、1.2万头、95万只。", ["猪存栏", "牛存栏", "家禽存栏"]),
    # negative: names of equal length were already right
    ("全年生猪、肉牛出栏分别为30万头、2万头。", ["生猪出栏", "肉牛出栏"]),
]


@pytest.mark.parametrize("text,subjects", LIVESTOCK)
def test_a_measure_shared_after_short_names(text, subjects):
    assert [f["subject"] for f in facts_of(text, date(2022, 10, 20))] == subjects


# A task's completion rate after a level is that level's, and so is the excess over the task (`超任务2.2万亩`).
COMPLETION = [
    ("今年全县小麦播种面积36.5万亩,完成率102.1%。", ["小麦播种面积", "小麦播种面积(完成率)"]),
    ("全市新建高标准农田12万亩,任务完成率98.6%。", ["新建高标准农田", "新建高标准农田(任务完成率)"]),
]


@pytest.mark.parametrize("text,subjects", COMPLETION)
def test_a_completion_rate_is_the_levels(text, subjects):
    assert [f["subject"] for f in facts_of(text, date(2022, 10, 20))] == subjects


EXCESS = [
    ("今年全县小麦播种面积36.5万亩,超任务1.5万亩。", ["小麦播种面积", "小麦播种面积(超任务)"]),
    ("全市新建高标准农田12万亩,超额完成任务0.8万亩。", ["新建高标准农田", "新建高标准农田(超额完成任务)"]),
    # negative: a task named before its figure is still dropped from the subject
    ("全县粮食生产任务38万亩。", []),  # and `粮食生产` of a task is no fact: a bare name (bare_names.py)
]


@pytest.mark.parametrize("text,subjects", EXCESS)
def test_the_excess_over_a_task_is_named(text, subjects):
    assert [f["subject"] for f in facts_of(text, date(2022, 10, 20))] == subjects
