"""The day's flow a running count's word names in a bulletin's paragraph of one day: `治愈出院确诊病例7例` after
`1月23日0-24时,全省新增…` is that day's cured (covid.new_cured), not the cumulative cured."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_DAY_FLOW_OF: dict[str, str] = _LEX.values("day_flow_of_running")
_DAY_SPAN = _LEX.compile("case_day_span")
_RUNNING = _LEX.compile("case_running_cue")
_REACH = 300   # characters before the figure searched for its day (a paragraph's opening sentence; bounded)


def day_flow_of(indicator: str | None, subject: str, text: str, para_start: int, pos: int) -> str | None:
    """The day-flow indicator a running indicator's figure at pos is, when the last time before it in its
    paragraph is a bulletin's day (`0-24时`, `当日`) with no running-count word (`截至`, `累计`, `已治愈出院`) or
    other day between; else None."""
    flow = _DAY_FLOW_OF.get(indicator or "")
    if flow is None or _RUNNING.search(subject):
        return None
    lo = max(para_start, pos - _REACH)
    day = max(_DAY_SPAN.finditer(text, lo, pos), key=lambda d: d.start(), default=None)  # the last one
    if day is None or _RUNNING.search(text, day.end(), pos):
        return None
    return flow
