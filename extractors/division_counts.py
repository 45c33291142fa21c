"""Counts of divisions: `10个省份增速回落` counts provinces, so its region is above that level or none."""

from __future__ import annotations

from .lexicon import lexicon
from .places import gazetteer

_COUNTED = lexicon().compile("division_count")
_RANK = {"town": 0, "county": 1, "city": 2, "province": 3, "national": 4, "world": 5}
_UNITS = frozenset(lexicon().values("unit_ge").values())  # the generic count
_CLAUSE_MARKS = (",", "，", ";", "；", "。", ":", "：")
_HOLDER_REACH = 24  # characters before a count of divisions where the place holding them stands


def above_counted(subject: str, unit: str | None, region: str | None, holder=None) -> str | None:
    """The region, unless the figure counts divisions of its level or above (then None): a count of 28
    provinces is no province's figure, a count of 18 cities is the province's or the country's. A place of a
    higher level written just before the count in its clause holds the counted divisions (`支援湖北省除武汉市外的
    16个市州` → 湖北省, not the paper's 全国): `holder` is that clause's places, last first."""
    if unit not in _UNITS:
        return region
    counted = _COUNTED.match(subject)
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
