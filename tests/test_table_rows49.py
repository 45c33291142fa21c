"""Table rows of round 49: a line of three cells or more split by `|` whose header the table reader does not know is
still a table's row, never a headline: it opens no article, so the report's place and time go on under it (a city's
quarterly release lost its city for every figure after such a table). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2024, 4, 25)
NAME = "economy-somecity-2024q1.txt"

RELEASE = ("2024年一季度安庆市生产总值700亿元\n"
           "一季度，全市生产总值700亿元，同比增长5.6%。\n"
           "2024年一季度 | 增加值(亿元) | 增长(%) |\n"
           "第一产业 | 40 | 3.5 |\n"
           "第二产业 | 300 | 6.9 |\n"
           "一、农业生产稳定\n"
           "一季度，全市农林牧渔业总产值74亿元，增长3.5%。\n")
Q1 = {"period_start": "2024-01-01", "period_end": "2024-03-31"}

CASES = [
    ("the city goes on under a table whose header is not known", RELEASE,
     [{"value": 70000000000, "region": "安庆市", **Q1}, {"value": 5.6, "region": "安庆市", **Q1},
      {"value": 7400000000, "region": "安庆市", **Q1}, {"value": 3.5, "region": "安庆市", **Q1}]),
    # negative: a known table is still read by the table reader, its rows in the report's scope
    ("a city's paragraph with no table", RELEASE.replace("2024年一季度 | 增加值(亿元) | 增长(%) |\n第一产业 | 40 | 3.5 |\n"
                                                       "第二产业 | 300 | 6.9 |\n", ""),
     [{"value": 70000000000, "region": "安庆市", **Q1}, {"value": 5.6, "region": "安庆市", **Q1},
      {"value": 7400000000, "region": "安庆市", **Q1}, {"value": 3.5, "region": "安庆市", **Q1}]),
]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_table_rows49(label, text, expected):
    assert_exactly(text, expected, PUBLISHED, NAME)
