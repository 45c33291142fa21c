"""The place that opens a `；` item of a sentence that runs several places' items: `山东济南在…清理…；广东深圳对标…，
集中力量…，全市…已完成综合治理1200个；四川成都…`: the scope word `全市` of the second item is 深圳's, not the place
the sentence opened with (济南). Only an item after a `；` and only a place (or a chain, `广东深圳`) that opens it."""

from __future__ import annotations

from bisect import bisect_left

from .place_chains import chain_end
from .place_topics import is_topic
from .places import PlaceMention

_ITEM_MARKS = (";", "；")
_REACH = 240  # characters back from a scope word its item's `；` may stand


def item_opening_place(text: str, places: list[PlaceMention], starts: list[int], sentence_start: int,
                       pos: int) -> PlaceMention | None:
    """The place that opens the `；` item holding pos (places sorted by start), when a `；` of the sentence stands
    before pos and the item's first place opens it (after time words or connectives); else None."""
    lo = max(sentence_start, pos - _REACH)
    item = max(text.rfind(mark, lo, pos) for mark in _ITEM_MARKS) + 1
    if item <= 0 or item <= sentence_start:
        return None
    k = bisect_left(starts, item)
    if k >= len(places) or places[k].start >= pos or places[k].kind != "place" or places[k].place is None \
            or not is_topic(text, places[k], item):
        return None
    return chain_end(places, k, text)
