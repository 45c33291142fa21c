"""A figure on a page that gives no date and names no year, whose sentence names its time without a year (`7月受理44296件`,
`4月份,…进出口总值68.5亿元`): the period cannot be settled, so the subject keeps the time (`7月受理`), else a month's
count would read as the year's or as any other month's. The words are lexicon/time.toml's `unyeared_span`."""

from __future__ import annotations

from .lexicon import lexicon
from .periods import TimeMention

_UNYEARED = lexicon().compile("unyeared_span")
_OPENING_REACH = 2  # characters before a sentence's opening time (a bracket, a space)


def unyeared_time(times: list[TimeMention], sentence: int, clause: int, pos: int) -> str:
    """The yearless time told in the figure's own clause (from clause to pos), else the one opening its sentence; ""
    when there is none (the subject takes it once the filters have read the subject: draft_facts.py)."""
    own = [tm for tm in times if clause <= tm.start < pos]
    told = own[-1] if own else next((tm for tm in times if sentence <= tm.start <= sentence + _OPENING_REACH), None)
    if told is None or not _UNYEARED.fullmatch(told.text, told.start, told.end):
        return ""
    return told.text[told.start:told.end]
