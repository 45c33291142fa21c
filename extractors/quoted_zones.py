"""Quoted zones of a city: a quoted name written right after a city or county (`合肥“中国声谷”`) is that place's
zone or base, so a later clause that names it again (`“中国声谷”内…430家企业…产值650亿元`) is about that place."""

from __future__ import annotations

from .gazetteer import Place
from .lexicon import lexicon
from .places import place_mentions

_QUOTED_ZONE = lexicon().compile_at("city_quoted_zone")
_QUOTED_ANYWHERE = lexicon().compile("city_quoted_zone")
_NAME_REACH = 8   # characters before a quote where its place's name may stand
_LEVELS = ("city", "county")   # a province's quoted name is more often a policy (`浙江“最多跑一次”`) than a place's zone
_LAST: list = [(None, {})]     # the last text asked about: its figures ask many times


def quoted_zones(text: str) -> dict[str, Place]:
    """Each quoted name the text writes right after one city or county, with that place; a name written after two
    different places names none."""
    seen, zones = _LAST[0]
    if seen is text:
        return zones
    found: dict[str, set] = {}
    for quoted in _QUOTED_ANYWHERE.finditer(text):
        before = [m for m in place_mentions(text, max(0, quoted.start() - _NAME_REACH), quoted.start())
                  if m.end == quoted.start()]
        if before and before[-1].kind == "place" and before[-1].place is not None \
                and before[-1].place.level in _LEVELS:
            found.setdefault(quoted["name"], set()).add(before[-1].place)
    zones = {name: places.pop() for name, places in found.items() if len(places) == 1}
    _LAST[0] = (text, zones)
    return zones


def zone_place(text: str, lo: int, pos: int) -> Place | None:
    """The place of the one quoted zone named in text[lo:pos] (the figure's clauses), if the text tied it to a
    city or county; None when it names none or several."""
    zones = quoted_zones(text)
    if not zones:
        return None
    named, i = set(), text.find("“", lo, pos)
    while i != -1:
        q = _QUOTED_ZONE.match(text, i)
        if q is not None and q.end() <= pos and q["name"] in zones:
            named.add(zones[q["name"]])
        i = text.find("“", i + 1, pos)
    return named.pop() if len(named) == 1 else None
