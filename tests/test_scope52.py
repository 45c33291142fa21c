"""Scopes of round 52: a month since which a count runs (`从6月份开始`, `去年10月以来`), people counted after a bare
scaled number in a money sentence, a list item that occupies (`占用…`) being no share, a county-level city's paper as
the page's place, and a place's part of a count by place in brackets (`…市8例(含某某市1例)`). Each row is our own
text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 10, 29)
PAPER = "rmrb-2019-10-29-11-02.txt"

MONTH_SINCE = [
    ("since a month with 开始 runs to the report", "从6月份开始，全省法院共审结执行案件8120件。\n",
     [{"value": 8120, "period_start": "2019-06-01", "period_end": "2019-10-29"}]),
    ("since this year's month with 起", "自今年3月起，全市累计发放消费券1.5亿元。\n",
     [{"value": 150000000, "period_start": "2019-03-01", "period_end": "2019-10-29"}]),
    ("since last year's month: the year written", "从去年10月开始，该县累计新建公厕312座。\n",
     [{"value": 312, "period_start": "2018-10-01", "period_end": "2019-10-29"}]),
    ("last year's month with 以来: the year written, not the last such month", "去年10月以来，该县累计新建公厕312座。\n",
     [{"value": 312, "period_start": "2018-10-01", "period_end": "2019-10-29"}]),
    ("a written year and month with 开始", "从2019年3月开始，全区累计培训农民工4200人次。\n",
     [{"value": 4200, "period_start": "2019-03-01", "period_end": "2019-10-29"}]),
    ("a month still to come stays that month", "从11月起，全市将新建学校12所。\n",
     [{"value": 12, "period_start": "2019-11-01", "period_end": "2019-11-30"}]),
]

MONTH_ALONE = [
    ("a month with 开始 but no 从 is that month", "9月开始，全市新开工项目32个。\n",
     [{"value": 32, "period_start": "2019-09-01", "period_end": "2019-09-30"}]),
]

PEOPLE_AFTER = [
    ("people after a bare scale in a sales sentence", "去年，全国农村网络销售带动3100万农民就业。\n",
     [{"value": 31000000, "unit": "人"}]),
    ("taxpayers after a bare scale in a tax sentence", "今年以来，减税政策使1.8亿纳税人直接受益。\n",
     [{"value": 180000000, "unit": "人"}]),
    ("money words and no people: money", "去年，全县农村网络销售额达3亿。\n",
     [{"value": 300000000, "unit": "CNY"}]),
]

OCCUPYING = [
    ("an item that occupies is no share of the one before", "国庆期间，全省超速、占用应急车道等违法行为同比分别"
     "上升12%、31%。\n", [{"value": 12, "subject": "超速违法行为"}, {"value": 31, "subject": "占用应急车道违法行为"}]),
    ("a trailing 亦 is no part of the measure", "截至当天18时，华中电网统调最高负荷亦达1.2亿千瓦，同比增长8.1%。\n",
     [{"value": 120000000, "subject": "华中电网统调最高负荷"}, {"value": 8.1, "subject": "华中电网统调最高负荷"}]),
]

COUNTY_CITY_PAPER = [
    ("a county-level city's paper: its 我市 is that city",
     "一季度我市经济稳中有进\n\n发布时间:2018年04月20日 来源:天门日报\n\n一季度，我市实现地区生产总值98.6亿元，同比增长7.9%。\n",
     [{"value": 9860000000, "region": "天门市"}, {"value": 7.9, "region": "天门市"}]),
]

BRACKETED_PARTS = [
    ("a place's part of a city's count of new cases", "2月2日0-24时，某省新增确诊病例20例。新增病例中，南阳市8例"
     "(含邓州市2例)、信阳市12例。\n",
     [{"value": 20, "region": None}, {"value": 8, "region": "南阳市", "family": "covid"},
      {"value": 2, "region": "邓州市", "family": "covid"}, {"value": 12, "region": "信阳市", "family": "covid"}]),
    ("a county's part of a city's cumulative count", "截至2月2日24时，确诊病例中，周口市47例(含鹿邑县5例)、商丘市50例。\n",
     [{"value": 47, "region": "周口市"}, {"value": 5, "region": "鹿邑县", "subject": "确诊病例"},
      {"value": 50, "region": "商丘市"}]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in MONTH_SINCE + MONTH_ALONE],
                         ids=[r[0] for r in MONTH_SINCE + MONTH_ALONE])
def test_month_since(text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in PEOPLE_AFTER], ids=[r[0] for r in PEOPLE_AFTER])
def test_people_after_a_bare_scale(text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in OCCUPYING], ids=[r[0] for r in OCCUPYING])
def test_subject_words(text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in COUNTY_CITY_PAPER], ids=[r[0] for r in COUNTY_CITY_PAPER])
def test_county_city_paper(text, expected):
    assert_exactly(text, expected, date(2018, 4, 20), "k.txt")


@pytest.mark.parametrize("text,expected", [r[1:] for r in BRACKETED_PARTS], ids=[r[0] for r in BRACKETED_PARTS])
def test_bracketed_place_parts(text, expected):
    assert_exactly(text, expected, date(2020, 2, 3), "bulletin.txt")
