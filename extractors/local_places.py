"""Local places: `当地` in a figure's clause stands for the Chinese division its sentence named before it
(`该公司在江苏省…,还与当地政府签署了投资3亿美元的协议` → 江苏省) — the figure's place when its clause names none
(regions.py); with no such division in the sentence, the paragraph's or story's place holds as before."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import lexicon
from .places import PlaceMention

_LOCAL = lexicon().compile("local_anaphor")
_CLAUSE_ENDS = (",", "，", ";", "；", ":", "：")
_SENTENCE_ENDS = ("。", "!", "?", "！", "？", "\n")
_DIVISIONS = ("province", "city", "county", "town")
_REACH = 240  # characters before a figure searched (a run-on sentence: bounded, never a walk to its start)


def local_place(text: str, mentions: list[PlaceMention], starts: list[int], sentence_start: int, pos: int) \
        -> PlaceMention | None:
    """The division `当地` in the figure's comma clause (before pos) refers back to: the last one named as a
    subject earlier in the sentence (not a comparison's, not a foreign country), else None."""
    reach = max(sentence_start, pos - _REACH)
    lo = max(reach, max(text.rfind(c, reach, pos) for c in _CLAUSE_ENDS) + 1)
    local = _LOCAL.search(text, lo, pos)
    if local is None:
        return None
    opened = max(reach, max(text.rfind(c, reach, local.start()) for c in _SENTENCE_ENDS) + 1)
    for k in range(bisect_left(starts, local.start()) - 1, -1, -1):
        m = mentions[k]
        if m.start < opened:
            break
        if m.kind == "place" and m.subject and not m.comparison and m.place is not None \
                and m.place.level in _DIVISIONS:
            return m
    return None
