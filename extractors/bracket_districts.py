"""A district whose whole name is a common word (`城区`, `郊区`: lexicon `generic_division_names`) written as an item of
a city's bracketed case list (`晋城市10例(城区5例、沁水县2例)`): the city heads it there as it does in `晋城市城区`, so
it is that city's district (kinds63 Shanxi bulletin: its count was a bare `城区` with the city's region)."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .lexicon import lexicon

_HEAD = lexicon().compile("bracket_list_head")
_REACH = 80  # characters back from the item to its city's count and bracket


def bracket_district(text: str, start: int, word: str) -> Place | None:
    """The district named `word` of the city whose bracketed list holds the item at text[start:]."""
    head = _HEAD.search(text, max(0, start - _REACH), start)
    if head is None:
        return None
    g = gazetteer()
    city = next((found for n in range(len(head["city"]) - 1) if (found := _city(g, head["city"][n:])) is not None), None)
    if city is None:
        return None  # the words before the count name no city (`据通报佳木斯市…`: the city is the longest name that ends them)
    return next((p for p in g.by_name.get(word, []) if p.parent == city.code), None)


def _city(g, name: str) -> Place | None:
    kind, city, _ = g.words.get(name, ("none", None, ""))
    return city if kind == "place" and city is not None and city.level == "city" else None
