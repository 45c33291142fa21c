"""A span given as a point, or a point as a span (P3): a count held now (`现有`, `现拥有`) under a year's heading
is the level at that year's end (or the report's day), not the year's flow; a bare year written right after an
as-of day (`截至4月底，2020年发行…`) is that year up to the day, not the whole year; a stock left now (`剩余的24个`)
that this year's plan acts on is as of the report.

Each row is a small report in our own words (figures restated, never corpus text): its name and date, and per figure
value the (period_start, period_end) it must get. Negatives keep their period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_REPORT = "2022年全县国民经济和社会发展统计公报\n一、综合\n全年实现地区生产总值120亿元。\n"
_PAPER = "本报讯 全省经济运行平稳。\n"

STOCK_POINTS = [
    # a count held now under a year report's heading: as of the year's end, and the counts its list goes on with
    (_REPORT + "全县现有国家AAA级旅游景区6个，2个省级文化街区，9个乡村旅游点。\n", "tjgb-a-2022.txt", date(2023, 4, 2),
     {"6": (None, "2022-12-31"), "2": (None, "2022-12-31"), "9": (None, "2022-12-31")}),
    # …and the name-first counts of the same holder it goes on with, up to their total (no flow verb among them)
    (_REPORT + "县直医院现有在编人员512人，聘用人员230人。\n", "tjgb-c-2022.txt", date(2023, 4, 2),
     {"512": (None, "2022-12-31"), "230": (None, "2022-12-31")}),
    (_REPORT + "8所乡镇卫生院现有在编人员310人，返聘医师12人，合计322人；县人民医院床位680张。\n", "tjgb-h-2022.txt",
     date(2023, 4, 2), {"310": (None, "2022-12-31"), "12": (None, "2022-12-31"), "322": (None, "2022-12-31"),
                        "680": ("2022-01-01", "2022-12-31")}),
    (_REPORT + "全县现有中小学86所，在校学生5.2万人，专任教师3100人。\n", "tjgb-i-2022.txt", date(2023, 4, 2),
     {"86": (None, "2022-12-31"), "52000": (None, "2022-12-31"), "3100": (None, "2022-12-31")}),
    (_REPORT + "全县现拥有1个夜间消费集聚区，3个省级森林乡村。\n", "tjgb-d-2022.txt", date(2023, 4, 2),
     {"1": (None, "2022-12-31"), "3": (None, "2022-12-31")}),
    # a stock left now that a plan of this year acts on (`剩余的…`, with the counts listed after it): as of the report
    # (`3600户1.7万名…`: the 3600 was named 剩余贫困村, its list's first item, a wrong fact the bare-name rule drops;
    # round 50 names the households)
    ("2020年,该县将持续开展脱贫攻坚,力争实现全县剩余的24个贫困村、3600户贫困家庭、1.7万名贫困人口全部脱贫摘帽。",
     "rmrb-2020-05-29-16-04.txt", date(2020, 5, 29),
     {"24": (None, "2020-05-29"), "3600": (None, "2020-05-29"), "17000": (None, "2020-05-29")}),
    # ... while what was left in a year already over and went in it stays that year's
    ("2019年,全县剩余的12个贫困村全部脱贫出列。", "rmrb-2020-05-29-16-05.txt", date(2020, 5, 29),
     {"12": ("2019-01-01", "2019-12-31")}),
    # negatives: a flow after the word, a year written in the sentence, a clause of another measure after the list,
    # and (not a negative) standing institutions said with 共有 or 设有 are year-end counts too
    # (test_period_communique_states.py)
    (_REPORT + "全县现有高中毕业生6100人。\n", "tjgb-e-2022.txt", date(2023, 4, 2),
     {"6100": ("2022-01-01", "2022-12-31")}),
    (_REPORT + "2022年，全县现有820户申报危房改造。\n", "tjgb-f-2022.txt", date(2023, 4, 2),
     {"820": ("2022-01-01", "2022-12-31")}),
    (_REPORT + "全县现有学校150所，全年招生8200人，图书流通量9万人次。\n", "tjgb-g-2022.txt", date(2023, 4, 2),
     {"150": (None, "2022-12-31"), "8200": ("2022-01-01", "2022-12-31"), "90000": ("2022-01-01", "2022-12-31")}),
    (_REPORT + "县医院现有职工600人，招聘护士45人，退休职工12人。\n", "tjgb-j-2022.txt", date(2023, 4, 2),
     {"600": (None, "2022-12-31"), "45": ("2022-01-01", "2022-12-31"), "12": ("2022-01-01", "2022-12-31")}),
    (_REPORT + "全县共有文化机构4个，设有卫生院14个。\n", "tjgb-b-2022.txt", date(2023, 4, 2),
     {"4": (None, "2022-12-31"), "14": (None, "2022-12-31")}),
]

YEAR_SO_FAR = [
    # a bare year right after an as-of day: the year up to that day
    (_PAPER + "截至5月底，2021年全省发行政府债券3200亿元，其中新增债券2100亿元。\n", date(2021, 6, 10),
     {"320000000000": ("2021-01-01", "2021-05-31"), "210000000000": ("2021-01-01", "2021-05-31")}),
    (_PAPER + "截至3月31日，2021年全市新增城镇就业1.6万人。\n", date(2021, 4, 12),
     {"16000": ("2021-01-01", "2021-03-31")}),
    # negatives: the year's plan after it is the whole year's; a year-end is that year; another year is an event's
    (_PAPER + "截至5月20日，2021年计划新建水厂42处。\n", date(2021, 5, 25),
     {"42": ("2021-01-01", "2021-12-31")}),
    (_PAPER + "截至2020年底，2020年全省新增城镇就业8万人。\n", date(2021, 2, 3),
     {"80000": ("2020-01-01", "2020-12-31")}),
]

STATE_AT_SPAN_END = [
    # a ratio or per-head amount that is a state, under a span of years: the level at the span's end
    (_PAPER + "2017年以来，嘉兴新增绿地面积12.4万亩；建成区绿地率、绿化覆盖率分别达到39%和42%，人均公园绿地面积16平方米。\n",
     date(2020, 9, 8), {"124000": ("2017-01-01", "2020-09-08"), "39": (None, "2020-09-08"),
                        "42": (None, "2020-09-08"), "16": (None, "2020-09-08")}),
    (_PAPER + "近5年来，全县新建育苗基地30个，种苗自给率达85%。\n", date(2020, 9, 8),
     {"30": ("2015-01-01", "2020-09-08"), "85": (None, "2020-09-08")}),
    # a count held now (`现有`, `尚有`, `在院`) under a span since a day: the count at the span's end, the flows keep it
    (_PAPER + "自2022年3月2日以来，全市共报告确诊病例42例，现有无症状感染者11例，在院隔离治疗37例。\n", date(2022, 3, 9),
     {"42": ("2022-03-02", "2022-03-09"), "11": (None, "2022-03-09"), "37": (None, "2022-03-09")}),
    (_PAPER + "近3年来，全市新增茶园4万亩，现有茶园面积18万亩。\n", date(2020, 9, 8),
     {"40000": ("2017-01-01", "2020-09-08"), "180000": (None, "2020-09-08")}),
    # negatives: a rate of the span's flow, a yearly average, a single year's coverage (the report's year, as the gold)
    (_PAPER + "自2018年以来，全省法院审结涉黑案件960件，重刑率达51.2%。\n", date(2020, 9, 8),
     {"960": ("2018-01-01", "2020-09-08"), "51.2": ("2018-01-01", "2020-09-08")}),
    (_PAPER + "2019年，全县广播覆盖率达99%。\n", date(2020, 9, 8), {"99": ("2019-01-01", "2019-12-31")}),
]


@pytest.mark.parametrize("text,published,expected", STATE_AT_SPAN_END, ids=[row[0][13:27] for row in STATE_AT_SPAN_END])
def test_a_state_ratio_under_a_span_is_the_level_at_its_end(text, published, expected):
    got = _periods(text, "paper.txt", published)
    assert set(got) == set(expected), got
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


def _periods(text: str, name: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, name, published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,name,published,expected", STOCK_POINTS, ids=[row[1] for row in STOCK_POINTS])
def test_count_held_now_is_a_level_at_the_year_end(text, name, published, expected):
    got = _periods(text, name, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


@pytest.mark.parametrize("text,published,expected", YEAR_SO_FAR, ids=[row[0][13:27] for row in YEAR_SO_FAR])
def test_year_after_an_as_of_day_is_the_year_so_far(text, published, expected):
    got = _periods(text, "paper.txt", published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


YEAR_END_TOTALS = [
    # a sentence opened by an as-of year-end: the totals the paragraph goes on with (`共计`) are held at that end
    (_PAPER + "数据显示，截至2018年底，全国有300个县运用新模式。全国已纳入管理库的项目共计900个，投资额达0.8万亿元。\n",
     date(2019, 2, 14), {"300": (None, "2018-12-31"), "900": (None, "2018-12-31"), "800000000000": (None, "2018-12-31")}),
    # negative: a total the year bounds (`全年共计`) is that year's flow
    (_PAPER + "数据显示，截至2018年底，全国有300个县运用新模式。全年共计新增入库项目120个。\n",
     date(2019, 2, 14), {"300": (None, "2018-12-31"), "120": ("2018-01-01", "2018-12-31")}),
]


@pytest.mark.parametrize("text,published,expected", YEAR_END_TOTALS, ids=[row[0][13:27] for row in YEAR_END_TOTALS])
def test_a_total_after_an_as_of_year_end_is_held_at_it(text, published, expected):
    facts = extract_text(text, "paper.txt", published).facts
    got = {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}
    assert got == expected
