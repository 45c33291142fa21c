"""Scopes of round 66: a guarded short name before its service line's number, a place set apart from what is counted,
and a run's bound in a catalogued count.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

SERVICE_LINES = [
    ("a short name kept out as a common word still names its city before its service line",
     "海口12345热线上半年共受理市民诉求20.3万件,同比增长9%。\n",
     [{"value": 203_000, "region": "海口市", "subject": "12345热线受理市民诉求", "indicator": "hotline.contacts_total"},
      {"value": 9, "region": "海口市", "subject": "12345热线受理市民诉求"}]),
    # negative: the short name alone is the common word
    ("the common word alone", "作为重要的出海口,全年完成货物吞吐量1.2亿吨。\n", [{"value": 120_000_000, "region": None}]),
]

EXCLUDED_PLACES = [
    ("a place set apart from what is counted: the places outside it have no one place",
     "3月9日,湖北以外省份新增确诊病例12例。\n",
     [{"value": 12, "region": None, "subject": "湖北以外省份新增确诊病例", "period_start": "2020-03-09"}]),
    ("set apart by 之外",
     "3月9日,武汉之外的地区新增确诊病例36例。\n",
     [{"value": 36, "region": None, "period_start": "2020-03-09"}]),
    # negative: an exclusion opened by 除 after a whole named: the whole's
    ("the whole named before 除", "3月9日,全国除湖北以外地区新增确诊病例12例。\n",
     [{"value": 12, "region": "全国", "subject": "除湖北以外地区新增确诊病例"}]),
    # negative: a province's foreign trade is its own
    ("foreign trade", "1至2月,湖北省外贸进出口总值增长5.1%。\n", [{"value": 5.1, "region": "湖北省"}]),
]

STREAK_BOUNDS = [
    ("a run's bound in a catalogued count is no count", "全市新增确诊病例已连续5天低于10例,累计确诊病例504例。\n",
     [{"value": 504, "indicator": "covid.cumulative_confirmed"}]),
    # negative: a run with no new case: its zero is the day's count
    ("a run without new cases", "3月9日,全市连续4天无新增确诊病例。\n",
     [{"value": 0, "indicator": "covid.new_confirmed", "period_start": "2020-03-09"}]),
]

TABLES = [
    (SERVICE_LINES, date(2020, 7, 10), "hotline.txt"),
    (EXCLUDED_PLACES, date(2020, 3, 10), "news.txt"),
    (STREAK_BOUNDS, date(2020, 3, 10), "bulletin.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round66_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
