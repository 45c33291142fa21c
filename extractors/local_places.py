"""Local places: `当地` in a figure's clause stands for the Chinese division its sentence named before it
(`该公司在江苏省…,还与当地政府签署了投资3亿美元的协议` → 江苏省) — the figure's place when its clause names none
(regions.py); with no such division in the sentence, the paragraph's or story's place holds as before. So does a
county's organ named alone (`…田林县…，县委县政府…，确定安置点16个`): the one county its sentence named."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import lexicon
from .places import PlaceMention

_LOCAL = lexicon().compile("local_anaphor")
_COUNTY_ORGAN = lexicon().compile("county_organ")
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


def organ_county(text: str, mentions: list[PlaceMention], starts: list[int], sentence_start: int, pos: int) \
        -> PlaceMention | None:
    """The county a county's organ named alone before the figure in its sentence (`县委县政府…确定…16个`) stands
    for: the one county the sentence names before the organ (after `针对` too), else None."""
    reach = max(sentence_start, pos - _REACH)
    lo = max(reach, max(text.rfind(c, reach, pos) for c in _SENTENCE_ENDS) + 1)
    organ = _COUNTY_ORGAN.search(text, lo, pos)
    if organ is None:
        return None
    counties = [mentions[k] for k in range(bisect_left(starts, lo), bisect_left(starts, organ.start()))
                if mentions[k].kind == "place" and mentions[k].place is not None
                and mentions[k].place.level == "county"]
    return counties[0] if len({m.place for m in counties}) == 1 else None
