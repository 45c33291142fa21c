"""The Overview compares like with like; regions are ranked per period; targets meet their actuals."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import cards, compare, hints
from dashboard.family_view import series_labels


def fact(start, end, grain, label, value, unit="%", indicator="investment.completed", status="actual",
         region="辽源市"):
    return dict(indicator=indicator, subject="完成投资", region=region, period_start=start, period_end=end,
                grain=grain, period=label, value=value, value_high=None, unit=unit, qualifier="exact",
                status=status, doc="a.txt", published=end, document_id="d", start=0, end=3, quote="q")


@pytest.mark.parametrize("grain, start, end, previous", [
    ("year", "2021-01-01", "2021-12-31", ("2020-01-01", "2020-12-31")),
    ("quarter", "2021-01-01", "2021-03-31", ("2020-10-01", "2020-12-31")),
    ("month", "2021-03-01", "2021-03-31", ("2021-02-01", "2021-02-28")),
    ("half", "2021-07-01", "2021-12-31", ("2021-01-01", "2021-06-30")),
    ("year-to-date", "2021-01-01", "2021-10-31", ("2020-01-01", "2020-10-31")),  # Jan–Oct with Jan–Oct
    ("week", "2021-11-13", "2021-11-19", ("2021-11-06", "2021-11-12")),
    ("day", "2021-07-04", "2021-07-04", ("2021-07-03", "2021-07-03")),
    ("multi-year", "2016-01-01", "2020-12-31", ("2011-01-01", "2015-12-31")),
])
def test_a_figure_is_compared_with_the_same_kind_of_period_just_before(grain, start, end, previous):
    assert cards.previous_period(start, end, grain) == tuple(pd.Timestamp(d) for d in previous)


def frame(*rows):
    return pd.DataFrame(list(rows))


def test_a_card_keeps_the_usual_grain_and_says_when_nothing_is_comparable():
    rows = frame(fact(date(2019, 1, 1), date(2019, 12, 31), "year", "2019", 150e8, "CNY"),
                 fact(date(2021, 1, 1), date(2021, 12, 31), "year", "2021", 200e8, "CNY"),
                 # one contract signed later: not the indicator's usual grain, so not the card's figure
                 fact(date(2022, 3, 1), date(2022, 3, 1), "day", "2022-03-01", 0.5e8, "CNY"))
    card = cards.card("investment.completed", rows, "zh")
    assert card.text == "200亿元" and card.now["period"] == "2021"
    assert card.delta is None and card.previous == "2020"  # 2019 is not the year before 2021


def test_a_count_as_of_a_day_with_one_end_known_is_compared_with_the_day_before():
    """A figure with only one end of its period known is about that day (store/grain.py): the card compares it
    with the day before instead of failing on the missing end."""
    rows = frame(fact(None, date(2022, 3, 13), "day", "2022-03-13", 40.0, "例", "covid.cumulative_confirmed"),
                 fact(date(2022, 3, 14), None, "day", "2022-03-14", 45.0, "例", "covid.cumulative_confirmed"))
    card = cards.card("covid.cumulative_confirmed", rows, "en")
    assert card.now["period"] == "2022-03-14" and card.previous == "2022-03-13" and card.delta is not None


def test_year_to_date_is_compared_with_the_same_months_a_year_earlier():
    rows = frame(fact(date(2020, 1, 1), date(2020, 10, 31), "year-to-date", "2020-01–10", 5.0),
                 fact(date(2020, 1, 1), date(2020, 12, 31), "year", "2020", 4.0),
                 fact(date(2021, 1, 1), date(2021, 10, 31), "year-to-date", "2021-01–10", 6.5),
                 fact(date(2021, 1, 1), date(2021, 9, 30), "year-to-date", "2021-01–09", 7.0))
    card = cards.card("growth.gdp", rows, "en")
    assert card.now["period"] == "2021-01–10" and card.delta == "+1.5 percentage points"


def test_regions_ranked_for_the_period_most_regions_report():
    points = frame(fact(date(2020, 1, 1), date(2020, 12, 31), "year", "2020", 5.0, region="辽源市"),
                   fact(date(2020, 1, 1), date(2020, 12, 31), "year", "2020", 2.6, region="通化市"),
                   fact(date(2021, 1, 1), date(2021, 12, 31), "year", "2021", 6.0, region="辽源市"))
    assert compare.region_periods(points)["period"].tolist() == ["2020", "2021"]
    chart = compare.ranking_chart(points[points["period"] == "2020"], "zh").to_dict()
    assert chart["layer"][0]["encoding"]["y"]["sort"] == "-x"


def test_target_against_actual_per_period_with_the_gap():
    points = frame(fact(date(2020, 1, 1), date(2020, 12, 31), "year", "2020", 6.0, status="target"),
                   fact(date(2020, 1, 1), date(2020, 12, 31), "year", "2020", 5.0),
                   fact(date(2021, 1, 1), date(2021, 12, 31), "year", "2021", 6.0, status="target"),
                   fact(date(2019, 1, 1), date(2019, 12, 31), "year", "2019", 3.6))
    pairs = compare.target_pairs(points)
    assert pairs["period"].tolist() == ["2020", "2021"]  # 2019 has no target
    table = compare.target_table(pairs, "zh")
    assert table["gap_text"].tolist() == ["-1个百分点", ""]
    assert table["met_text"].tolist() == ["✗", ""] and table["actual_text"].tolist()[1] == "未报告"
    assert compare.target_chart(pairs, "en").to_dict()["layer"][1]["mark"]["type"] == "tick"


def test_presentation_comes_from_the_catalog():
    assert hints.default_series("hotline") == ("hotline.contacts_total",)
    assert hints.headline()[0] == "growth.gdp" and "covid.cumulative_confirmed" in hints.headline()
    assert hints.chart_kind(["hotline.category_count", "hotline.category_share"]) == "stack"
    assert hints.chart_kind(["covid.new_confirmed"]) == "bar"
    assert hints.chart_kind(["covid.new_confirmed", "covid.deaths"]) == "line"


def test_a_category_shared_by_shares_and_counts_gets_two_labels():
    options = pd.DataFrame({"series": ["hotline.category_count|供热", "hotline.category_share|供热", "供热"],
                            "indicator": ["hotline.category_count", "hotline.category_share", None],
                            "subject": ["供热", "供热", "供热"]})
    labels = series_labels(options)
    assert labels["hotline.category_share|供热"] == "供热"  # earlier in the catalog: keeps the bare name
    assert labels["hotline.category_count|供热"] == "供热 · 诉求类别件数 · Contacts by category"
    assert len(set(labels.values())) == 3
