"""Periods the text settles beyond the day a story is told on: a holiday run that opens a `分别` list's statement
dates every item of the list; a press conference a story opens with is its `目前`; a two-year average after a whole
year spans both years; a harvest total a December story calls `今年` is the whole year's; a flow `截至今年N月` runs
from January; a change told after levels each written with its day runs from the first day to the last.

Each row is a small report in our own words (figures restated, never corpus text) with ALL the facts it must give,
in order; negatives keep the period they had; known gaps are strict xfails.
"""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly


def _p(value, start, end):
    return {"value": value, "period_start": start, "period_end": end}


OCT_HOLIDAY = ("2023-09-29", "2023-10-06")
MAY_HOLIDAY = ("2023-04-29", "2023-05-03")
SPRING_2023 = ("2023-01-21", "2023-01-27")

CASES = [
    # a holiday run (`2023年国庆假期`) that is a clause of its own dates the items of a later `分别` list too,
    # not the day the story opened with
    ("holiday run, list after a semicolon",
     "5月3日,记者从县文旅局获悉,2023年劳动节假期,全县接待游客8.6万人次,同比增长56%;旅游收入0.5亿元,"
     "过夜游客1.1万人次,分别增长61.2%、47.5%。", date(2023, 5, 5),
     [_p(86000, *MAY_HOLIDAY), _p(56, *MAY_HOLIDAY), _p(5e7, *MAY_HOLIDAY), _p(11000, *MAY_HOLIDAY),
      _p(61.2, *MAY_HOLIDAY), _p(47.5, *MAY_HOLIDAY)]),
    ("holiday run, no opening day",
     "2023年春节假期,全市接待游客120万人次,同比增长15%;实现旅游收入8.6亿元,门票收入1.2亿元,分别增长26.3%、31.7%。",
     date(2023, 2, 2),
     [_p(1.2e6, *SPRING_2023), _p(15, *SPRING_2023), _p(8.6e8, *SPRING_2023), _p(1.2e8, *SPRING_2023),
      _p(26.3, *SPRING_2023), _p(31.7, *SPRING_2023)]),
    ("negative: a year in one list item dates that item only",
     "上年结转收入18亿元、2023年抗疫特别国债收入10亿元,分别增长5%、8%。", date(2023, 10, 11),
     [_p(1.8e9, None, "2023-10-11"), _p(1e9, "2023-01-01", "2023-12-31"), _p(5, "2023-01-01", "2023-12-31"),
      _p(8, "2023-01-01", "2023-12-31")]),
    # a story that opens with the day of its press conference: `目前` in a later paragraph is that day
    ("press conference, 发布会",
     "7月2日上午,在县政府新闻办举行的新闻发布会上,县统计局局长介绍,上半年全县生产总值增长6.1%。\n"
     "工业生产平稳。目前全县在建项目达到86个。\n", date(2023, 7, 4),
     [_p(6.1, "2023-01-01", "2023-06-30"), _p(86, None, "2023-07-02")]),
    ("press conference, 新闻通气会",
     "3月8日,市政府召开新闻通气会,市农业农村局介绍,一季度全市农业增加值增长3.5%。\n"
     "春耕有序推进。目前全市小麦一类苗占62.5%。\n", date(2023, 3, 10),
     [_p(3.5, "2023-01-01", "2023-03-31"), _p(62.5, None, "2023-03-08")]),
    ("negative: a field meeting's day is no conference: the paper's day stays",
     "3月8日,全市春耕生产现场会在某县召开,一季度全市农业增加值增长3.5%。\n"
     "春耕有序推进。目前全市小麦一类苗占62.5%。\n", date(2023, 3, 10),
     [_p(3.5, "2023-01-01", "2023-03-31"), _p(62.5, None, "2023-03-10")]),
    # a two-year (three-year) average after a whole year's growth spans those years
    ("two-year average after a written year",
     "2022年,全区规上工业增加值增长8.1%,两年平均增长6.2%。", date(2023, 3, 1),
     [_p(8.1, "2022-01-01", "2022-12-31"), _p(6.2, "2021-01-01", "2022-12-31")]),
    ("three-year average after a written year",
     "2021年,全区实现地区生产总值300亿元,比上年增长5.5%,三年平均增长4.9%。", date(2022, 3, 20),
     [_p(3e10, "2021-01-01", "2021-12-31"), _p(5.5, "2021-01-01", "2021-12-31"), _p(4.9, "2019-01-01", "2021-12-31")]),
    ("negative: after part of a year the part stays",
     "前三季度,全市规模以上工业增加值同比增长7.0%,两年平均增长5.5%。", date(2021, 10, 27),
     [_p(7.0, "2021-01-01", "2021-09-30"), _p(5.5, "2021-01-01", "2021-09-30")]),
    # a December story's `今年` harvest is the whole year's
    ("December harvest, output and its change",
     "今年全省粮食总产量达到752亿斤,比上年增加12亿斤,增长1.6%。", date(2023, 12, 12),
     [_p(7.52e10, "2023-01-01", "2023-12-31"), _p(1.2e9, "2023-01-01", "2023-12-31"),
      _p(1.6, "2023-01-01", "2023-12-31")]),
    ("December harvest, sown area and its share",
     "据介绍,今年全县棉花播种面积达到35万亩,占全市的40%。", date(2022, 12, 20),
     [_p(350000, "2022-01-01", "2022-12-31"), _p(40, "2022-01-01", "2022-12-31")]),
    ("negative: a September story's harvest so far stays",
     "今年全省粮食总产量达到752亿斤。", date(2023, 9, 12), [_p(7.52e10, "2023-01-01", "2023-09-12")]),
    ("negative: a running flow in December stays so far",
     "今年全市固定资产投资增长8%。", date(2023, 12, 12), [_p(8, "2023-01-01", "2023-12-12")]),
    ("negative: since the new year stays so far",
     "今年以来,全市粮食产量达到752万吨。", date(2023, 12, 12), [_p(7.52e6, "2023-01-01", "2023-12-12")]),
    # a flow `截至今年N月` runs from January 1
    ("flow up to this year's month end",
     "截至今年5月底,该园区实现工业总产值48亿元,同比增长12%。", date(2023, 6, 20),
     [_p(4.8e9, "2023-01-01", "2023-05-31"), _p(12, "2023-01-01", "2023-05-31")]),
    ("flow up to this year's month",
     "截至今年4月,全县生产茶叶销售收入3.2亿元。", date(2023, 5, 20), [_p(3.2e8, "2023-01-01", "2023-04-30")]),
    ("negative: a balance stays a point",
     "截至今年5月底,全市各项存款余额3200亿元。", date(2023, 6, 20), [_p(3.2e11, None, "2023-05-31")]),
    ("negative: no 今年, the as-of month stays a point",
     "截至5月底,该园区实现工业总产值48亿元。", date(2023, 6, 20), [_p(4.8e9, None, "2023-05-31")]),
    ("negative: a cumulative total stays a point",
     "截至今年5月底,该园区累计完成投资48亿元。", date(2023, 6, 20), [_p(4.8e9, None, "2023-05-31")]),
    # a change after levels each written with its day: first day .. last day
    ("change after two dated levels",
     "3月1日,600万件;4月5日,4200万件……短短一个多月,全国防护服日产量增长6倍。", date(2020, 5, 10),
     [_p(6, "2020-03-01", "2020-04-05")]),
    ("negative: a change on one day stays that day",
     "3月10日,全省消毒液日产量950吨,比上月增长近7倍。", date(2020, 5, 10),
     [_p(950, "2020-03-10", "2020-03-10"), _p(7, "2020-03-10", "2020-03-10")]),
    # the day a reporter was told on (`10月9日,记者获悉,`) dates nothing: the holiday run after it does (round 61)
    ("holiday run with two holidays' names",
     "10月9日,记者获悉,2023年中秋国庆假期,全区接待游客52万人次,增长9%;实现旅游收入3.1亿元,门票收入0.4亿元,"
     "分别增长21.5%、38.2%。", date(2023, 10, 11),
     [_p(520000, *OCT_HOLIDAY), _p(9, *OCT_HOLIDAY), _p(3.1e8, *OCT_HOLIDAY), _p(4e7, *OCT_HOLIDAY),
      _p(21.5, *OCT_HOLIDAY), _p(38.2, *OCT_HOLIDAY)]),
]

GAPS = [
    # levels with words between the day and the amount are not read as dated levels yet
    ("dated levels with words between",
     "3月1日,日产量为200吨;3月20日,日产量达到900吨,增长3.5倍。", date(2020, 5, 20),
     [_p(200, "2020-03-01", "2020-03-01"), _p(900, "2020-03-20", "2020-03-20"), _p(3.5, "2020-03-01", "2020-03-20")]),
    # a future year an agreement takes effect in dates the members' present totals after it
    ("present totals after a future effective date",
     "该自贸协定将于2021年1月1日生效,成员国国内生产总值合计达2.5万亿美元。", date(2020, 5, 11),
     [{"value": 2.5e12, "period_start": None, "period_end": "2020-05-11", "status": "actual"}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_told_span(label, text, published, expected):
    assert_exactly(text, expected, published)


@pytest.mark.xfail(strict=True, reason="known gaps: see the rows")
@pytest.mark.parametrize("label,text,published,expected", GAPS, ids=[c[0] for c in GAPS])
def test_told_span_gaps(label, text, published, expected):
    assert_exactly(text, expected, published)
