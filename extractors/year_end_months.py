"""A month at the year's end named with no year in a report of the next year's first months (`12月…监测31天` in a
bulletin of January 4th): the month just past, never one eleven months ahead, unless the clause plans it
(`计划12月底前完成`, `将于12月建成`). Words in lexicon/status.toml (`target_cue`) and time.toml (`month_deadline_after`)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period

_LEX = lexicon()
_PLAN_CUE = _LEX.compile("{target_cue}")
_DEADLINE_AFTER = _LEX.compile("month_deadline_after")
_CLAUSE_MARKS = ",，;；。\n"
_NEW_YEAR_MONTHS = 2  # a report of January or February …
_YEAR_END_MONTHS = 11  # … on November or December means the months just past


def month_just_past(m, p: Period, current: Period, published: date | None, ref: int | None) -> bool:
    """The month p the match m names (read in the report's year ref) is last year's, as described above."""
    return published is not None and current.start is None and ref == published.year \
        and published.month <= _NEW_YEAR_MONTHS and p.start is not None and p.start.month >= _YEAR_END_MONTHS \
        and not _planned(m)


def _planned(m) -> bool:
    """The month is a plan's: a plan word in its clause before it, or a deadline right after it."""
    text = m.string
    clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_MARKS) + 1
    return _PLAN_CUE.search(text, clause, m.start()) is not None or _DEADLINE_AFTER.match(text, m.end()) is not None
