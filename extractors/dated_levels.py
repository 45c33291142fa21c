"""A change told after levels each written with its own day (`1月25日，800万只；2月29日，1.16亿只……35天增长13.5倍`):
the change runs from the first of those days to the last, not over the last day alone."""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period
from .periods import resolve, time_mentions

_LEX = lexicon()
_DATED_LEVEL = _LEX.compile("dated_level_opening")
_REACH = 120  # characters before a change where its dated levels stand


def dated_levels_change(text: str, sentence_start: int, pos: int, period: Period, published) -> Period:
    """First day .. last day for a change whose single day is the last of two or more days its sentence writes each
    with a level right after it; any other period stays."""
    if period.start is None or period.start != period.end:
        return period
    days = []
    for tm in time_mentions(text, max(sentence_start, pos - _REACH), pos):
        if _DATED_LEVEL.match(text, tm.end, pos) is None:
            continue
        p = resolve(tm, period, published)
        if p is None or p.start is None or p.start != p.end:
            return period
        days.append(p.start)
    if len(days) < 2 or days[-1] != period.end or days[0] >= period.end:
        return period
    return Period(days[0], period.end)
