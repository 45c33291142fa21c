"""A report that names its own place only in a slogan of its goals (`围绕“两美磐安”建设目标`, `建设“大美古城,小康平遥”`):
with scope words of that place's level (`全县` twice or more) and no place named outside its slogans, the one place
its slogans name is the report's (a county's short name counts there: `磐安` for 磐安县). Two places in its slogans,
a place named elsewhere, or scope words of another level name none."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_words import county_short_names, county_short_scanner
from .places import place_mentions
from .regions import scope_place

_SLOGAN = lexicon().compile("slogan_quote")
_REACH = 20_000  # characters of a report read for its slogans and scope words
_SCOPE_LEAST = 2  # scope words that must stand for the slogan's place


def slogan_place(text: str) -> Place | None:
    """The report's place from its slogans, as described above, or None."""
    end = min(len(text), _REACH)
    slogans = [(m.start(), m.end()) for m in _SLOGAN.finditer(text, 0, end)]
    if not slogans:
        return None
    inside = lambda pos: any(a <= pos < b for a, b in slogans)  # noqa: E731
    found: set[str] = set()
    scopes = []
    for m in place_mentions(text, 0, end):
        if m.kind == "scope":
            scopes.append(m)
        elif m.kind in ("place", "group", "national", "world", "china") and not inside(m.start):
            return None
        elif m.kind == "place" and m.place is not None:
            found.add(m.place.name)
    shorts = county_short_names()
    for a, b in slogans:
        found.update(shorts[word] for _, _, word in county_short_scanner().finditer(text, a, b))
    if len(found) != 1 or len(scopes) < _SCOPE_LEAST:
        return None
    place = gazetteer().named(found.pop())
    if place is None or any(scope_place(m.scope, [place]) != place for m in scopes):
        return None
    return place
