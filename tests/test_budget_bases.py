"""A budget a half-year's result is measured against (`完成年初预算…的…%`, `为调整预算…的`) is the whole year's plan:
its period is the year and its status a target; the result and its share keep the months they cover."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

# text, published -> {value: (period_start, period_end, status)} for the figures named
CASES = [
    ("2021年1-6月,全县一般公共预算收入累计完成5.2亿元,完成年初预算9.8亿元的53.1%。", date(2021, 7, 20),
     {5.2e8: ("2021-01-01", "2021-06-30", "actual"), 9.8e8: ("2021-01-01", "2021-12-31", "target"),
      53.1: ("2021-01-01", "2021-06-30", "actual")}),
    ("2022年1-9月,全区税收收入3.4亿元,为调整预算4.6亿元的73.9%。", date(2022, 10, 18),
     {3.4e8: ("2022-01-01", "2022-09-30", "actual"), 4.6e8: ("2022-01-01", "2022-12-31", "target")}),
    # negative: a budget's own account before an amount names a result
    ("2021年1-6月,全县一般公共预算4.1亿元。", date(2021, 7, 20),
     {4.1e8: ("2021-01-01", "2021-06-30", "actual")}),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_a_budget_measured_against_is_the_years_plan(text, published, expected):
    got = {f.value: (f.period_start and str(f.period_start), f.period_end and str(f.period_end), f.status)
           for f in extract_text(text, "budget.txt", published).facts}
    for value, want in expected.items():
        assert got.get(value) == want, (value, got)
