"""Two years spread over two figures (`预计今明两年…分别增长3.9%和4.6%`): the first figure is the first year's, the
second the second's, not both the two years' span.

The span must be exactly two whole calendar years, and the figure one of exactly two numbers after `分别` in its clause
(lexicon `two_year_spread`) with no list of subjects before it in its clause (`东部和西部地区…分别…`: the figures are the
subjects', lexicon `two_year_subject_list`); a figure told once for both years (`均放缓至1.7%`) keeps the span.
"""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period, year_period

_LEX = lexicon()
_SPREAD = _LEX.compile("two_year_spread")
_NUMBER = _LEX.compile(r"\d+(?:\.\d+)?")
_REACH = 80  # characters before a figure where its `分别` stands
_CLAUSE_ENDS = "，,；;。"
_LISTED = _LEX.compile("two_year_subject_list")


def _two_whole_years(period: Period) -> bool:
    return period.start is not None and period.end is not None and period.end.year == period.start.year + 1 \
        and period == Period(year_period(period.start.year).start, year_period(period.end.year).end)


def year_of_two(text: str, clause: int, start: int, end: int, period: Period) -> Period:
    """The year of the figure text[start:end] when it is one of two spread over a two-year period; else period."""
    if not _two_whole_years(period):
        return period
    spreads = list(_SPREAD.finditer(text, max(clause, start - _REACH), start))
    if not spreads or _LISTED.search(text, max(clause, start - _REACH), spreads[-1].start()):
        return period  # `东部和西部地区投资分别增长5%和7%`: two subjects' figures, not two years'
    stop = min([at for at in (text.find(c, end) for c in _CLAUSE_ENDS) if at >= 0], default=len(text))
    numbers = [n.start() for n in _NUMBER.finditer(text, spreads[-1].end(), stop)]
    mine = [k for k, at in enumerate(numbers) if start <= at < end]
    if len(numbers) != 2 or len(mine) != 1:
        return period
    return year_period(period.start.year + mine[0])
