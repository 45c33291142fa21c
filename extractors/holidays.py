"""Public holidays as periods: which days `国庆假期` or `春节期间` covers in a given year (the lexicon's schedule)."""

from __future__ import annotations

from datetime import date
from functools import cache

from .lexicon import lexicon

_NEAR_DAYS = 200  # a holiday further from the report than this is not the one it means


@cache
def _schedule() -> dict[str, dict[int, tuple[date, date]]]:
    dates = lexicon().table("time_holiday", "dates")
    return {holiday: {int(year): (date.fromisoformat(a), date.fromisoformat(b)) for year, (a, b) in years.items()}
            for holiday, years in dates.items()}


def holiday_days(word: str, year: int | None, published: date | None) -> tuple[date, date] | None:
    """The days of the holiday `word` (春节, 国庆, 五一 …): in `year` when the text names one, else the occurrence
    nearest the report's date (`春节期间` in a December report is the coming one); None when unknown."""
    days = _schedule().get(lexicon().table("time_holiday", "holidays").get(word, ""), {})
    if year is not None:
        return days.get(year)
    if published is None:
        return None
    near = [(min(abs((a - published).days), abs((b - published).days)), (a, b))
            for y in (published.year - 1, published.year, published.year + 1) if y in days for a, b in [days[y]]]
    found = min(near, default=None)
    return found[1] if found and found[0] <= _NEAR_DAYS else None
