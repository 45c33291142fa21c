"""A Period (a span of days; an open start for a level as of a day) and the date arithmetic that builds one,
with the year a time expression without one counts from (the period in force's or the report's)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from .numbers import parse_number


@dataclass(frozen=True, slots=True)
class Period:
    start: date | None
    end: date | None
    # an undated text's own year (stated_years.py): the year its bare `前三季度` counts in, while a figure no time
    # word dates stays undated (no day to be as of); not part of what the period is
    told_year: int | None = field(default=None, compare=False)

    @property
    def year(self) -> int | None:
        return self.end.year if self.end else self.told_year


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def default_period(published: date | None) -> Period:
    """What a figure no time word dates describes: the state as of the report's date (open start)."""
    return Period(None, published)


def week_ending(day: date) -> Period:
    return Period(day - timedelta(days=6), day)


def _num(text: str) -> int | None:
    try:
        value = int(text) if text.isdigit() else parse_number(text)
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _safe(y: int | None, m: int | None, d: int | None) -> date | None:
    try:
        return date(y, m, d) if None not in (y, m, d) else None
    except (ValueError, OverflowError):
        return None


def _month(y: int | None, m: int | None) -> Period | None:
    if y is None or m is None or not 1 <= m <= 12 or not 1 <= y <= 9999:
        return None
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))


def _shift_year(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    return _safe(d.year + years, d.month, min(d.day, 28) if d.month == 2 else d.day)


def _span(first: int | None, last: int | None) -> Period | None:
    if first is None or last is None or not 1000 <= first <= last <= 9999:
        return None
    return Period(date(first, 1, 1), date(last, 12, 31))


def _ref_year(current: Period, published: date | None) -> int | None:
    """The year a month or day without one is in: the period in force's, or the report's when the period in force
    spans years around the report (`3年内…；1—9月` is this year's 1—9月)."""
    if current.start and current.end and current.start.year != current.end.year and published \
            and current.start <= published <= current.end:
        return published.year
    return current.year or (published.year if published else None)


def _pub_year(current: Period, published: date | None) -> int | None:
    return published.year if published else current.year


def _before_report(d: date | None, current: Period, published: date | None, years_back: int = 1) -> date | None:
    """A month and day the report names without a year: the last such day on or before the report."""
    if d and published and d > published and current.year == published.year:
        return _shift_year(d, -years_back)
    return d


def since_start(d: date | None, current: Period, published: date | None) -> date | None:
    """The first day of a span up to the report (`…以来`, `…至今`) named by a month or day without a year: the last such
    day on or before the report, whatever year is in force (`2月上旬复工至今` in a May 2020 story whose lead recalled
    2019 starts in February 2020: a writer names the year of a start further back)."""
    if d is None or published is None:
        return _before_report(d, current, published)
    last = _safe(published.year, d.month, d.day)
    return _shift_year(last, -1) if last and last > published else last
