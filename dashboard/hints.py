"""The catalog's presentation hints as the dashboard uses them: family pages, default and headline indicators,
chart kinds and which indicators split their series by subject (`[display]` in extractors/catalog/*.toml).

Nothing here lists indicators: a new catalog entry is charted by the same code.
"""

from __future__ import annotations

from functools import cache

from extractors.catalog import Catalog, Indicator, Page, default_catalog


def catalog() -> Catalog:
    return default_catalog()


def pages() -> tuple[Page, ...]:
    return catalog().pages


@cache
def page(key: str) -> Page | None:
    return next((p for p in pages() if p.key == key), None)


def indicator(indicator_id: str | None) -> Indicator | None:
    return catalog().by_id.get(indicator_id) if indicator_id else None


@cache
def default_series(family: str) -> tuple[str, ...]:
    """Series charted when the family's page opens (catalog order)."""
    return tuple(i.id for i in catalog().indicators if i.family == family and i.display.default)


@cache
def headline() -> tuple[str, ...]:
    """The Overview's headline indicators: page order, then catalog order."""
    order = {p.family: n for n, p in enumerate(pages())}
    inds = [i for i in catalog().indicators if i.display.headline]
    return tuple(i.id for i in sorted(inds, key=lambda i: (order.get(i.family, len(order)), i.order)))


def splits_by_subject(indicator_id: str | None) -> bool:
    ind = indicator(indicator_id)
    return ind is not None and ind.display.series_by == "subject"


def chart_kind(indicators) -> str:
    """The chart kind the indicators share (`stack`, `bar`), else `line`."""
    kinds = {ind.display.chart if (ind := indicator(i)) else "line" for i in indicators}
    return kinds.pop() if len(kinds) == 1 else "line"


def subject_rank(indicator_id: str | None) -> int:
    """Catalog position, used to decide which subject-split series keeps the bare subject as its label."""
    ind = indicator(indicator_id)
    return ind.order if ind else len(catalog().indicators)
