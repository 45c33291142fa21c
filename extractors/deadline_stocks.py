"""A stock reached by a deadline year (`预计到2050年非洲人口将达25亿`) or by a written year's end (`到今年底，…数量将达到
8000余座`): the level at that year's end, not its flow."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _num, year_period

_LEX = lexicon()
_DEADLINE = _LEX.compile("deadline_year")
_STOCK = _LEX.compile("deadline_stock")
_FLOW = _LEX.compile("flow_verb")
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


def year_end_level(text: str, clause: int, pos: int, kind: str, period: Period, published: date | None) -> bool:
    """A planned level at a written year's end (`到今年底，有效灌溉面积达到5380万公顷`, `年底生猪将达123万头养殖能力`:
    period None..Dec 31, not the report's day) stays the level at that end, not the whole year's plan; a flow in its
    clause (`新增产能100万头`, `将建成…`, `完成…任务`, a rate) or a change keeps the year (round 48, audit 47#145)."""
    end = period.end
    if kind != "level" or period.start is not None or end is None or end == published or (end.month, end.day) != (12, 31):
        return False
    own = max(clause, *(text.rfind(c, clause, pos) + 1 for c in ",，"))  # the figure's own comma clause
    return _FLOW.search(text, own, pos) is None
