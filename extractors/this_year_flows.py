"""A flow told up to a month of this year (`截至今年7月，…实现产值21亿元`): the written `今年` says it was summed over
the year so far, from January 1 to that month's end, not a level as of that day with no start. A stock (`累计`,
a balance, the total investment of the projects a register holds: lexicon deadline_stock) and an as-of month with no
`今年` (`截至7月底`) keep their point."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period
from .periods import time_mentions
from .time_forms_relative import after_baseline_word

_LEX = lexicon()
_THIS_YEAR = _LEX.words("this_year")
_UNTIL_THIS_YEAR = _LEX.compile(r"(?:{until})\s?$")
_BUILT_STOCK = _LEX.compile("deadline_stock")
_REACH = 60  # characters before a figure where its as-of month stands


def this_year_flow(text: str, sentence_start: int, pos: int, period: Period, flow: bool, subject: str = "") -> Period:
    """January 1 to period's end for a flow dated `截至今年N月(底)`; any other period stays."""
    if not flow or period.start is not None or period.end is None or _BUILT_STOCK.search(subject):
        return period
    times = [tm for tm in time_mentions(text, max(sentence_start, pos - _REACH), pos)
             if not after_baseline_word(text, tm.start)]
    if len(times) < 2:
        return period
    year, month = times[-2], times[-1]
    if month.match.lastgroup != "mend" or year.end != month.start or text[year.start:year.end] not in _THIS_YEAR \
            or not _UNTIL_THIS_YEAR.search(text, max(0, year.start - 4), year.start):
        return period
    return Period(date(period.end.year, 1, 1), period.end)
