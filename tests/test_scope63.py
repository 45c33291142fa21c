"""Scopes of round 63: firms named with what they gained by (`…得益于…,实现增加值…`) own the bare `实现` after it.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q1_2016 = {"period_start": "2016-01-01", "period_end": "2016-03-31"}

GAINED_BY = [
    ("firms named with what they gained by own the bare `实现` after it",
     "一季度,全市地方规上工业得益于建材、纺织等行业回暖,实现增加值41.2亿元,同比增长3%。\n",
     [{"value": 4_120_000_000, "subject": "地方规上工业增加值", **Q1_2016},
      {"value": 3, "subject": "地方规上工业增加值", "indicator": "growth.industrial_value_added", **Q1_2016}]),
    ("also after a background `随着…,`",
     "一季度,随着重点项目加快推进,规上工业受益于订单增加,实现利润5.3亿元。\n",
     [{"value": 530_000_000, "subject": "规上工业利润", **Q1_2016}]),
    # negative: a gain with no firms named before it names no owner
    ("a gain of the economy", "一季度,全市得益于投资回暖,实现地区生产总值310亿元。\n",
     [{"value": 31_000_000_000, "subject": "地区生产总值", **Q1_2016}]),
]

TABLES = [
    (GAINED_BY, date(2016, 4, 20), "release.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round63_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
