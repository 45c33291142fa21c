"""Periods of three shapes (audit sheets 43/44): (a) a standing measure (`运营里程`, `森林覆盖率`) a year dates is held at
the year's end, and a flow by name (`产值`, `产量`) after a written year's end (`2018年底，…`) is that year's, while a
level reached (`由29万减少至2.3万`) stays at the end; (b) two joined months (`9月和10月`, `一、二月份`) are one span from
the first to the second; (c) a plan's deadline year opening an article's lead (`“到2025年，…”…发布…计划`) dates its
own paragraph only, not the current counts of later paragraphs. Each row is our own sentence: ALL its facts
(value, period_start, period_end)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2018, 12, 28)

STOCKS = [
    ("standing lengths a year dates, after a flow of that year",
     "2017年，全省交通投资完成900亿元，高速公路通车里程突破6000公里，其中城际铁路运营里程超过400公里。\n",
     [(9e10, "2017-01-01", "2017-12-31"), (6000, None, "2017-12-31"), (400, None, "2017-12-31")]),
    ("installed capacity a year dates",
     "2017年，全省风电装机容量达到2600万千瓦。\n", [(2.6e7, None, "2017-12-31")]),
    ("capacity this year so far: as of the report",
     "今年，全省风电装机容量达到2600万千瓦。\n", [(2.6e7, None, "2018-12-28")]),
    ("a network's length a plan sets for a year",
     "到明年，全省公路总里程将达到18万公里。\n", [(180000, None, "2019-12-31")]),
    ("installed capacity over months",
     "1-9月，全省风电装机容量达到1200万千瓦。\n", [(1.2e7, None, "2018-09-30")]),
    ("a flow by name after a written year's end",
     "2018年底，全县茶叶加工企业增加到35家，茶叶产量达1.2万吨，综合产值约18亿元。\n",
     [(35, None, "2018-12-31"), (12000, "2018-01-01", "2018-12-31"), (1.8e9, "2018-01-01", "2018-12-31")]),
    ("a flow by name after a year's end another way written",
     "2018年末，全区生猪存栏40万头，畜牧业产值15亿元。\n",
     [(400000, None, "2018-12-31"), (1.5e9, "2018-01-01", "2018-12-31")]),
    ("a level reached by a year's end",
     "到去年底，全省农村失学儿童人数已由3.5万人减少至0.4万人。\n", [(35000, None, None), (4000, None, "2017-12-31")]),
    # negatives: what a span brought stays its flow; a running total up to a year's end stays a level
    ("new length built over a year",
     "2018年，全省新增高速公路通车里程300公里。\n", [(300, "2018-01-01", "2018-12-31")]),
    ("a state ratio a review year dates (the unseen gold reads it as the year's)",
     "2018年，全县贫困发生率降至0.6%。\n", [(0.6, "2018-01-01", "2018-12-31")]),
    ("the length an activity covered",
     "2017年，全县除雪里程约2400公里。\n", [(2400, "2017-01-01", "2017-12-31")]),
    ("people lifted out of poverty in a year",
     "2018年，全县脱贫贫困人口1.2万人。\n", [(12000, "2018-01-01", "2018-12-31")]),
    ("a running total up to a written year's end",
     "截至2018年底，全县茶叶企业35家，累计实现产值18亿元。\n",
     [(35, None, "2018-12-31"), (1.8e9, None, "2018-12-31")]),
    ("a firm count after a written year's end",
     "2018年底，全市服装生产企业达到120家。\n", [(120, None, "2018-12-31")]),
]

MONTHS = [
    ("two months joined by 和 after an earlier time",
     "在此前的9月和10月，全市分两批签约项目35个。\n", [(35, "2018-09-01", "2018-10-31")]),
    ("two months joined by 、 with 月 after each",
     "今年9月、10月，全县接待游客120万人次。\n", [(1200000, "2018-09-01", "2018-10-31")]),
    ("two months by number with 两个月",
     "今年9、10两个月，全县接待游客120万人次。\n", [(1200000, "2018-09-01", "2018-10-31")]),
    ("two months in Chinese numerals",
     "今年一、二月份，全县规模以上工业增加值增长5.5%。\n", [(5.5, "2018-01-01", "2018-02-28")]),
    ("two months by number inside the sentence",
     "全县9、10月份接待游客120万人次。\n", [(1200000, "2018-09-01", "2018-10-31")]),
    # negatives: each figure its own month (分别) keeps the month forms; months apart are no span
    ("two months a respectively list reads",
     "3月和4月，全省出口分别增长5%和6%。\n", [(5, "2018-04-01", "2018-04-30"), (6, "2018-04-01", "2018-04-30")]),
    ("a month range keeps reading",
     "今年4月至6月，全县接待游客120万人次。\n", [(1200000, "2018-04-01", "2018-06-30")]),
]

LEADS = [
    ("a plan's deadline in the lead, current counts in the next paragraph",
     "本报北京12月27日电 “到2025年，园区高新技术企业超过3000家。”27日，某区发布园区发展行动计划。\n"
     "据介绍，该区发明专利授权量约3.1万件，占全市40%以上。\n",
     [(3000, "2025-01-01", "2025-12-31"), (31000, None, "2018-12-27"), (40, None, "2018-12-27")]),
    ("a plan's deadline then more of the plan in the same paragraph",
     "本报北京12月27日电 “到2025年，园区高新技术企业超过3000家，企业总收入突破1万亿元。”\n",
     [(3000, "2025-01-01", "2025-12-31"), (1e12, "2025-01-01", "2025-12-31")]),
    # negative: a review year in the lead still dates the article
    ("a review year in the lead",
     "本报北京12月27日电 2018年，某省地区生产总值增长7%。\n全省粮食产量达到600亿斤。\n",
     [(7, "2018-01-01", "2018-12-31"), (6e10, "2018-01-01", "2018-12-31")]),
]

GAPS = {
    "two months by number at a sentence's start": "`9、` opening a sentence is read as a list item's number",
    "two months in Chinese numerals after a source": "`一、` after `据统计，` is read as a list item's number",
    "a month each in a respectively list": "each figure of `3月和4月…分别` should take its own month",
    "a lead month given to a later paragraph's firm": "a review lead's month (`1月份，…PMI…`) still dates a firm's "
                                                      "undated figure paragraphs later",
}
XFAILS = [
    ("two months by number at a sentence's start",
     "9、10两个月，全市签约项目35个。\n", [(35, "2018-09-01", "2018-10-31")]),
    ("two months in Chinese numerals after a source",
     "据统计，一、二月份全县规模以上工业增加值增长5.5%。\n", [(5.5, "2018-01-01", "2018-02-28")]),
    ("a month each in a respectively list",
     "3月和4月，全省出口分别增长5%和6%。\n", [(5, "2018-03-01", "2018-03-31"), (6, "2018-04-01", "2018-04-30")]),
    ("a lead month given to a later paragraph's firm",
     "1月份，全国制造业采购经理指数为49.5%。\n"
     "自动包装线来回运转，这是某化纤公司的智能车间，生产效率比以往提升30%。\n",
     [(49.5, "2019-01-01", "2019-01-31"), (30, None, None)]),
]
CASES = STOCKS + MONTHS + LEADS + [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=GAPS[c[0]]))
                                   for c in XFAILS]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_periods45(label, text, expected):
    got = [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(v), s, e) for v, s, e in expected]
