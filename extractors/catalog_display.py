"""How a family and its indicators are presented, from a catalog file's `[display]` table: the family's page
(`Page`) and each indicator's chart (`Display`). The extractor ignores it; the store's views and the dashboard
are generated from it (catalog.py loads it with the indicators).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CHART_KINDS = ("line", "bar", "stack")
SERIES_BY = ("indicator", "subject")


@dataclass(frozen=True, slots=True)
class Display:
    """How an indicator is charted: what splits its series (`subject`: one series per category named in the
    text), the chart kind (`line`, `bar` for counts per period, `stack` for parts of a whole), whether it is a
    headline card or charted by default, its column in the family's wide view and its kind in the family view."""

    series_by: str = "indicator"
    chart: str = "line"
    headline: bool = False
    default: bool = False
    column: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """A family's dashboard page: URL path (also the prefix of its query parameters) and names."""

    family: str
    key: str
    name_en: str
    name_zh: str
    order: int = 100


PLAIN = Display()  # an indicator the family's display table does not name


def _display(hints: dict, where: str) -> Display:
    unknown = set(hints) - set(Display.__slots__)
    if unknown:
        raise ValueError(f"{where}: unknown display keys {sorted(unknown)}")
    shown = Display(**hints)
    if shown.chart not in CHART_KINDS or shown.series_by not in SERIES_BY:
        raise ValueError(f"{where}: chart must be one of {CHART_KINDS}, series_by one of {SERIES_BY}")
    return shown


def family_displays(display: dict, path: Path) -> dict[str, Display]:
    """Indicator id → its Display, from a family file's `[display]` table (`default` and `headline` may also
    be listed there as id lists)."""
    hints: dict[str, dict] = {i: dict(h) for i, h in display.get("indicators", {}).items()}
    for flag in ("default", "headline"):
        for ind in display.get(flag, []):
            hints.setdefault(ind, {})[flag] = True
    return {i: _display(h, f"{path.name}: [display.indicators] {i}") for i, h in hints.items()}
