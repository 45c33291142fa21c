"""What one item of a `;` list says holds for that item only: an estimate cue written after the item's own measure
(`…收入预计4.6万元,增长10%;城镇登记失业率为2.3%`) and a year-end (`年末…失业率0.7%;…;在外务工总收入…`) that
dates a level do not make the later items estimates or year-end levels."""

from datetime import date

import pytest
from factcase import facts_of

APR = date(2022, 4, 1)
TITLE = "2021年平江县国民经济和社会发展统计公报\n\n"


def _fact(text: str, value: float) -> dict:
    return next(f for f in facts_of(text, APR) if abs(f["value"] - value) < 1e-6)


# (text, value, status)
STATUS = [
    # the cue after its own measure: that item is estimated, the next `;` item is stated
    ("2021年,全区社会消费品零售总额80亿元,增长4%;居民人均可支配收入预计4.5万元,增长9%;城镇登记失业率为2.4%。",
     45000, "estimate"),
    ("2021年,全区社会消费品零售总额80亿元,增长4%;居民人均可支配收入预计4.5万元,增长9%;城镇登记失业率为2.4%。",
     9, "estimate"),
    ("2021年,全区社会消费品零售总额80亿元,增长4%;居民人均可支配收入预计4.5万元,增长9%;城镇登记失业率为2.4%。",
     2.4, "actual"),
    ("2021年,全县外贸进出口总额预计达到120亿元;一般公共预算收入完成9.6亿元,增长3%。", 960000000, "actual"),
    # a cue that opens the sentence or follows only its time or place holds for every item
    ("预计2021年全区地区生产总值增长6.5%;社会消费品零售总额增长7%。", 7, "estimate"),
    ("2021年全区预计地区生产总值增长6.5%;社会消费品零售总额增长7.2%。", 7.2, "estimate"),
]

# (text, value, (period_start, period_end))
PERIODS = [
    # a flow after a year-end item is the year's
    (TITLE + "年末城镇登记失业率2.9%,比上年下降0.3个百分点;农村劳动力转移就业6.2万人;劳务输出总收入41.5亿元。",
     4150000000, ("2021-01-01", "2021-12-31")),
    (TITLE + "年末城镇登记失业人数152人,用工备案减员760人。", 760, ("2021-01-01", "2021-12-31")),
    # levels after it stay levels at the year's end, and so do running totals up to it
    (TITLE + "全县就业形势稳定。\n年末城镇登记失业人数152人,用工备案减员760人。", 152, (None, "2021-12-31")),
    (TITLE + "年末常住人口40.2万人,其中城镇人口21.1万人,常住人口城镇化率为52.5%。", 52.5, (None, "2021-12-31")),
    (TITLE + "年末全县金融机构存款余额310亿元;贷款余额240亿元。", 24000000000, (None, "2021-12-31")),
    (TITLE + "截至年底,全县累计建成光伏电站35座,实现发电收入逾1800万元。", 18000000, (None, "2021-12-31")),
]


@pytest.mark.parametrize("text,value,status", STATUS, ids=[str(c[1]) for c in STATUS])
def test_an_items_estimate_cue_is_its_own(text, value, status):
    assert _fact(text, value)["status"] == status


@pytest.mark.parametrize("text,value,period", PERIODS, ids=[str(c[1]) for c in PERIODS])
def test_a_year_end_dates_its_levels_not_later_flows(text, value, period):
    fact = _fact(text, value)
    assert (fact["period_start"], fact["period_end"]) == period, fact


# (text, value, (period_start, period_end)): an annual average in a paragraph about the past N years covers them
AVERAGES = [
    ("过去五年,是全区综合实力显著增强的五年。2021年,实现生产总值301.2亿元,年均增长5.3%;社会消费品零售总额130.4亿元,"
     "年均增长7.1%。", 5.3, ("2017-01-01", "2021-12-31")),
    ("过去五年,是全区综合实力显著增强的五年。2021年,实现生产总值301.2亿元,年均增长5.3%;社会消费品零售总额130.4亿元,"
     "年均增长7.1%。", 7.1, ("2017-01-01", "2021-12-31")),
    ("三年来,全县发展势头良好。2021年,一般公共预算收入8.2亿元,年均增长6.4%。", 6.4, ("2019-01-01", "2021-12-31")),
    # the level is the year's, and a plain growth rate stays the year's
    ("过去五年,是全区综合实力显著增强的五年。2021年,实现生产总值301.2亿元,年均增长5.3%。", 30120000000,
     ("2021-01-01", "2021-12-31")),
    ("过去五年,全区综合实力显著增强。2021年,实现生产总值301.2亿元,比上年增长6.2%。", 6.2, ("2021-01-01", "2021-12-31")),
]


@pytest.mark.parametrize("text,value,period", AVERAGES, ids=[str(c[1]) for c in AVERAGES])
def test_an_annual_average_covers_the_past_years(text, value, period):
    fact = _fact(text, value)
    assert (fact["period_start"], fact["period_end"]) == period, fact
