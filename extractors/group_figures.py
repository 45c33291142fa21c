"""Whether a group of places (lexicon place_group, foreign_group) is what a figure measures, so the figure has no
region: not a group a whole or a Chinese division written before it holds (`全国各地`: the country's; `甘肃贫困地区`,
`甘肃“一区一州”及深度贫困地区`: the division's own part, lexicon group_held_by_place), not where people come from, not a
partner; unnamed foreign countries (`我国接壤国家`) are never part of the Chinese whole before them. The localities taken
together (`指导各地举办…`: lexicon localities_whole) are the country where it is in force (localities_figure)."""

from __future__ import annotations

from bisect import bisect_left

from .gazetteer import FOREIGN_GROUP, LOCALITIES
from .lexicon import lexicon
from .site_places import site_set_up

_LEX = lexicon()
_HELD_GAP = _LEX.compile("group_held_by_place")
_FROM_PLACE = _LEX.compile("from_place")
_PARTNER = _LEX.compile("(?:{group_partner_before})$")
_HOLDING_DIVISIONS = ("province", "city", "county")
_COMMAS = (",", "，")
_CUE_REACH = 4   # characters before a group where `来自`, `与` … stand


def group_holder(text: str, places: list, group):
    """The Chinese division among places that ends right before an unnamed group, with only a held-gap between
    them, else None."""
    if group.kind != "group" or group.place is not None:
        return None
    return next((q for q in places if q.kind == "place" and q.place is not None and q.place.level in _HOLDING_DIVISIONS
                 and q.end <= group.start and _HELD_GAP.fullmatch(text[q.end:group.start]) is not None), None)


def group_figure(text: str, places: list, starts: list[int], lo: int, pos: int) -> bool:
    """A group of places names the subject of the figure at pos (its clause from lo): not where people come from
    (`来自…各地`), not a whole or division written before it (`全国各地`, `全省各地`, `青海贫困地区`), nor a partner
    (`与京津合作`, `引进京津专家`)."""
    named = _named_groups(text, places, starts, lo, pos)
    if not named:
        return False
    wholes = {q.end for q in places if q.kind in ("national", "scope")}  # `我国接壤国家`: foreign, no part of it
    return any(p.start not in wholes or p.scope == FOREIGN_GROUP for p in named)


def localities_figure(text: str, places: list, starts: list[int], lo: int, pos: int) -> bool:
    """The localities taken together (`各地`: lexicon localities_whole) are the only group the figure's clause (from lo)
    names as its subject (`…；指导各地举办专场招聘会4000多次`): with the country in force, its total is the country's."""
    named = _named_groups(text, places, starts, lo, pos)
    return bool(named) and all(p.scope == LOCALITIES and p.subject for p in named)  # not `从各地征集…`: an origin


def _named_groups(text: str, places: list, starts: list[int], lo: int, pos: int) -> list:
    """The groups in the clause text[lo:pos] that name what they measure (places sorted by their starts)."""
    return [p for p in places[bisect_left(starts, lo):bisect_left(starts, pos)] if _named_group(text, places, p, lo, pos)]


def _named_group(text: str, places: list, p, lo: int, pos: int) -> bool:
    """p is a group in the clause text[lo:pos] that names what it measures: no division holds it, it is no site set up
    before the own clause, no origin (`来自…`) and no partner (`与…`)."""
    if p.kind != "group" or not lo <= p.start < pos:
        return False
    own = max(text.rfind(c, lo, pos) for c in _COMMAS)  # `在大湾区设立工作站，…`: a site's place before the own clause
    return group_holder(text, places, p) is None and not (p.start < own and site_set_up(text, p)) \
        and not _FROM_PLACE.search(text, max(lo, p.start - _CUE_REACH), p.start) \
        and not _PARTNER.search(text, max(lo, p.start - _CUE_REACH), p.start)
