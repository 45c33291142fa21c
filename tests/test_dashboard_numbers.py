"""Numbers in the report's own magnitude, where an analyst compares them with the page (dashboard/numbers.py)."""

from __future__ import annotations

import pytest

from dashboard.numbers import change, readable

CASES = [
    # (value, unit, value_high, qualifier, Chinese, English)
    (18168000000, "CNY", None, "exact", "181.68亿元", "18.168 billion CNY"),
    (86000000, "USD", None, "exact", "8600万美元", "86 million USD"),
    (5, "%", None, "exact", "5%", "5%"),
    (-2.4, "%", None, "exact", "-2.4%", "-2.4%"),
    (2.7, "个百分点", None, "exact", "2.7个百分点", "2.7 percentage points"),
    (6, "%", 6.5, "range", "6%–6.5%", "6%–6.5%"),
    (6, "%", None, "approx", "约6%", "about 6%"),
    (14900, "人", None, "exact", "1.49万人", "14,900 people"),
    (326000, "人次", None, "more_than", "超过32.6万人次", "more than 326,000 person-times"),
    (1650, "件", None, "exact", "1650件", "1,650 cases"),
    (2000000000000, "CNY", None, "exact", "2万亿元", "2 trillion CNY"),
    (50000, "双", None, "at_least", "5万双以上", "at least 50,000 pairs"),
    (0, "例", None, "exact", "0例", "0 cases"),
    (7, "吨", None, "less_than", "不到7吨", "less than 7 tonnes"),
    (12, "亩", None, "exact", "12亩", "12 mu"),
    (3, "台", None, "exact", "3台", "3 台"),  # a counting word without an English name stays as written
]


@pytest.mark.parametrize("value, unit, high, qualifier, zh, en", CASES)
def test_readable(value, unit, high, qualifier, zh, en):
    assert readable(value, unit, "zh", high, qualifier) == zh
    assert readable(value, unit, "en", high, qualifier) == en


@pytest.mark.parametrize("now, before, unit, zh, en", [
    (6.0, 2.3, "%", "+3.7个百分点", "+3.7 percentage points"),  # a rate changes in points, not percent
    (203.5e8, 181.68e8, "CNY", "+21.82亿元", "+2.182 billion CNY"),
    (1200, 1311, "件", "-111件", "-111 cases"),
])
def test_change(now, before, unit, zh, en):
    assert change(now, before, unit, "zh") == zh
    assert change(now, before, unit, "en") == en


def test_missing_value_is_blank():
    assert readable(None, "%", "en") == "" and readable(float("nan"), "%", "zh") == ""
