"""Years spread over as many figures (`预计今明两年…分别增长3.9%和4.6%`, `2016—2018年GDP分别增长6.7%、6.8%、6.6%`): the
first figure is the first year's, the second the second's, and so on, not each the whole span's.

The span must be whole calendar years, two or more, and the figure one of exactly as many numbers after `分别` in its
clause (lexicon `year_spread`) with no list of subjects before it in its clause (`东部和西部地区…分别…`: the figures are
the subjects', lexicon `year_spread_subject_list`); a figure told once for all the years (`均放缓至1.7%`) keeps the span,
and so does a list of fewer or more numbers than years (`2001—2012年分别下降87%、86%、61%`: which years is not said).
"""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period, year_period

_LEX = lexicon()
_SPREAD = _LEX.compile("year_spread")
_NUMBER = _LEX.compile(r"\d+(?:\.\d+)?")
_REACH = 80  # characters before a figure where its `分别` stands
_CLAUSE_ENDS = "，,；;。"
_LISTED = _LEX.compile("year_spread_subject_list")


def _whole_years(period: Period) -> int:
    """How many calendar years the period covers, when it is whole calendar years (else 0)."""
    if period.start is None or period.end is None or period.end.year <= period.start.year:
        return 0
    whole = period == Period(year_period(period.start.year).start, year_period(period.end.year).end)
    return period.end.year - period.start.year + 1 if whole else 0


def year_of_spread(text: str, clause: int, start: int, end: int, period: Period) -> Period:
    """The year of the figure text[start:end] when it is one of as many figures spread over as many years; else
    period."""
    years = _whole_years(period)
    if not years:
        return period
    spreads = list(_SPREAD.finditer(text, max(clause, start - _REACH), start))
    if not spreads or _LISTED.search(text, max(clause, start - _REACH), spreads[-1].start()):
        return period  # `东部和西部地区投资分别增长5%和7%`: two subjects' figures, not two years'
    stop = min([at for at in (text.find(c, end) for c in _CLAUSE_ENDS) if at >= 0], default=len(text))
    numbers = [n.start() for n in _NUMBER.finditer(text, spreads[-1].end(), stop)]
    mine = [k for k, at in enumerate(numbers) if start <= at < end]
    if len(numbers) != years or len(mine) != 1:
        return period
    return year_period(period.start.year + mine[0])
