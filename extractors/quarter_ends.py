"""A quarter's end (`一季度末`, `上半年末`) as a point in time, and the quarter a bare `当季` names: a level told at it has no start, while a change measured
against the quarter before's end (`较上季末增加…`) and a flow that a later clause of its sentence names (`一季度末，…；
保费收入1.7万亿元`) cover the part of the year itself."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _month

_LEX = lexicon()
_QUARTER_END = _LEX.compile("quarter_end_written")
_PARTS = _LEX.values("year_part")
_SINCE_QUARTER_END = _LEX.compile("since_quarter_end")
_FLOW = _LEX.compile("year_end_flow")
_FLOW_MEASURE = _LEX.compile("story_span_flow")
_CLAUSE_MARKS = ",，;；"
_REACH = 120  # characters before a figure where the quarter's end that dates it is written
_BASE_REACH = 16  # characters around a change where its `较上季末` stands


def _part_before(text: str, lo: int, pos: int, end: date) -> Period | None:
    """The part of the year whose end is `end`, written with its end in text[lo:pos] (the last such), else None."""
    last = None
    for m in _QUARTER_END.finditer(text, lo, pos):
        last = m
    if last is None:
        return None
    first, final = _PARTS[last["qpart"]]
    whole = _month(end.year, final)
    if whole is None or whole.end != end:
        return None
    return Period(date(end.year, first, 1), end)


def _is_point(period: Period) -> bool:
    return period.start is None and period.end is not None


def quarter_change(text: str, sentence_start: int, start: int, end: int, period: Period) -> Period:
    """A change against the quarter before's end (`一季度末，…不良贷款余额…，较上季末增加1986亿元`) under a quarter's
    end covers that quarter."""
    if not _is_point(period) or _SINCE_QUARTER_END.search(text, max(sentence_start, start - _BASE_REACH),
                                                          min(len(text), end + _BASE_REACH)) is None:
        return period
    return _part_before(text, max(sentence_start, start - _REACH), start, period.end) or period


def quarter_flow(text: str, sentence_start: int, pos: int, period: Period, subject: str, change: bool) -> Period:
    """A flow named in a later clause than the quarter's end that opened its sentence (`一季度末，…贷款余额…；保险公司
    原保险保费收入1.7万亿元`, and its change `同比增长2.3%`: by its subject alone) covers that quarter; the levels
    before it and their changes stay points."""
    if not _is_point(period):
        return period
    lo = max(sentence_start, pos - _REACH)
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_MARKS))
    flow = _FLOW_MEASURE.search(subject) is not None or (not change and _FLOW.search(text, clause, pos) is not None)
    if clause <= lo or not flow or _QUARTER_END.search(text, clause, pos):
        return period
    return _part_before(text, lo, clause, period.end) or period


def _same_quarter(m, current: Period, published) -> Period:
    """A bare `当季`: the last quarter of the part of a year in force (`2022年` → its fourth quarter, `前三季度` → the
    third), or the quarter in force itself; else the quarter is unknown (an empty period, not the wider one)."""
    start, end = current.start, current.end
    if start is None or end is None or start.year != end.year or start.day != 1 or (start.month - 1) % 3:
        return Period(None, None)
    last = _month(end.year, end.month)
    if last is None or last.end != end or end.month % 3:
        return Period(None, None)
    return Period(date(end.year, end.month - 2, 1), end)
