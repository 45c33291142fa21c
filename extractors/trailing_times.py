"""A since-time that trails an earlier statement's figure (`电子行业增长48.3%,自2022年8月以来一直保持…；装备制造业增长43.2%`):
it says how long that figure's trend has held, and dates no figure after the statement's `；`. A time that opens its
statement (`2022年以来,工业增长8%；服务业增长5%`) still carries on."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import lexicon
from .periods import TimeMention, _start_of

_SINCE_END = lexicon().compile("trend_since_end")
_CAUSE = lexicon().compile("cause_after_figure")
_STATEMENT_ENDS = "；;"


def _figure_before(text: str, start: int, end: int, times: list[TimeMention]) -> bool:
    """A digit in text[start:end] outside every time: a figure stated before the time at `end`."""
    spans = [(tm.start, tm.end) for tm in times if tm.end > start and tm.start < end]
    return any(ch.isdigit() and not any(a <= i < b for a, b in spans)
               for i, ch in enumerate(text[start:end], start))


def without_trailing_times(text: str, start: int, pos: int, times: list[TimeMention]) -> list[TimeMention]:
    """`times` less those in text[start:pos] that trail a figure of a statement ending before `pos`, and those inside a
    cause told after a figure (`…下降36.2%,主要是因为今年…减少;豆类6吨`: cause_after_figure)."""
    causes = [c.span() for c in _CAUSE.finditer(text, start, pos) if c.end() < pos]
    if causes:
        times = [tm for tm in times if not any(a <= tm.start < b for a, b in causes)]
    cut = max(text.rfind(mark, start, pos) for mark in _STATEMENT_ENDS)
    if cut < 0:
        return times
    lo, hi = bisect_left(times, start, key=_start_of), bisect_left(times, cut, key=_start_of)
    trailing, statement = set(), start
    for tm in times[lo:hi]:
        marks = [i for i in (text.rfind(m, statement, tm.start) for m in _STATEMENT_ENDS) if i >= 0]
        statement = max(marks) + 1 if marks else statement
        if _SINCE_END.search(text[tm.start:tm.end]) and _figure_before(text, statement, tm.start, times[lo:hi]):
            trailing.add(tm.start)
    return [tm for tm in times if tm.start not in trailing] if trailing else times
