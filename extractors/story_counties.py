"""The province a national paper's document is wholly about, whose counties' short names then name them (`沅江布局…`
in a story on 湖南 → 沅江市), as a provincial report's do (scope_counties.py)."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .places import place_mentions
from .story_places import stories, story_place

_OWN_LEVELS = ("province", "city", "county")


def story_province(text: str, articles: list, region: Place | None) -> Place | None:
    """The one province holding the place of every story of a document whose own scope is no province or prefecture
    (a national paper), when at least one story has such a place; None when a story is national, several places'
    or of another province."""
    if region is not None and region.level in ("province", "city"):
        return None  # the document's own scope already names its counties
    g, found = gazetteer(), set()
    for opener, start, end in stories(text, articles):
        places = _headline_places(articles[opener].headline) or [story_place(text, start, end)]
        if any(p is None or p.level not in _OWN_LEVELS for p in places):
            return None
        found.update(_province_of(g, p) for p in places)
    return found.pop() if len(found) == 1 and None not in found else None


def _headline_places(headline: str) -> list[Place | None]:
    """The places a story's headline names as its subjects (`湖南落实…纪实`; `湘赣…` gives two provinces)."""
    return [m.place for m in place_mentions(headline) if m.subject and m.kind == "place"]


def _province_of(g, place: Place) -> Place | None:
    while place is not None and place.level != "province":
        place = g.by_code.get(place.parent) if place.parent else None
    return place
