"""Period resolution against the report date (never the clock)."""

from datetime import date

import pytest

from extractors.periods import default_period, period_at

PUB = date(2021, 1, 27)
CASES = [
    ("2020年", PUB, "2020-01-01", "2020-12-31"),
    ("今年", PUB, "2021-01-01", "2021-01-27"),
    ("今年以来", date(2021, 7, 20), "2021-01-01", "2021-07-20"),
    ("截至11月末,今年", date(2020, 12, 10), "2020-11-30", "2020-11-30"),
    ("明年", date(2019, 9, 18), "2020-01-01", "2020-12-31"),
    ("去年", PUB, "2020-01-01", "2020-12-31"),
    ("截至10月末", date(2021, 11, 19), "2021-10-31", "2021-10-31"),
    ("截至10月末,比去年同期", date(2021, 11, 19), "2020-10-31", "2020-10-31"),
    ("本周", date(2019, 8, 30), "2019-08-24", "2019-08-30"),
    ("7月4日0—24时", date(2020, 7, 6), "2020-07-04", "2020-07-04"),
    ("截至7月4日24时", date(2020, 7, 6), "2020-07-04", "2020-07-04"),
    ("12月30日", date(2021, 1, 2), "2020-12-30", "2020-12-30"),
    ("与5年前相比", date(2021, 11, 19), "2016-01-01", "2021-11-19"),
    ("“十三五”期间", PUB, "2016-01-01", "2020-12-31"),
    ("2016—2020年", PUB, "2016-01-01", "2020-12-31"),
    ("上半年", date(2020, 7, 20), "2020-01-01", "2020-06-30"),
    ("前三季度", date(2020, 10, 20), "2020-01-01", "2020-09-30"),
    ("2019年8月", PUB, "2019-08-01", "2019-08-31"),
    ("过去的一年", PUB, "2020-01-01", "2020-12-31"),
    ("2020年…全年", PUB, "2020-01-01", "2020-12-31"),
]


@pytest.mark.parametrize("text,published,start,end", CASES, ids=[c[0] for c in CASES])
def test_period(text, published, start, end):
    p, explicit = period_at(text, 0, len(text), default_period(published), published)
    assert explicit
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


def test_undated_figure_is_the_year_to_the_report_date():
    p, explicit = period_at("完成投资", 0, 4, default_period(PUB), PUB)
    assert not explicit and (p.start, p.end) == (date(2021, 1, 1), PUB)


def test_baseline_is_not_the_period():
    anchor = default_period(PUB)
    p, _ = period_at("2020年增速比前三季度", 0, 12, anchor, PUB, skip_baselines=True)
    assert p.end == date(2020, 12, 31)
