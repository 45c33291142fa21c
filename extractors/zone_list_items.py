"""A zone opening a list of counts by place (`其中，宜昌高新区10个，宜都市3个，枝江市2个`): the zone is the first item's
place, not its measure, so its name is no subject the later items inherit (every item counted `高新区`, kinds44 #62–#68);
each item counts what the list's head or whole counts (签约项目), and its place is its own."""

from __future__ import annotations

from .breakdown_items import _ITEM_EDGE, _breakdown_item, place_head, zone_place
from .lexicon import lexicon

_NEXT_ITEM = lexicon().compile_at("zone_list_next_item")
_OF_WHICH = lexicon().compile("^[\\s,，]*{of_which}")
_GRADE_CLASS = lexicon().compile("zone_grade_class")  # `国家级开发区`: a grade of zones, no zone


def zone_heads_list(text: str, raw: str, after: int, end: int) -> bool:
    """Whether raw, the words before a count, names only a zone the gazetteer does not know (`宜昌高新区`, `东湖高新区`)
    and the next clause after the count (from after, before end) is an item of a known place with its own figure
    (`，宜都市3个`), or the zone opens a part after `其中`: the zone is an item of a list by place."""
    if _breakdown_item(raw) is not None or zone_place(raw) is None or _GRADE_CLASS.match(raw):
        return False
    if _OF_WHICH.match(raw):
        return True  # `其中襄阳高新区12个`: a part by place of the whole before, even as the only item
    nxt = _NEXT_ITEM.match(text, after, end)
    return nxt is not None and _breakdown_item(nxt["item"]) is not None


def zone_item_place(raw: str) -> str | None:
    """The first item's place: none to write ("") for a zone whose name opens with no known place (`东湖高新区`: never
    the city in force, whose count it is only a part of); else None, left to the resolver (`宜昌高新区`)."""
    return "" if place_head(_ITEM_EDGE.sub("", raw)) == 0 else None
