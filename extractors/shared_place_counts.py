"""A count the places of a list share through `各` (`南阳市、商丘市各2例`, `济宁、泰安各1例`): one figure of it for each
place, with the measure, time and status the list's other items have (lexicon places.toml `shared_count_items`).

An item with its district in brackets (`淄博市(周村区)、菏泽市(曹县)各1例`) is that district's when the district lies
in the city, else the city's. Any item that is no place (`大米、面粉各2吨`) makes the list none of places."""

from __future__ import annotations

import regex

from .breakdown_items import _breakdown_item
from .gazetteer import gazetteer
from .homonym_districts import within_city
from .lexicon import lexicon
from .place_words import breakdown_place

_LEX = lexicon()
_ITEMS = _LEX.compile("shared_count_items")
_MARK = _LEX.words("list_joiner")[0]   # 、
_JOINERS = _LEX.words("list_joiner")[1:]   # 和 及 与: split only where both halves are places
_BRACKETED = regex.compile(r"(?P<outer>[^()（）]+)[(（](?P<inner>[^()（）]+)[)）]$")


def places_sharing(text: str, lo: int, pos: int) -> list[str] | None:
    """The places, in order, of the list in text[lo:pos] that shares the count at pos through `各`; None if none."""
    m = _ITEMS.search(text[lo:pos])
    if m is None:
        return None
    places: list[str] = []
    for piece in m["items"].split(_MARK):
        found = _item(piece, first=not places)
        if found is None:
            return None
        places.extend(found)
    return places if len(places) >= 2 else None


def _item(piece: str, first: bool) -> list[str] | None:
    """The place(s) one piece between `、` names: `南阳市`, `淄博市(周村区)`, or two joined (`开封市和新乡市`)."""
    if (one := _place(piece, first)) is not None:
        return [one]
    for joiner in _JOINERS:
        at = piece.find(joiner, 2)
        while at != -1:
            left, right = _place(piece[:at], first), _place(piece[at + 1:], False)
            if left is not None and right is not None:
                return [left, right]
            at = piece.find(joiner, at + 1)
    return None


def _place(piece: str, first: bool) -> str | None:
    bracketed = _BRACKETED.fullmatch(piece)
    outer = bracketed["outer"] if bracketed else piece
    city = _breakdown_item(outer, True) if first else breakdown_place(outer, True)
    if city is None or not bracketed:
        return city
    district = breakdown_place(bracketed["inner"], True)
    return within_city(district, city) if district and _lies_in(district, city) else city


def _lies_in(district: str, city: str) -> bool:
    g = gazetteer()
    holder = g.named(city)
    return holder is not None and any(p.parent == holder.code for p in g.by_name.get(district, []))
