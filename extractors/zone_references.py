"""Zone references: a clause that points back at a park or zone named earlier in the paragraph counts that zone.

`总书记考察了某市某某新区某某产业园。该产业园是…，园区已注册企业94家` counts the park's firms: the subject keeps the
park's name in brackets, like area_scopes' (园区已注册企业(某某新区某某产业园)), and the region is the place its name
opens with (某市), not the story's wider area. The zone must be the one named after a place before the pointing word in the paragraph, and nothing from the
pointing word to the figure may name a place or another zone. Words in lexicon/places.toml (`zone_anaphor_clause`,
`zone_after_place`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .park_zones import is_park
from .places import place_mentions

_LEX = lexicon()
_ANAPHOR = _LEX.compile("zone_anaphor_clause")
_ZONE = _LEX.compile_at("zone_after_place")
_CLAUSE_OPENINGS = "。！？!?\n，,；;"
_REACH = 200  # characters of the paragraph read back from the pointing word
_MEASURE_TAIL_END = ")）"  # a subject with a bracketed scope already (area_scopes)
_ANAPHOR_REACH = 120  # characters before a figure its clause's pointing word may stand: searched from the sentence
# start, a run-on sentence of figures made this quadratic


def zone_referred(text: str, para_start: int, sent_start: int, pos: int, subject: str) -> tuple[str, str | None]:
    """(subject, region) of the figure at pos when its sentence points back at the one zone the paragraph named
    after a place before it: the subject with the zone's name after it, and the zone's place; else (subject, None)."""
    anaphor = _clause_anaphor(text, sent_start, pos)
    if anaphor is None or place_mentions(text, anaphor.end(), pos) or _ANAPHOR.search(text, anaphor.end(), pos):
        return subject, None
    zones = _zones_named(text, max(para_start, anaphor.start() - _REACH), anaphor.start())
    if len(zones) != 1:
        return subject, None
    (name, place), = zones.values()
    if not subject or name in subject or subject[-1] in _MEASURE_TAIL_END:
        return subject, place
    return f"{subject}({name})", place


def _clause_anaphor(text: str, sent_start: int, pos: int):
    """The last pointing word before pos in the figure's sentence that opens a clause."""
    found = None
    for m in _ANAPHOR.finditer(text, max(sent_start, pos - _ANAPHOR_REACH), pos):
        if m.start() == sent_start or text[m.start() - 1] in _CLAUSE_OPENINGS:
            found = m
    return found


def _zones_named(text: str, start: int, end: int) -> dict[int, tuple[str, str]]:
    """Each zone text[start:end] names right after a place, by where its name ends: (its name after the innermost
    place, that place's name) (`某市某区某某产业园`: 某区's)."""
    zones = {}
    for p in place_mentions(text, start, end):
        if is_park(p):  # `中山火炬高技术产业开发区`: the park's name after its city's, the park its own region
            z = _ZONE.match(text, _city_end(text, p.start, p.end), end)
            if z is not None:
                zones[z.end()] = (z[0], p.place.name)
        elif p.kind == "place" and p.place is not None and (z := _ZONE.match(text, p.end, end)) is not None:
            zones[z.end()] = (z[0], p.place.name)  # a later, inner place names the same zone
    return zones


def _city_end(text: str, start: int, end: int) -> int:
    """Where the city's or county's name a park's name opens with ends (`中山【】火炬高技术产业开发区`)."""
    for i in range(start + 2, end):
        held = place_mentions(text, start, i)
        if held and held[0].kind == "place" and held[0].start == start and held[0].end == i:
            return i
    return end
