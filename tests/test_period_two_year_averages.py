"""A two-year average growth told beside a period's growth (`前三季度…增长6.0%,两年平均增长4.1%`, against the same
period two years before) is that period's figure, not a yearly rate with no date; `年均增长` over past years stays
as it is."""

from datetime import date

import pytest
from factcase import assert_exactly

OCT = date(2021, 10, 27)
Q1_3 = {"period_start": "2021-01-01", "period_end": "2021-09-30"}
H1 = {"period_start": "2021-01-01", "period_end": "2021-06-30"}

CASES = [
    ("quarters so far",
     "前三季度,全市规模以上工业增加值同比增长7.0%,两年平均增长5.5%。\n", OCT,
     [{"value": 7.0, **Q1_3}, {"value": 5.5, **Q1_3}]),
    ("half year, a level before",
     "上半年,全省社会消费品零售总额3100亿元,同比增长20.4%,两年平均增长3.3%。\n", date(2021, 8, 2),
     [{"value": 3.1e11, **H1}, {"value": 20.4, **H1}, {"value": 3.3, **H1}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_two_year_average(label, text, published, expected):
    assert_exactly(text, expected, published)
