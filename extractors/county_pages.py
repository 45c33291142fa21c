"""A page or story about one district or county of a city: the city is named more often (in the chain `某某市某某区`,
a venue `某某市委党校`), but the words of the district's own institutions (`区属`, `全区`, `代区长`: lexicon
county_government) tell whose report it is (round 49, kinds48 02: a news site's report of a district's work report)."""

from __future__ import annotations

import re

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .word_scanner import alternation

_LEX = lexicon()
_COUNTY_GOVERNMENT = _LEX.compile("county_government")
_CITY_GOVERNMENT = re.compile(alternation(_LEX.words("city_government")))
_CITY_SUFFIX = _LEX.words("city_suffix")[0]
_AUTONOMOUS_REGION = _LEX.words("autonomous_region_suffix")[0]
_LEAST = 2   # times the district's institutions are named, at least


def own_county(text: str, lo: int, hi: int, city: Place, named) -> Place | None:
    """The one district or county of `city` among the places `named` (a county-level city is no district: it is its
    own `全市`), when text[lo:hi] names that division's institutions at least twice and at least as often as the
    city's (`市委`, `全市`); else None."""
    g = gazetteer()
    inside = {p.code: p for p in named if p.level == "county" and (g.parent(p, "city") or p).code == city.code}
    if len(inside) != 1:
        return None   # none, or two of its divisions: the city's page
    place = next(iter(inside.values()))
    if place.name.endswith(_CITY_SUFFIX):
        return None
    level = place.name[-1]
    province = g.parent(place, "province")
    autonomous = province is not None and province.name.endswith(_AUTONOMOUS_REGION)  # its `全区` is the province's
    own = sum(1 for m in _COUNTY_GOVERNMENT.finditer(text, lo, hi)
              if m["level"] == level and not (autonomous and m["whole"]))
    return place if own >= _LEAST and own >= len(_CITY_GOVERNMENT.findall(text, lo, hi)) else None
