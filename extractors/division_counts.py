"""Counts of divisions: `10个省份增速回落` counts provinces, so its region is above that level or none."""

from __future__ import annotations

from .lexicon import lexicon
from .places import gazetteer

_COUNTED = lexicon().compile("division_count")
_RANK = {"town": 0, "county": 1, "city": 2, "province": 3, "national": 4, "world": 5}
_UNITS = frozenset(lexicon().values("unit_ge").values())  # the generic count


def above_counted(subject: str, unit: str | None, region: str | None) -> str | None:
    """The region, unless the figure counts divisions of its level or above (then None): a count of 28
    provinces is no province's figure, a count of 18 cities is the province's or the country's."""
    if region is None or unit not in _UNITS:
        return region
    counted = _COUNTED.match(subject)
    if counted is None:
        return region
    place = gazetteer().named(region)
    if place is None or place.level not in _RANK:
        return region
    level = next(name for name, value in counted.groupdict().items() if value)
    return region if _RANK[place.level] > _RANK[level] else None
