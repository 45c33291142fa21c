"""A report that names its own place only in a slogan of its goals (`围绕“两美磐安”建设目标`, `建设“大美古城,小康平遥”`),
or only in the titles of its tables (`2018年某县地区生产总值计算表`): with scope words of that place's level (`全县`
twice or more) and no place named outside them, the one place they name is the report's (a county's short name
counts in a slogan: `磐安` for 磐安县). Two places, a place named elsewhere, or scope words of another level name none."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_words import county_short_names, county_short_scanner
from .places import place_mentions
from .regions import scope_place

_SLOGAN = lexicon().compile("slogan_quote")
_TABLE_TITLE = lexicon().compile("table_title_line")
_REACH = 20_000  # characters of a report read for its slogans and scope words
_SCOPE_LEAST = 2  # scope words that must stand for the slogan's place


def slogan_place(text: str) -> Place | None:
    """The report's place from its slogans, as described above, or None."""
    end = min(len(text), _REACH)
    slogans = [(m.start(), m.end()) for m in _SLOGAN.finditer(text, 0, end)]
    found = _named_only_inside(text, end, slogans)
    if found is None:
        return None
    shorts = county_short_names()
    for a, b in slogans:
        found.update(shorts[word] for _, _, word in county_short_scanner().finditer(text, a, b))
    return _scope_place(text, end, found)


def table_title_place(text: str) -> Place | None:
    """The report's place from the titles of its tables, as described above, or None."""
    end = min(len(text), _REACH)
    titles = [(m.start(), m.end()) for m in _TABLE_TITLE.finditer(text, 0, end)]
    found = _named_only_inside(text, end, titles)
    return None if found is None else _scope_place(text, end, found)


def _named_only_inside(text: str, end: int, zones: list[tuple[int, int]]) -> set[str] | None:
    """The places named inside the zones, or None when there are no zones or a place is named outside them."""
    if not zones:
        return None
    found: set[str] = set()
    for m in place_mentions(text, 0, end):
        inside = any(a <= m.start < b for a, b in zones)
        if m.kind in ("place", "group", "national", "world", "china") and not inside:
            return None
        if m.kind == "place" and m.place is not None:
            found.add(m.place.name)
    return found


def _scope_place(text: str, end: int, found: set[str]) -> Place | None:
    """The one place found, when the report's scope words (at least two) all stand for it."""
    scopes = [m for m in place_mentions(text, 0, end) if m.kind == "scope"]
    if len(found) != 1 or len(scopes) < _SCOPE_LEAST:
        return None
    place = gazetteer().named(found.pop())
    if place is None or any(scope_place(m.scope, [place]) != place for m in scopes):
        return None
    return place
