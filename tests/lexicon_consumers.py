"""The code that turns a lexicon entry's surface forms into values, for tests/test_lexicon.py's `cases`.

Each entry name maps to a function (surface, *context) → value; a case is [surface, *context, *expected].
"""

from __future__ import annotations

from extractors.numbers import parse_number

CONSUMERS = {
    "number": parse_number,
    "time_expression": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_partial_spans": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_year_same_period": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_bounded_spans": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_same_month": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_same_quarter": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_era": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_recent_days": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_winter_spring": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_since_holiday": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_holiday_in_force": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_holiday_bare": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_pre_holiday": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_shopping_day": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "time_lunar_day": lambda text, published, anchor: _resolve_time(text, published, anchor),
    "papers": lambda name: _paper_place(name),
    "paper_file_codes": lambda name: _file_paper(name),
    "qualifier_before": lambda word: _qualifier_before(word),
    "share_qualifier": lambda word: _qualifier_before(word),
    "qualifier_after": lambda word: _qualifier_after(word),
    "unit": lambda word: _unit(word),
    "whole_measure_prefix": lambda subject: _change_indicator(subject),
    "share_fraction": lambda fraction: _fraction(fraction),
}
# How many of a case's leading items are the consumer's arguments (the surface form and its context); the
# rest is the expected value (one item, or a tuple of several).
CONSUMER_ARITY = {"time_expression": 3, "time_partial_spans": 3, "time_year_same_period": 3,
                  "time_bounded_spans": 3, "time_same_month": 3, "time_same_quarter": 3,
                  "time_era": 3, "time_recent_days": 3, "time_winter_spring": 3, "time_since_holiday": 3,
                  "time_holiday_in_force": 3, "time_holiday_bare": 3, "time_pre_holiday": 3,
                  "time_shopping_day": 3, "time_lunar_day": 3}


def _resolve_time(text: str, published: str, anchor: str) -> tuple[str, str]:
    from datetime import date

    from extractors.period_dates import year_period
    from extractors.periods import resolve_text

    p = resolve_text(text, date.fromisoformat(published), year_period(int(anchor)) if anchor else None)
    if p is None:
        return ("", "")
    return (p.start.isoformat() if p.start else "", p.end.isoformat() if p.end else "")


def _change_indicator(subject: str) -> str:
    from extractors.catalog import default_catalog

    found = default_catalog().classify("change", subject, "%", frozenset())
    return found.id if found else ""


def _paper_place(name: str) -> str | None:
    from extractors.publishers import paper_place

    return paper_place(name)


def _file_paper(name: str) -> str:
    from extractors.publishers import filename_paper

    return filename_paper(name) or ""


def _qualifier_after(word: str) -> str | None:
    from extractors.quantities import qualifier_after

    return qualifier_after(word)


def _qualifier_before(word: str) -> str | None:
    from extractors.quantities import qualifier_before

    return qualifier_before(word, len(word))


def _unit(word: str) -> str | None:
    from extractors.quantities import unit_name

    return unit_name(word)


def _fraction(fraction: str) -> int | float:
    from extractors.quantities import find_quantities

    (q,) = find_quantities("占" + fraction)
    return q.value
