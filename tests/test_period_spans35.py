"""Periods read from the wording around a figure: the first days of the travel season, a change against an earlier
quarter, a stock a deadline year finds standing (audit sheet 35). Each row: sentence → every fact's period."""

from datetime import date

import pytest
from factcase import facts_of


def periods(text: str, published: date) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)]


FEB_2019 = date(2019, 2, 11)

TRAVEL_SEASON_DAYS = [
    # 春运 runs 40 days from 15 days before the festival: its first N days, not the holiday week nor the whole season
    ("据悉，春运前20天全国累计发送旅客13.95亿人次，增长0.79%。", FEB_2019,
     [(1.395e9, "2019-01-21", "2019-02-09"), (0.79, "2019-01-21", "2019-02-09")]),
    ("春运头十天，全省铁路发送旅客320万人次。", FEB_2019, [(3.2e6, "2019-01-21", "2019-01-30")]),
    ("今年春运前15天，民航共运送旅客1800万人次。", date(2020, 1, 30), [(1.8e7, "2020-01-10", "2020-01-24")]),
    # the holiday itself keeps its week; a season of a year the schedule lacks names no days
    ("春节期间，全国接待游客4亿人次。", FEB_2019, [(4e8, "2019-02-04", "2019-02-10")]),
    ("春运前20天，全国发送旅客13亿人次。", date(2031, 2, 11), [(1.3e9, None, None)]),
]


@pytest.mark.parametrize("text, published, expected", TRAVEL_SEASON_DAYS, ids=[c[0][:8] for c in TRAVEL_SEASON_DAYS])
def test_the_first_days_of_the_travel_season(text, published, expected):
    assert periods(text, published) == expected


QUARTER_BASES = [
    # `A相较B`: the change is A's; B, a year and its quarter written on, is only the base
    ("据统计，2020年第一季度相较2019年第四季度，全国有线电视用户日均收视时长上涨22.7%。", date(2020, 5, 7),
     [(22.7, "2020-01-01", "2020-03-31")]),
    ("2020年一季度相比2019年四季度，全省快递业务量下降12%。", date(2020, 5, 7),
     [(-12, "2020-01-01", "2020-03-31")]),
    ("2019年第三季度相较于2019年第二季度，全市用电量增长5%。", date(2019, 11, 7),
     [(5, "2019-07-01", "2019-09-30")]),
    # with no time of its own before the base, the base's holiday is the figure's too: this year's
    ("与去年“五一”假期相比，全市4S店客流上升5%；购车订单同比上升15%。", date(2020, 5, 8),
     [(5, "2020-05-01", "2020-05-05"), (15, "2020-05-01", "2020-05-05")]),
]


@pytest.mark.parametrize("text, published, expected", QUARTER_BASES, ids=[c[0][:10] for c in QUARTER_BASES])
def test_a_change_against_an_earlier_quarter_is_its_own_quarters(text, published, expected):
    assert periods(text, published) == expected


DEADLINE_STOCKS = [
    # a stock by a deadline year: its level at that year's end
    ("有机构预计，到2050年全球人口将达97亿。", date(2019, 10, 18), [(9.7e9, None, "2050-12-31")]),
    ("据预测，到2027年，该倡议相关建设总投资将达1.3万亿美元。", date(2019, 2, 27), [(1.3e12, None, "2027-12-31")]),
    ("预计到2024年，巴西风能装机容量将达到1900万千瓦。", date(2019, 2, 27), [(1.9e7, None, "2024-12-31")]),
    # a flow by a deadline year keeps the year; a year-end is one already
    ("到2021年，该市5G产业将实现营业收入1500亿元。", date(2019, 2, 27), [(1.5e11, "2021-01-01", "2021-12-31")]),
    ("到2020年底，全国人口将达14.2亿。", date(2019, 2, 27), [(1.42e9, None, "2020-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", DEADLINE_STOCKS, ids=[c[0][:10] for c in DEADLINE_STOCKS])
def test_a_stock_by_a_deadline_year_stands_at_its_end(text, published, expected):
    assert periods(text, published) == expected


YEAR_FLOWS_AFTER_AN_END = [
    # a sentence a year opens tells that year's flow, though an as-of end opened a sentence before it
    ("截至2018年底，各地出台配套文件50多个。2018年全省实际利用外资1450亿元，同比增长4.9%。", date(2019, 2, 16),
     [(50, None, "2018-12-31"), (1.45e11, "2018-01-01", "2018-12-31"), (4.9, "2018-01-01", "2018-12-31")]),
    ("截至2018年年底，全省已出台细则30个。2018年全省完成固定资产投资500亿元。", date(2019, 2, 16),
     [(30, None, "2018-12-31"), (5e10, "2018-01-01", "2018-12-31")]),
    # a stock keeps the year's end
    ("2018年末全市共有卫生机构300个。2018年，全市拥有病床1.2万张。", date(2019, 2, 16),
     [(300, None, "2018-12-31"), (12000, None, "2018-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", YEAR_FLOWS_AFTER_AN_END,
                         ids=[c[0][:10] for c in YEAR_FLOWS_AFTER_AN_END])
def test_a_years_flow_after_an_as_of_end_is_the_years(text, published, expected):
    assert periods(text, published) == expected


# A day of the first lunar month (`正月初六`, `大年初一`) is that one day, counted from New Year's Eve in the holiday
# schedule (round 46, lexicon `time_lunar_day`). It also dates the scene a story opens with (`大年初一深夜，…10多名志愿者…`),
# whose particulars the undated-particulars filter then no longer drops, exactly as with a written date (`2月5日深夜，…`).
LUNAR_DAYS = [
    ("正月初六迎来春运返程客流高峰，全国道路客运量预计达到7900万人次。", FEB_2019, [(7.9e7, "2019-02-10", "2019-02-10")]),
    ("大年初一，全市接待游客12万人次。", date(2020, 2, 3), [(120000, "2020-01-25", "2020-01-25")]),
]


@pytest.mark.parametrize("text, published, expected", LUNAR_DAYS, ids=[c[0][:6] for c in LUNAR_DAYS])
def test_a_day_of_the_first_lunar_month_is_that_day(text, published, expected):
    assert periods(text, published) == expected


def test_a_peak_of_the_travel_season_is_not_the_whole_season():
    """`春运返程客流高峰` names a peak's day, which the text does not give: no period rather than the 40 days."""
    assert periods("迎来春运返程客流高峰，全国道路客运量预计达到7900万人次。", FEB_2019) == [(7.9e7, None, None)]


YEAR_SO_FAR = [
    # what is done in the year the story came out in is done so far, as `今年` is; a plan keeps the whole year
    ("2020年，全县共投入资金1300万元，建设饮水工程项目24个。", date(2020, 5, 16),
     [(1.3e7, "2020-01-01", "2020-05-16"), (24, "2020-01-01", "2020-05-16")]),
    ("今年，全县落实产业扶持资金约6300万元。", date(2020, 5, 16), [(6.3e7, "2020-01-01", "2020-05-16")]),
    ("2020年，全县计划投入资金1300万元。", date(2020, 5, 16), [(1.3e7, "2020-01-01", "2020-12-31")]),
    # an earlier year is whole; so is a budget or the year's total, and a December story's year
    ("2019年，全县共投入资金1300万元。", date(2020, 5, 16), [(1.3e7, "2019-01-01", "2019-12-31")]),
    ("2020年，全县财政专项扶贫资金预算9000万元。", date(2020, 5, 16), [(9e7, "2020-01-01", "2020-12-31")]),
    ("2020年，全县全年完成造林5万亩。", date(2020, 5, 16), [(50000, "2020-01-01", "2020-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", YEAR_SO_FAR, ids=[c[0][:8] for c in YEAR_SO_FAR])
def test_what_is_done_in_the_current_year_is_done_so_far(text, published, expected):
    assert periods(text, published) == expected




CONFERENCE_DAYS = [
    # a story opening `在10月21日的…新闻发布会上` tells its `目前` as of that day, not the paper's next one
    ("在10月21日的国新办新闻发布会上,县统计局局长介绍,三季度全县生产总值增长6.1%。\n工业生产平稳。目前全县在建项目达到86个。\n",
     date(2019, 10, 23), [(6.1, "2019-07-01", "2019-09-30"), (86, None, "2019-10-21")]),
    # a day of another event opening a story is not the story's day
    ("在10月21日的全县秋收现场会上,县长介绍,三季度全县生产总值增长6.1%。\n工业生产平稳。目前全县在建项目达到86个。\n",
     date(2019, 10, 23), [(6.1, "2019-07-01", "2019-09-30"), (86, None, "2019-10-23")]),
]


@pytest.mark.parametrize("text, published, expected", CONFERENCE_DAYS, ids=["conference", "other event"])
def test_figures_told_at_a_press_conference_are_as_of_its_day(text, published, expected):
    assert periods(text, published) == expected
