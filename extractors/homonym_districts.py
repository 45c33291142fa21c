"""A district name several cities share (`市中区` of 济南 and of 枣庄, `鼓楼区` of four cities), named as an item of a
list in the bracket after its city's own item (`济南市16例(市中区11例,…)`, `枣庄市(市中区)`): written with that
city's name (`济南市市中区`), as `regions.region_of` writes a `城区`, so that the two are told apart. Named with no
such city item before it (`福州市累计确诊病例71例,其中:鼓楼区20例`, or no city at all), the bare name stays: a
city's own report names its own district."""

from __future__ import annotations

from .gazetteer import gazetteer
from .lexicon import lexicon
from .places import place_mentions

_CITY = "city"
_UNDER = lexicon().compile("city_item_bracket")


def within_city(name: str, city: str | None) -> str:
    """`市中区` under 济南市 → 济南市市中区 when several divisions share the name and one lies in that city; the name
    itself otherwise."""
    g = gazetteer()
    homonyms = g.by_name.get(name, [])
    holder = g.named(city) if city else None
    if len(homonyms) < 2 or holder is None or holder.level != _CITY:
        return name
    return holder.name + name if any(p.parent == holder.code for p in homonyms) else name


def headed_district(text: str, start: int, pos: int, name: str) -> str:
    """An item's district name (before pos, in the sentence from start) with the city the sentence last named
    before it, when several divisions share the name (`…、枣庄市9例(市中区5例` → 枣庄市市中区)."""
    if len(gazetteer().by_name.get(name, [])) < 2:
        return name
    cities = [m for m in place_mentions(text, start, pos)
              if m.kind == "place" and m.place is not None and m.place.level == _CITY]
    if not cities or not _UNDER.match(text[cities[-1].end:pos]):
        return name  # `福州市…,其中:鼓楼区20例`: the city's own report names its own district
    return within_city(name, cities[-1].place.name)
