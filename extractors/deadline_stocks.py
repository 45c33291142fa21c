"""A stock reached by a deadline year (`预计到2050年非洲人口将达25亿`): the level at that year's end, not its flow."""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period, _num, year_period

_LEX = lexicon()
_DEADLINE = _LEX.compile("deadline_year")
_STOCK = _LEX.compile("deadline_stock")
_REACH = 40  # characters back from a figure to the deadline that opens its clause or sentence


def deadline_stock(text: str, sentence_start: int, pos: int, subject: str, period: Period) -> Period:
    """period, or the level as of its year's end when period is the whole year a `到YYYY年` before the figure names
    and the figure's subject is a stock (`deadline_stock`); a flow over that year keeps the year."""
    if period.start is None or period.end is None or period != year_period(period.end.year) \
            or not _STOCK.search(subject):
        return period
    lo = max(sentence_start, pos - _REACH)
    years = [_num(m["deadline"]) for m in _DEADLINE.finditer(text, lo, pos)]
    return Period(None, period.end) if years and years[-1] == period.end.year else period
