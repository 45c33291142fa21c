"""Scopes of report kinds read in the sixth round of unseen documents: a bulletin's closing signature names its
place, a running total since a dated day spans to the report, a month singled out (`当月`) dates its own
sentence only, a chart caption opens no story, a second `分别` list is a list of its own, and `规模工业增加值`
is the industrial value added. Sentences are restated in our own words; negatives keep what was right."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.context import document_context
from extractors.normalize import normalize
from extractors.pipeline import extract_text


def _facts(text: str, published: date | None, name: str = "doc.txt") -> dict[str, object]:
    return {str(f.value): f for f in extract_text(text, name, published).facts}


SIGNATURES = [
    # a bulletin signed by a city's health commission, the date line under it
    ("3月2日0—24时,全市新增确诊病例5例。\n十堰市卫生健康委员会\n2022年3月3日", ("十堰市", "signature")),
    ("昨日全县新增无症状感染者2例。\n平阳县卫生健康局\n二〇二二年四月九日", ("平阳县", "signature")),
    ("本周全市热线受理诉求1200件。\n宜春市人民政府办公室", ("宜春市", "signature")),
    ("全县新增病例3例。\n\n荆门市新冠肺炎疫情防控工作指挥部\n2021年8月13日\n", ("荆门市", "signature")),
    # negatives: a body that speaks inside the text, a line that says more than the body, no place, a title's
    # place first
    ("据宜春市统计局统计,全市生产总值增长5%。", (None, None)),
    ("全市新增确诊病例5例。\n荆门市卫生健康委员会发布以上数据", (None, None)),
    ("全市新增确诊病例5例。\n市卫生健康委员会\n2021年8月13日", (None, None)),
    ("温州日报\n全市生产总值增长9%。\n宜春市统计局", ("温州市", "publisher")),
]


@pytest.mark.parametrize("text,expected", SIGNATURES, ids=[s[0][:10] for s in SIGNATURES])
def test_a_closing_signature_names_the_documents_place(text, expected):
    ctx = document_context(normalize(text).text, "x.txt")
    assert (ctx.region_name, ctx.region_source) == expected


def test_a_signed_bulletin_files_its_figures_under_the_signers_city():
    text = "2021年8月12日0—24时,全市新增确诊病例4例。\n荆门市卫生健康委员会\n2021年8月13日"
    assert _facts(text, date(2021, 8, 13))["4"].region == "荆门市"


SINCE_A_DAY = [
    # (text, published, value, start, end): a running total since a dated day runs to the report
    ("自2021年8月4日以来,全市共报告确诊病例35例。", date(2021, 8, 13), "35", "2021-08-04", "2021-08-13"),
    ("2020年1月23日至今,全县累计追踪密切接触者2725人。", date(2020, 3, 2), "2725", "2020-01-23", "2020-03-02"),
    ("从2022年3月1日起,全区累计报告本土病例118例。", date(2022, 4, 10), "118", "2022-03-01", "2022-04-10"),
    # a bulletin's totals since a day run to the day it counts, not to the day it came out
    ("2021年8月12日0—24时,全市新增确诊病例4例。\n自2021年8月4日以来,全市共报告确诊病例35例。", date(2021, 8, 13), "35",
     "2021-08-04", "2021-08-12"),
    # negatives: the day itself stays that day
    ("2021年8月12日,全市新增确诊病例4例。", date(2021, 8, 13), "4", "2021-08-12", "2021-08-12"),
    ("2022年3月1日0—24时,全区新增本土病例6例。", date(2022, 3, 2), "6", "2022-03-01", "2022-03-01"),
]


@pytest.mark.parametrize("text,published,value,start,end", SINCE_A_DAY, ids=[s[0][:12] for s in SINCE_A_DAY])
def test_a_total_since_a_dated_day_runs_to_the_report(text, published, value, start, end):
    f = _facts(text, published)[value]
    assert (f.period_start, f.period_end) == (start, end)


SINGLE_MONTH = [
    # (text, published, {value: (start, end)}): the month singled out dates its sentence, the running total the rest
    ("1-8月份,全区规上工业增加值增长7.5%。8月当月全区规上工业增速9.7%。三大门类中,制造业增长11.9%。",
     date(2023, 9, 27), {"7.5": ("2023-01-01", "2023-08-31"), "9.7": ("2023-08-01", "2023-08-31"),
                         "11.9": ("2023-01-01", "2023-08-31")}),
    ("前三季度,全市固定资产投资增长6.1%。9月单月投资增长8.4%。分领域看,工业投资增长12.2%。",
     date(2022, 10, 25), {"6.1": ("2022-01-01", "2022-09-30"), "8.4": ("2022-09-01", "2022-09-30"),
                          "12.2": ("2022-01-01", "2022-09-30")}),
    ("1—5月,全县社会消费品零售总额增长4.3%。5月份当月零售额增长6.6%。餐饮收入增长15.2%。",
     date(2023, 6, 20), {"4.3": ("2023-01-01", "2023-05-31"), "6.6": ("2023-05-01", "2023-05-31"),
                         "15.2": ("2023-01-01", "2023-05-31")}),
    # negatives: a month that opens its paragraph, or a plain month, still dates the sentences after it
    ("8月当月,全区规上工业增速9.7%。制造业增长11.9%。", date(2023, 9, 27),
     {"9.7": ("2023-08-01", "2023-08-31"), "11.9": ("2023-08-01", "2023-08-31")}),
    ("1-8月份,全区规上工业增加值增长7.5%。8月份,全区规上工业增加值增长9.7%。制造业增长11.9%。",
     date(2023, 9, 27), {"9.7": ("2023-08-01", "2023-08-31"), "11.9": ("2023-08-01", "2023-08-31")}),
]


@pytest.mark.parametrize("text,published,periods", SINGLE_MONTH, ids=[s[0][:12] for s in SINGLE_MONTH])
def test_a_month_singled_out_dates_its_own_sentence_only(text, published, periods):
    got = _facts(text, published)
    for value, span in periods.items():
        assert (got[value].period_start, got[value].period_end) == span, value


CAPTIONS = [
    # a chart caption between paragraphs: the report's month goes on past it
    "图1:全市12345平台服务量占比",
    "图2 诉求类型分布图",
    "图3：各渠道受理量",
    "附图2",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_chart_caption_opens_no_story(caption):
    text = (f"一、诉求情况\n2018年7月,全市12345平台共受理来电51615个。其中,市平台受理20915个。\n{caption}\n"
            "从渠道看,市12345平台网站受理36件。")
    f = _facts(text, date(2018, 8, 17))["36"]
    assert (f.period_start, f.period_end) == ("2018-07-01", "2018-07-31")


def test_a_short_headline_still_opens_a_story():
    text = "全市热线受理情况\n2018年7月,全市热线共受理来电51615个。\n另一篇报道的标题\n本报讯 全市新增就业6820人。"
    f = _facts(text, date(2018, 8, 17))["6820"]
    assert f.period_end != "2018-07-31"


SECOND_LIST = [
    # (text, {value: subject}): a second 分别 list after the first goes to the same items in order
    ("全市规模工业增加值、产值同比分别增长7.3%和10.2%,较一季度分别提升6.8和11.6个百分点。",
     {"7.3": "规模工业增加值", "10.2": "规模工业产值", "6.8": "规模工业增加值增速", "11.6": "规模工业产值增速"}),
    ("全县出口、进口分别增长12%和8%,比上半年分别加快2.1和1.4个百分点。",
     {"12": "出口", "8": "进口", "2.1": "出口增速", "1.4": "进口增速"}),
    # negatives: one 分别 list of two directions stays one list
    ("全市工业应税销售、工业用电量同比分别增长11.7%和2.3%。", {"11.7": "工业应税销售", "2.3": "工业用电量"}),
    ("城乡居民收入分别增长5.3%和6.4%。", {"5.3": "城镇居民收入", "6.4": "农村居民收入"}),
]


@pytest.mark.parametrize("text,subjects", SECOND_LIST, ids=[s[0][:12] for s in SECOND_LIST])
def test_a_second_respectively_list_is_a_list_of_its_own(text, subjects):
    got = _facts(text, date(2019, 9, 25))
    assert {v: got[v].subject for v in subjects} == subjects


@pytest.mark.parametrize("text,indicator", [
    ("1-8月,全市规模工业增加值同比增长7.3%。", "growth.industrial_value_added"),
    ("今年前三季度,全县规模工业增加值增长8.1%。", "growth.industrial_value_added"),
    # negatives: a sector's or a scale's part is no region's whole
    ("全市规模工业企业利润增长7.3%。", None),
    ("全市规模化养殖场增加值增长7.3%。", None),
])
def test_short_scale_industrial_value_added(text, indicator):
    assert next(iter(_facts(text, date(2019, 9, 25)).values())).indicator == indicator
