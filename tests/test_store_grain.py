"""A period's grain and label, derived in SQL (store/grain.py): a table of periods as reports state them."""

from __future__ import annotations

import duckdb
import pytest

from store.grain import GRAINS, grain_sql, label_sql

PERIODS = [
    # (start, end, grain, label) — what a report's period becomes
    ("2021-07-04", "2021-07-04", "day", "2021-07-04"),            # 7月4日0—24时
    (None, "2021-07-04", "day", "2021-07-04"),                    # 截至7月4日24时, start unknown
    ("2021-11-13", "2021-11-19", "week", "2021-11-13–11-19"),     # 本周
    ("2020-12-28", "2021-01-03", "week", "2020-12-28–2021-01-03"),
    ("2021-02-01", "2021-02-28", "month", "2021-02"),
    ("2020-02-01", "2020-02-29", "month", "2020-02"),
    ("2021-07-01", "2021-09-30", "quarter", "2021Q3"),
    ("2021-01-01", "2021-03-31", "quarter", "2021Q1"),
    ("2021-01-01", "2021-06-30", "half", "2021H1"),              # 上半年
    ("2021-07-01", "2021-12-31", "half", "2021H2"),
    ("2019-01-01", "2019-12-31", "year", "2019"),                 # 2019年, not "2020" (its last day)
    ("2021-01-01", "2021-10-31", "year-to-date", "2021-01–10"),   # 1—10月
    ("2021-01-01", "2021-11-19", "year-to-date", "2021-01-01–11-19"),  # 今年以来, to the report's day
    ("2016-01-01", "2020-12-31", "multi-year", "2016–2020"),      # 十三五时期年均
    ("2021-03-05", "2021-04-10", "span", "2021-03-05–2021-04-10"),
    ("2021-02-01", "2021-03-31", "span", "2021-02-01–2021-03-31"),  # two months: not a quarter
    (None, None, None, None),
]


@pytest.mark.parametrize("start, end, grain, label", PERIODS)
def test_grain_and_label(start, end, grain, label):
    con = duckdb.connect()
    got = con.execute(f"SELECT grain, {label_sql()} FROM (SELECT *, {grain_sql()} AS grain FROM "
                      "(SELECT ?::DATE AS period_start, ?::DATE AS period_end))", [start, end]).fetchone()
    assert got == (grain, label)


def test_every_grain_has_an_example():
    assert {g for _, _, g, _ in PERIODS if g} == set(GRAINS)
