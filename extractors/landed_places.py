"""Landed places: the place, after a figure in its clause or right before it, where the counted things land or start
(`20项建设项目在京落地`, `12个项目在温州落户`, `已累计在全国落地17个项目`) — the figure's place when its clause names
none before it (regions.py); the division a national body allots money to (`财政部下达河南的…专项债券`); and the place
a figure's clause names as what gains it (`每年可为法国带来超过560亿欧元的收入`)."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import lexicon
from .places import PlaceMention

_LANDING = lexicon().compile("landing_verb")
_LOCATIVE = lexicon().words("locative")[0]
_CLAUSE_ENDS = (",", "，", ";", "；", "。")
_LANDING_REACH = 2  # characters between a landing verb and the figure it lands (`落地了17个`)
_ALLOTTED = lexicon().compile("allotted_to_before")
_VERB_REACH = 3   # characters of an allotting verb before the place (`拨付给`)
_OF = lexicon().words("modifier_end")[0]   # 的
_DIVISIONS = ("province", "city", "county")
_BENEFIT = lexicon().compile("benefit_after")
_FOR = lexicon().words("benefit_receiver_before")[0]
_PLACES = ("place", "national")


def landed_place(text: str, mentions: list[PlaceMention], starts: list[int], start: int, pos: int, end: int) \
        -> PlaceMention | None:
    """`20项建设项目在京落地`, `12个项目在温州落户`: the place, after the figure (start..pos) in its clause (up to
    end), where the counted things land or start; or right before it, the figure being what lands
    (`已累计在全国落地17个项目`)."""
    stop = min((i for i in (text.find(c, pos, end) for c in _CLAUSE_ENDS) if i != -1), default=end)
    k = bisect_left(starts, start)
    if k and _lands(text, mentions[k - 1]):
        verb = _LANDING.match(text, mentions[k - 1].end)
        if start - verb.end() <= _LANDING_REACH:
            return mentions[k - 1]
    for m in mentions[bisect_left(starts, pos):]:
        if m.start >= stop:
            break
        if _lands(text, m):
            return m
    return None


def _lands(text: str, m: PlaceMention) -> bool:
    at = text[m.start] == _LOCATIVE or text[m.start - 1:m.start] == _LOCATIVE
    # `在全国落地` reads like a comparison (`在全国率先`) but lands things
    return (m.kind == "national" or m.kind == "place" and m.subject) and at and _LANDING.match(text, m.end) is not None


def allotted_place(text: str, mentions: list[PlaceMention], starts: list[int], lo: int, pos: int) \
        -> PlaceMention | None:
    """`财政部提前下达河南的首批专项债券500亿元`: in a national figure's clause (lo..pos), the Chinese division the
    money or quota is allotted to (a verb of lexicon allotted_to_before, then `的`): what it received, its own."""
    for m in mentions[bisect_left(starts, lo):bisect_left(starts, pos)]:
        if m.kind == "place" and m.place is not None and m.place.level in _DIVISIONS \
                and text[m.end:m.end + 1] == _OF and _ALLOTTED.search(text, max(0, m.start - _VERB_REACH), m.start):
            return m
    return None


def benefited_place(text: str, mentions: list[PlaceMention], starts: list[int], lo: int, pos: int) \
        -> PlaceMention | None:
    """`银发经济每年可为法国带来超过560亿欧元的收入`: in the figure's comma clause (lo..pos), the place after `为` that
    gains what a benefit verb right after it brings, else None."""
    for m in mentions[bisect_left(starts, lo):bisect_left(starts, pos)]:
        if m.kind in _PLACES and text[m.start - 1:m.start] == _FOR and _BENEFIT.match(text, m.end) is not None:
            return m
    return None
