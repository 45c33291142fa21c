"""A county or district by its short name inside the document's own prefecture or province (`靖江12345受理…` in a
泰州市 report): the short name is read only where it is unambiguous within that scope and opens a clause.

The pipeline names the document's scope once it is resolved (`use_document_scope`); place mentions read it for
that text only, so every other text (a title, a headline, another document) is read as before."""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache

import regex

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .word_scanner import WordScanner

_SCOPE_LEVELS = ("province", "city")  # a county's own report has no counties under it
_DOCUMENT_SCOPE: ContextVar = ContextVar("document_scope", default=(None, None))   # (text, place), per thread


def use_document_scope(text: str, place: Place | None) -> None:
    """The document scope (a prefecture or a province) whose counties text names by their short names."""
    _DOCUMENT_SCOPE.set((text, place if place is not None and place.level in _SCOPE_LEVELS else None))


def document_scope(text: str) -> Place | None:
    """The scope use_document_scope named for this very text, else None."""
    named_text, place = _DOCUMENT_SCOPE.get()
    return place if named_text is text else None


@cache
def counties_within(code: str) -> dict[str, Place]:
    """The counties and districts a province or prefecture holds, by their short names (`靖江` for 靖江市): a short
    name two counties of the scope share, a common word (`not_a_short_name`) or another place word names none."""
    stop, g = set(lexicon().words("not_a_short_name")), gazetteer()
    return {s: p for s, p in _unique_within(code).items() if s not in stop and s not in g.words}


@cache
def common_word_counties_within(code: str) -> dict[str, Place]:
    """The counties of the scope whose unique short name is a common word (`太和` for 太和县 in 安徽省): such a
    short name names its county only in a text that names the county in full too."""
    stop, g = set(lexicon().words("not_a_short_name")), gazetteer()
    return {s: p for s, p in _unique_within(code).items() if s in stop and s not in g.words}


def common_word_counties_named(text: str, code: str) -> list[tuple[str, Place]]:
    """Of common_word_counties_within, those text names in full (`太和县…太和开发…`), found once per text."""
    named_text, named_code, found = _NAMED_COMMON[0]
    if named_text is not text or named_code != code:
        found = [(s, p) for s, p in common_word_counties_within(code).items() if p.name in text]
        _NAMED_COMMON[0] = (text, code, found)
    return found


_NAMED_COMMON: list = [(None, None, [])]   # the last text asked about: place mentions ask many times per text


def _unique_within(code: str) -> dict[str, Place]:
    found = _county_short_names_by_ancestor().get(code, {})
    return {s: ps[0] for s, ps in found.items() if len(ps) == 1}


@cache
def _county_short_names_by_ancestor() -> dict[str, dict[str, list[Place]]]:
    """Every county's short name under each of its ancestors, in one pass over the gazetteer (walking all
    counties again for each scope asked about cost more than the documents of a small run)."""
    lex, g = lexicon(), gazetteer()
    suffix = regex.compile(f"(?:{lex.pattern('ethnic_group')})*(?:{lex.pattern('county_suffix')})$")
    by_ancestor: dict[str, dict[str, list[Place]]] = {}
    for places in g.by_name.values():
        for p in places:
            if p.level != "county" or not p.code:
                continue
            short = suffix.sub("", p.name)
            if not 2 <= len(short) < len(p.name):
                continue
            up = g.by_code.get(p.parent) if p.parent else None
            while up is not None:
                by_ancestor.setdefault(up.code, {}).setdefault(short, []).append(p)
                up = g.by_code.get(up.parent) if up.parent else None
    return by_ancestor


@cache
def scope_county_scanner(code: str) -> WordScanner:
    """One scanner for the short names of the counties a scope holds."""
    return WordScanner(counties_within(code))
