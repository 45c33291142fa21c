"""Counts of divisions: `10个省份增速回落` counts provinces, so its region is above that level or none; a figure
after a reach over such a count (`推广到13个省49个县`) is no figure of one place at that level."""

from __future__ import annotations

from .lexicon import lexicon
from .places import gazetteer, place_mentions

_COUNTED = lexicon().compile("division_count")
_COUNTED_AFTER = lexicon().compile("counted_divisions_after")
_RANK = {"town": 0, "county": 1, "city": 2, "province": 3, "national": 4, "world": 5}
_UNITS = frozenset(lexicon().values("unit_ge").values())  # the generic count
_CLAUSE_MARKS = (",", "，", ";", "；", "。", ":", "：")
_NOTE_OPENERS = ("(", "（")  # `中欧班列(重庆)`: a place in a name's bracket is no place named again
_HOLDER_REACH = 24  # characters before a count of divisions where the place holding them stands
_REACH = lexicon().compile("reach_count")
_REACH_LOOKBACK = 240  # characters of the sentence before a figure searched for a reach (bounded: no quadratic walk)
_REACH_TAIL = 24  # characters after a figure's start its own reach may end in (`覆盖15个省份`: the count itself)


def above_counted(subject: str, unit: str | None, region: str | None, holder=None, after: str = "") -> str | None:
    """The region, unless the figure counts divisions of its level or above (then None): a count of 28
    provinces is no province's figure, a count of 18 cities is the province's or the country's. A place of a
    higher level written just before the count in its clause holds the counted divisions (`支援湖北省除武汉市外的
    16个市州` → 湖北省, not the paper's 全国): `holder` is that clause's places, last first. `after` is the text right
    after the count's number (`个深度贫困县…`: counties named by what they are, lexicon counted_divisions_after)."""
    if unit not in _UNITS:
        return region
    counted = _COUNTED.match(subject) or _COUNTED_AFTER.match(after)
    if counted is None:
        return region
    level = next(name for name, value in counted.groupdict().items() if value)
    for m in holder or ():
        if m.place is not None and _RANK.get(m.place.level, -1) > _RANK[level]:
            return m.place.name
    if region is None:
        return region
    place = gazetteer().named(region)
    if place is None or place.level not in _RANK:
        return region
    return region if _RANK[place.level] > _RANK[level] else None


def clause_places(text: str, places: list, pos: int) -> list:
    """The places written in the comma clause before pos (at most _HOLDER_REACH characters back), last first."""
    lo = max(0, pos - _HOLDER_REACH)
    lo = max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)
    return [m for m in reversed(places) if lo <= m.start and m.end <= pos and m.kind in ("place", "national")]


def beyond_reach(text: str, sentence_start: int, pos: int, region: str | None) -> str | None:
    """The region, unless the sentence before the figure at pos spreads something to a count of divisions of the
    region's level or above (`内乡县…模式推广到全国13个省49个县,帮扶36万多贫困人口`: over 49 counties, no
    county's figure; a province's network covering 34 cities stays the province's)."""
    if region is None:
        return region
    place = gazetteer().named(region)
    if place is None or place.level not in _RANK:
        return region
    lo = max(sentence_start, pos - _REACH_LOOKBACK)
    for reach in _REACH.finditer(text, lo, pos + _REACH_TAIL):
        if reach.start() >= pos:
            break
        level = next(name for name, value in reach.groupdict().items() if value)
        if _RANK[place.level] <= _RANK[level] and not _named_again(text, reach.end(), pos, place):
            return None
    return region


def _named_again(text: str, lo: int, pos: int, place) -> bool:
    """The region's place is named again between the reach and the figure, not as a bracket's note (`…29个省市区的企业
    通过中欧班列(重庆)…,实现进出口…,其中重庆企业进出口183.8亿元,增长41.5%`): the figures after it are that place's own."""
    return any(m.place is not None and m.place.name == place.name and text[m.start - 1:m.start] not in _NOTE_OPENERS
               for m in place_mentions(text, lo, pos))
