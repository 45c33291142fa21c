"""A set a scope word numbers right before its count (`跻身全省首批40个乡村振兴示范区`, `入选全国首批100个示范村`): the
scope's whole set, not the place the clause opened with (a county that joined it, the city of the story)."""

from __future__ import annotations

from bisect import bisect_left

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_chains import _ancestry
from .places import PlaceMention
from .quantities import UNIT_KINDS

_GAP = lexicon().compile("scope_set_gap")
_KINDS = ("scope", "national")
_COUNT_KINDS = ("count", "count_event")  # a set's size, not a share or an amount


def scope_set(text: str, places: list[PlaceMention], starts: list[int], pos: int,
              unit: str | None) -> PlaceMention | None:
    """The scope word (`全省`, `全国`) that stands right before the count at pos, only a batch word between; not a
    whole a share is taken of (`占全国44.1%`, `支撑起全国45%的经济总量`)."""
    k = bisect_left(starts, pos) - 1
    if k < 0 or places[k].kind not in _KINDS or places[k].end > pos or places[k].comparison \
            or UNIT_KINDS.get(unit or "") not in _COUNT_KINDS:
        return None
    return places[k] if _GAP.fullmatch(text, places[k].end, pos) is not None else None


def widened(region: str | None, whole: Place | None) -> str | None:
    """The scope's place in place of a region it holds (a county or city that joined the province's set) or of none;
    any other region stays (a foreign story's `全国` is its country's, not China's)."""
    if whole is None:
        return region
    if region is None:
        return whole.name
    g = gazetteer()
    place = g.named(region)
    if place is None or place.level in ("foreign", "world", "macro"):
        return region
    return whole.name if whole.level == "national" or whole.name in _ancestry(g, place)[1:] else region
