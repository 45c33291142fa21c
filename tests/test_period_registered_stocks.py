"""A count on a register or still standing (`在册`, `登记在册`, `备案在册`, `现存`, `保有`) under a year is the level at
that year's end, with no start (P3), like a balance: not the year's flow. What was newly registered, a rate, or a
change of the count keeps the year.

Each row is a sentence in our own words (figures restated, never corpus text) and ALL the facts it must give.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

PUBLISHED = date(2019, 10, 30)
KEYS = ("value", "period_start", "period_end")


def _at_end(value, year):
    return {"value": value, "period_start": None, "period_end": f"{year}-12-31"}


def _over(value, year):
    return {"value": value, "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}


CASES = [
    # a registered or standing count under a bare year: held at its end
    ("2015年，浙江备案在册的外贸企业9600家。", [_at_end(9600, 2015)]),
    ("2016年，全省登记在册的社会组织1.2万个。", [_at_end(12000, 2016)]),
    ("2017年，该县在册贫困人口3.1万人。", [_at_end(31000, 2017)]),
    ("2015年，全市现存古树名木3200株。", [_at_end(3200, 2015)]),
    ("2016年，全市耕地保有面积520万亩。", [_at_end(5200000, 2016)]),
    # negatives: newly registered, a change of the count, a rate: the year's
    ("2018年，全市新增登记在册的市场主体5万户。", [_over(50000, 2018)]),
    ("2017年，全县新登记企业1800家。", [_over(1800, 2017)]),
    ("2018年，全市在册党员增加2100名。", [_over(2100, 2018)]),
    ("2015年，全省外贸企业在册率达到96%。", [_over(96, 2015)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[row[0][:16] for row in CASES])
def test_registered_count_is_a_level_at_the_year_end(text, expected):
    assert_exactly(text, [{k: e[k] for k in KEYS} for e in expected], PUBLISHED)
