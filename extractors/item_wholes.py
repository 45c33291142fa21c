"""A whole broken down by places holds them all: `目前有疑似病例40例,其中:郑州市20例,开封市10例,洛阳市5例` in a
bulletin whose headline names 洛阳 is the province's count, not 洛阳市's. When the region a whole got from a scope
in force (its own words before it name no place) holds not every place its items name, it yields to the smallest
province or city holding that region and every item (河南省), else to none: a wrong place is worse than an empty
one. Items the gazetteer does not know, or a whole with no region, are left as they are."""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import Place, gazetteer
from .places import place_mentions

_WIDER = ("province", "city")   # the levels a whole may yield to
_REACH = 80   # drafts after a whole where its items are looked for (a long run of other figures has none)
_DIVISIONS = (*_WIDER, "county")   # the levels of a whole that may not hold its items (not the country)


def holding_wholes(drafts: list) -> None:
    """Re-place, in place, each whole of one sentence's drafts (text order) whose items it does not hold."""
    if not any(d.item for d in drafts):
        return
    for k, d in enumerate(drafts):
        if d.item or not d.fact.region or place_mentions(d.lead):
            continue  # `…；云南…244.6亿元，…；四川和重庆分别为…`, `全国…`: a place its own words name stays
        whole = gazetteer().named(d.fact.region)
        if whole is None or whole.level not in _DIVISIONS:
            continue
        places = [gazetteer().by_name.get(e.fact.region or "", []) for e in _items_of(drafts, k)]
        if not places or not all(places) or all(_holds_one(whole, p) for p in places):
            continue  # no items, one the gazetteer does not know, or all inside the whole
        wider = next((a for a in _ancestors(whole) if all(_holds_one(a, p) for p in places)), None)
        region = wider.name if wider is not None and wider.level in _WIDER else None
        d.fact = replace(d.fact, region=region)


def _items_of(drafts: list, k: int) -> list:
    """The items by place after whole k that count what it counts, up to the next whole of that measure."""
    key = _measure(drafts[k])
    out = []
    for e in drafts[k + 1:k + 1 + _REACH]:
        if _measure(e) != key:
            continue
        if not e.item:
            break
        out.append(e)
    return out


def _measure(d) -> tuple:
    return (d.fact.indicator or d.fact.subject, d.fact.unit)


def _ancestors(place: Place) -> list[Place]:
    g, out = gazetteer(), []
    while place.parent and (place := g.by_code.get(place.parent)) is not None:
        out.append(place)
    return out


def _holds_one(holder: Place, homonyms: list[Place]) -> bool:
    """holder is, or holds, one of the places of that name."""
    return any(p.code == holder.code or holder in _ancestors(p) for p in homonyms)
