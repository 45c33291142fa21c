"""How a span named by a national era or counted back from a day resolves to a Period: `党的十八大以来`,
`改革开放以来`, `近10日`, `近3个月`, `去冬今春` (each form a named group of lexicon/time.toml)."""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import lexicon
from .period_dates import Period, _num, _safe, default_period

_LEX = lexicon()
_ERAS: dict[str, date] = {k: date.fromisoformat(v) for k, v in _LEX.values("era_start").items()}
_WINTER_FIRST: int = _LEX.table("time_winter_spring", "winter_first_month")
_SPRING_LAST: int = _LEX.table("time_winter_spring", "spring_last_month")
_UNITS: dict[str, list[int]] = _LEX.values("recent_unit")


def _day_in_force(current: Period, published: date | None) -> date | None:
    """The bulletin's day (`截至5月13日24时`, `5月13日`) when one is in force and not after the report, else the
    report's date."""
    if current != default_period(published) and current.end is not None and (
            current.start is None or current.start == current.end) and (published is None or current.end <= published):
        return current.end
    return published


def _era(m, current, published):
    start, end = _ERAS[m["era_name"]], _day_in_force(current, published)
    return Period(start, end) if end and start <= end else None


def _recent(m, current, published):
    n, end = _num(m["nrecent"]), _day_in_force(current, published)
    if not n or end is None or not 0 < n < 400:
        return None
    days, months = _UNITS[m["recent_unit"]]
    if months:
        back = end.year * 12 + end.month - 1 - n * months
        start = _safe(back // 12, back % 12 + 1, end.day) or _safe(back // 12, back % 12 + 2, 1)
        return Period(start + timedelta(days=1), end) if start else None
    return Period(end - timedelta(days=n * days - 1), end)


def _winter_spring(m, current, published):
    if published is None:
        return None
    end = min(published, date(published.year, _SPRING_LAST + 1, 1) - timedelta(days=1))
    return Period(date(published.year - 1, _WINTER_FIRST, 1), end)
