"""Customs seats: a customs named after the provincial seat it sits in (`南京海关`) speaks for its province.

The customs that releases a province's trade figures is named after the province's seat (`南京海关` for 江苏, `成都海关`
for 四川), so its release of `我省`/`全省` figures is the province's, not the seat city's (kinds42: `南京海关13日发布…,我省
外贸进出口…` filed the paragraphs after it under 南京市). The seat's name before `海关` names the province, unless the
rest of its sentence names the city itself or its whole (`…南京市进出口`, `全市进出口`): that release is the city's.
Seats in lexicon/places.toml `provincial_customs_seat`, the office word in `provincial_customs_office`.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .gazetteer import gazetteer
from .lexicon import lexicon

_LEX = lexicon()
_SEATS = frozenset(_LEX.words("provincial_customs_seat"))
_OFFICE = _LEX.compile_at("provincial_customs_office")
_SENTENCE_END = regex.compile("[。！？!?\n]")


def for_province(text: str, mentions: list) -> list:
    """The mentions, each seat city before its provincial customs (`南京海关`) named as its province instead."""
    if not any(m.kind == "place" and m.place is not None and m.place.name in _SEATS for m in mentions):
        return mentions
    g = gazetteer()
    out = []
    for m in mentions:
        if m.kind == "place" and m.place is not None and m.place.name in _SEATS \
                and _OFFICE.match(text, m.end) is not None and not _names_city(text, m):
            province = g.parent(m.place, "province")
            m = replace(m, place=province) if province is not None else m
        out.append(m)
    return out


def _names_city(text: str, m) -> bool:
    """Whether the rest of the customs' sentence names the seat city itself or its whole (`南京市`, `全市`)."""
    g = gazetteer()
    stop = _SENTENCE_END.search(text, m.end)
    for _, _, word in g.scanner.finditer(text, m.end, stop.start() if stop else len(text)):
        kind, place, scope = g.words[word]
        if (kind == "place" and place is not None and place.code == m.place.code) or (kind == "scope" and scope == "city"):
            return True
    return False
