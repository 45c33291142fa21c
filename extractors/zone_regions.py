"""A bulletin's zone item as its own region: `经开区4例` in a city's list is the city's zone (南昌市经开区), not the city.

The list reader names a zone the gazetteer does not know in the count's subject (`新增确诊病例(经开区)`) and gives it no
gazetteer place; its region is the zone under the city its list's other items lie in (`进贤县3例;安义县1例;经开区1例`:
南昌市's counties), else the city in force, written whole (`南昌市经开区`), or as the item wrote it when it already opens
with a place (`沈阳市临空开发区`); a zone known by a district-like short name the gazetteer lacks (`净月区`, `汽开区` in
长春's list) is one too. With no such city the zone is no region the reader could chart: none, the subject
still names it.
"""

from __future__ import annotations

from .breakdown_items import place_head
from .gazetteer import Place, gazetteer
from .lexicon import lexicon

_ZONE_NAMED = lexicon().compile(r"[(](?P<zone>{unnamed_zone_item}|{zone_short_district})[)]$")
_CITY = "city"


def zone_region(subject: str, scopes: list[Place | None], siblings: list[Place]) -> str | None:
    """The region of a zone item whose subject names the zone (`…(经开区)`), else None; siblings: the places the
    sentence names (its list's other items)."""
    named = _ZONE_NAMED.search(subject or "")
    if named is None:
        return None
    zone = named["zone"]
    if place_head(zone):
        return zone  # `沈阳市临空开发区`: the zone under the place it names
    city = _siblings_city(siblings) or next((p for p in scopes if p is not None and p.level == _CITY), None)
    return city.name + zone if city is not None else None


def _siblings_city(siblings: list[Place]) -> Place | None:
    """The one city all the counties the list names lie in, if they agree."""
    g = gazetteer()
    cities = {g.parent(p, _CITY) for p in siblings if p.level == "county"} - {None}
    return cities.pop() if len(cities) == 1 else None
