"""A capacity told as the figures of what can be made (`形成12万吨短纤维、5000万套服装的年生产加工能力`): each figure's
subject is the capacity of the thing named after it (短纤维年生产加工能力), see the lexicon's capacity_clause."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_CAPACITY = _LEX.compile("capacity_clause")
_THING = _LEX.compile("capacity_thing")
_CLAUSE_MARKS = ",，;；。:：\n"
_REACH = 120  # characters around a figure: the capacity words of its list (whose items span at most 80)
NO_SUBJECT = ""  # the capacity's thing is not said: the figure is no fact


def capacity_subject(text: str, start: int, end: int, q_start: int, q_end: int) -> str | None:
    """The subject of the figure text[q_start:q_end] of the sentence text[start:end] when it is an item of a
    capacity list (`粘胶短纤维年生产加工能力`), NO_SUBJECT when the item names no thing, None when it is no item."""
    lo, hi = max(start, q_start - _REACH), min(end, q_end + _REACH)  # a list is short: each figure reads a bounded span
    clause_start = max(lo, *(text.rfind(c, lo, q_start) + 1 for c in _CLAUSE_MARKS))
    ends = [i for i in (text.find(c, q_end, hi) for c in _CLAUSE_MARKS) if i >= 0]
    clause_end = min(ends, default=hi)
    found = _CAPACITY.search(text, clause_start, clause_end)
    if found is None or not found.start("items") <= q_start < found.end("items"):
        return None
    thing = _THING.match(text, q_end, found.end())
    if thing is None or len(thing.group()) < 2:
        return NO_SUBJECT
    measure = found["measure"]
    if found["yearly"] and not found["per_year"]:  # `年产…的生产能力` → 年生产能力, `年产…的能力` → 年产能力
        made = found["act"] or found["output"]
        measure = found["yearly"][:1] + measure if made else found["yearly"] + measure
    return thing.group() + measure
