"""The place of a figure in a bracket that opens right after an item's count of cases: the bracket's counts are parts
of that item's (`喀什地区2例(乌鲁木齐市输入病例1例、…)` → 喀什地区), unless a place of the bracket heads its own."""

from __future__ import annotations

from bisect import bisect_left

from .gazetteer import gazetteer
from .lexicon import lexicon
from .places import PlaceMention
from .sentences import inside_bracket

_COUNT_BEFORE = lexicon().compile("item_count_bracket")
_COUNT_REACH = 10   # characters: the count and bracket before the bracket's first word
_BRACKET_REACH = 60   # characters from a bracket's opening to a figure inside it


def item_bracket_owner(text: str, mentions: list[PlaceMention], starts: list[int], pos: int) -> PlaceMention | None:
    """The place heading the item whose count the bracket around pos opens after, if the bracket names no place of
    its own before pos (origins, `乌鲁木齐市输入`, name none); else None."""
    lo = max(0, pos - _BRACKET_REACH)
    opening = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    if opening < 0 or not inside_bracket(text, opening, pos):
        return None
    count = _COUNT_BEFORE.search(text, max(0, opening + 1 - _COUNT_REACH), opening + 1)
    if count is None:
        return None
    k = bisect_left(starts, pos) - 1
    while k >= 0 and mentions[k].start > opening:
        if mentions[k].subject:
            return None  # `莆田市10例(城厢区7例,…)`: the bracket's own place
        k -= 1
    m = mentions[k] if k >= 0 else None
    return m if m is not None and m.kind == "place" and m.subject and m.end == count.start() else None


_IMPORTED_BEFORE = lexicon().compile("imported_count_bracket")
_ORIGIN_REACH = 80   # characters from an imported count to a figure inside its bracket


def origin_item(text: str, pos: int, place: str) -> bool:
    """Is a country (place) heading an item whose figure is at pos inside the bracket of an imported count
    (`境外输入5例(缅甸3例、澳大利亚1例)`)? It is where the cases came from, so the part is the count's place's, of that
    origin. A province there (`境外输入病例12例(上海5例,…)`) is where they were counted, as in any list by place."""
    named = gazetteer().named(place)
    return named is not None and named.level == "foreign" \
        and _IMPORTED_BEFORE.search(text, max(0, pos - _ORIGIN_REACH), pos) is not None
