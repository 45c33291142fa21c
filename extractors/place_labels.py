"""Place words that label a thing rather than name where its figure is: a group bounding what is counted (`“三区三州”
外的…`), a firm's nationality (`德国博世公司`), a route's end, a cuisine or where visiting traders come from (`杭州至金华
的杭金公路`, `重庆的菜馆`, `河南客商来考察`); places.py reads such a mention as no subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from .places import PlaceMention

_FOREIGN_FIRM = lexicon().compile("foreign_firm_tail")
_ROUTE_START = lexicon().compile_at("route_endpoint_after")
_ROUTE_END = lexicon().compile_at("route_end_after")
_CUISINE = lexicon().compile_at("cuisine_after")
_VISITOR = lexicon().compile_at("visitor_after_place")
_ROUTE_JOINERS = frozenset(lexicon().words("route_joiner"))
_GROUP_BOUNDS = lexicon().compile("group_bounds_a_whole")
_EXCLUDED = lexicon().compile_at("place_excluded_after")


def bounds_a_whole(text: str, a: int, b: int) -> bool:
    """`“三区三州”外的…`, `包括长三角在内的…`: the group bounds what is counted, it is not the figure's place."""
    before, after = _GROUP_BOUNDS.search(text[max(0, a - 3):a]), _GROUP_BOUNDS.match(text[b:b + 3])
    return bool(before and before["before"]) or bool(after and not after["before"])


def excluded_place(text: str, m: PlaceMention) -> bool:
    """`湖北以外省份新增…`: a place set apart from what is counted, no place of the figure's (place_excluded_after)."""
    return m.kind == "place" and _EXCLUDED.match(text, m.end) is not None


def foreign_firm(text: str, m: PlaceMention) -> bool:
    """`德国博世公司`, `荷兰鲜花育种商`: the country names a firm's nationality, not where the firm's figures are."""
    return m.kind == "place" and m.place is not None and m.place.level == "foreign" \
        and _FOREIGN_FIRM.match(text, m.end) is not None


def as_label(text: str, a: int, b: int) -> bool:
    """`杭州至金华的杭金公路`, `重庆、河南的菜馆`, `河南客商来考察`: a place named as a route's end, a cuisine or where
    visiting traders come from, not what a story is about."""
    return _ROUTE_START.match(text, b) is not None or _CUISINE.match(text, b) is not None \
        or _VISITOR.match(text, b) is not None \
        or (text[a - 1:a] in _ROUTE_JOINERS and a > 0 and _ROUTE_END.match(text, b) is not None)
