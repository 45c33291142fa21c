"""Periods of rates and recalled pasts (audit classes P1/P4): a rate per year, month or day (`每年…`, `每月…`,
`年均增长…`) is no single year's or date's figure; a past the text does not date (`当时`, `多年前`) is no report's
day; `N年前` is that year (and `当年`/`同年` opening the next sentence); a cut-off at `0时` is the end of the day before, and `24小时内` after a cut-off on a
day's boundary is that one day.

Each row is a small report in our own words (figures restated, never corpus text): every fact it must give, in
text order, with the fields that matter. Negatives keep their period.
"""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2019, 10, 16)
PAPER = "rmrb-2019-10-16-05-01.txt"

RATES = [
    # a yearly rate in a sentence about this year is no one year's figure
    ("yearly rate under this year",
     "今年是建厂第十年。“厂里每年都招收近900名技工。”",
     [{"value": 900, "period_start": None, "period_end": None}]),
    ("yearly plan rate",
     "“我们要力争让茶叶产量每年增加12%。”",
     [{"value": 12, "period_start": None, "period_end": None}]),
    ("yearly plan from a coming year",
     "从2021年起,全市计划每年新建公园12个。",
     [{"value": 12, "period_start": None, "period_end": None}]),
    ("habit opening the sentence",
     "每年7、8月份,来青龙峡避暑的游客都有2万多人。",
     [{"value": 20000, "period_start": None, "period_end": None}]),
    # a rate told as current keeps the report's day (the state as of the story)
    ("current yearly rate",
     "全县每年接待游客800万人次。",
     [{"value": 8e6, "period_start": None, "period_end": "2019-10-16"}]),
    ("current daily rate",
     "眼下,城区每天垃圾清运量超过1200吨。",
     [{"value": 1200, "period_start": None, "period_end": "2019-10-16"}]),
    # negatives: a rate averaged over a span the words date keeps that span
    ("daily average over a dated year",
     "2018年,全市平均每天新设企业215家。",
     [{"value": 215, "period_start": "2018-01-01", "period_end": "2018-12-31"}]),
    ("annual average over years",
     "2015年以来,全县地区生产总值年均增长8.6%。",
     [{"value": 8.6, "period_start": "2015-01-01", "period_end": "2019-10-16"}]),
    # a year's mean of a measure is that year's level, no rate
    ("a year's mean wage",
     "2018年,全县在岗职工年平均工资52300元。",
     [{"value": 52300, "period_start": "2018-01-01", "period_end": "2018-12-31"}]),
]

PASTS = [
    ("then",
     "当时,全县只有卫生院3所。",
     [{"value": 3, "period_start": None, "period_end": None}]),
    ("many years ago",
     "几年前,园区预留出工业用地600多亩。",
     [{"value": 600, "period_start": None, "period_end": None}]),
    ("n years ago is that year",
     "6年前,全乡农民人均纯收入只有5400元。",
     [{"value": 5400, "period_start": "2013-01-01", "period_end": "2013-12-31"}]),
    # a recalled past dates its own sentence, not the next one nor the article
    ("recalled past dates its sentence only",
     "30年前,这里还是一片盐碱地。全镇共有家庭农场45家。",
     [{"value": 45, "period_start": None, "period_end": "2019-10-16"}]),
    # ... but `当年` opening the next sentence goes on with that year
    ("that year after a recalled past",
     "3年前,她还在外地创业。当年5月,镇里首次选聘了4名兼职副镇长。",
     [{"value": 4, "period_start": "2016-05-01", "period_end": "2016-05-31", "status": "actual"}]),
    ("same year after a recalled past",
     "两年前,这里还是一片荒滩。同年,全村流转土地1200亩。",
     [{"value": 1200, "period_start": "2017-01-01", "period_end": "2017-12-31"}]),
    # negatives: a past that names the thing after it, `当时` inside a clause, and now after it
    ("past naming the thing",
     "始建于800多年前的古镇,古城面积达3.2平方公里。",
     [{"value": 3.2, "period_start": None, "period_end": "2019-10-16"}]),
    ("now after the past",
     "这种阀门多年前依赖进口,现约占国内市场的60%。",
     [{"value": 60, "period_start": None, "period_end": "2019-10-16"}]),
]

CUTOFFS = [
    ("midnight cut-off is the day before",
     "截至10月12日0时,全省累计报告病例326例。",
     [{"value": 326, "period_start": None, "period_end": "2019-10-11"}]),
    ("midnight cut-off and its 24 hours",
     "卫生部门通报,截至10月12日零时,该国24小时内新增病例7例,累计报告病例418例。",
     [{"value": 7, "period_start": "2019-10-11", "period_end": "2019-10-11"},
      {"value": 418, "period_start": None, "period_end": "2019-10-11"}]),
    # negatives: 24时 stays the day, an hour past midnight stays the day
    ("24时 stays the day",
     "截至10月12日24时,全省累计报告病例331例。",
     [{"value": 331, "period_start": None, "period_end": "2019-10-12"}]),
    ("a later hour stays the day",
     "截至10月12日0时30分,全省累计报告病例329例。",
     [{"value": 329, "period_start": None, "period_end": "2019-10-12"}]),
]


@pytest.mark.parametrize("text,expected", [row[1:] for row in RATES + PASTS + CUTOFFS],
                         ids=[row[0] for row in RATES + PASTS + CUTOFFS])
def test_recurring_and_recalled_periods(text, expected):
    assert_exactly(text, expected, DAY, PAPER)
