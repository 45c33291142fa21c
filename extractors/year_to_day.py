"""`截至4月底，2020年发行…`: a bare year written right after an as-of day of that year is the year up to that day
(January 1 to it), not the whole year, and so is `今年` there (`截至2月10日，今年…`: this year up to February 10,
whatever year the paragraph before was in), also with a scope word between (`截至9月底，全市2025年…`, lexicon
until_year_gap) — unless the year's plan follows (`…，2020年计划新建…`, lexicon plan_after_year)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .lexicon import lexicon
from .period_dates import Period, _safe, year_period

if TYPE_CHECKING:
    from .periods import TimeMention

_LEX = lexicon()
_UNTIL = _LEX.compile(r"(?:{until}|{until_after_event})\s?(?:{clock_zone})?\s?(?:{relative_year})?\s?$")
_PLAN_AFTER_YEAR = _LEX.compile("plan_after_year")
_GAP = _LEX.compile("until_year_gap")
_JOINS = ",，、 "
_REL_YEARS: dict[str, int] = _LEX.values("relative_year")
_WRITTEN_YEAR = _LEX.compile("written_year")


def year_so_far(before: TimeMention | None, tm: TimeMention, p: Period | None, prior: Period) -> Period | None:
    """`截至4月底，2020年发行…`: a bare year written right after an as-of day of that year (prior, read from before)
    is that year up to the day, not the whole year; any other p stays."""
    this_year = tm.match["rel"] is not None and _REL_YEARS.get(tm.match["rel"]) == 0  # `截至2月10日，今年…`
    if p is None or before is None or prior.start is not None or prior.end is None \
            or not (tm.match["y3"] or this_year) or tm.match["yend3"] or tm.match["season3"] \
            or not this_year and p != year_period(prior.end.year) or p.start is None \
            or (prior.end.month, prior.end.day) == (12, 31) or not _only_joins(tm.text[before.end:tm.start]) \
            or not _UNTIL.search(before.text, max(0, before.start - 12), before.start) \
            or _PLAN_AFTER_YEAR.match(tm.text, tm.end) is not None:
        return p
    year = prior.end.year if _WRITTEN_YEAR.search(before.text, before.start, before.end) else p.start.year
    end = _safe(year, prior.end.month, prior.end.day)  # `今年` names the day's year, whatever was in force
    return Period(date(year, 1, 1), end) if end is not None else p


def _only_joins(between: str) -> bool:
    """Nothing but joiners between the day and the year, or a scope word (`，全市`)."""
    gap = between.strip(_JOINS)
    return not gap or _GAP.fullmatch(gap) is not None
