"""County mentions by short name: `正定` where the text names 正定县 in full, or a county of the document's scope.

places.py makes them mentions; what counts as a county's short name is place_words.py's and scope_counties.py's.
"""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_words import counties_named_in_full
from .scope_counties import common_word_counties_named, counties_within, scope_county_scanner

_SITE_TAIL = lexicon().compile_at("site_tail")
_FACILITY_TAIL = lexicon().compile("facility_tail")
_LIST_MARK = lexicon().words("list_joiner")[0]   # 、
_CLAUSE_END = lexicon().compile(r"{clause_end}|\s")


def county_short_name_spans(text: str, start: int, end: int, taken: list,
                            scope: Place | None) -> list[tuple[int, int, Place]]:
    """`正定接待游客…` in a text that names 正定县 in full, or `靖江12345受理…` opening a clause of a report about
    泰州市 (the document's scope holds one county of that short name): the county by its short name, where no
    other place word covers it; not as an item of a list (`定结、聂拉木、定日4个县城`), whose other items may be
    places unread."""
    in_full = counties_named_in_full(text)
    found = [(a, a + len(short), county) for short, county in in_full.items() for a in _finds(text, short, start, end)]
    if scope is not None:
        within, town = counties_within(scope.code), gazetteer().town_suffix
        # only opening a clause, and not as the head of a town's or a zone's name (`粮食大丰收`, `靖江镇`,
        # `东丰经济开发区`: the zone is the report's, as any zone named after a county)
        found += [(a, b, within[w]) for a, b, w in scope_county_scanner(scope.code).finditer(text, start, end)
                  if w not in in_full and (a == 0 or _CLAUSE_END.match(text, a - 1)) and not town.match(text, b)
                  and not _FACILITY_TAIL.match(text, b)]
        found += [(a, a + len(short), county) for short, county in common_word_counties_named(text, scope.code)
                  for a in _finds(text, short, start, end) if (a == 0 or _CLAUSE_END.match(text, a - 1))
                  and not town.match(text, a + len(short)) and not _FACILITY_TAIL.match(text, a + len(short))]
    out = []
    for a, b, county in found:
        if _SITE_TAIL.match(text, b):
            continue  # `麦积山接待游客…`: a site named after the county, not the county
        listed = _LIST_MARK in (text[a - 1:a], text[b:b + 1])
        if not listed and not any(s < b and a < e for s, e in taken):
            out.append((a, b, county))
    return out


def _finds(text: str, word: str, start: int, end: int):
    a = text.find(word, start, end)
    while a != -1:
        yield a
        a = text.find(word, a + len(word), end)
