"""Things a named area holds: a count opened by an area and its act of holding (`某某历史文化街区内保存有200多座古建筑`)
counts the area's things (某某历史文化街区古建筑), not every such thing (audit 33b#154). Only a name ending in an area's
kind (lexicon `area_holding_count`) and left whole by clean_subject (a division is the region's, not the subject's)."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_LEX = lexicon()
_HOLDING = _LEX.compile("area_holding_count")
_LOCATIVE = _LEX.compile("area_locative_alone")
_MAX_NAME = 18  # characters: the area and the things, a name a chart can still carry


def area_things(subject: str, noun: str) -> str | None:
    """`三坊七巷历史文化街区内保存有` before `古建筑` → 三坊七巷历史文化街区古建筑, a division's leftover `内` before it
    → 古建筑; None when the subject is no such opening."""
    if len(noun) >= 2 and _LOCATIVE.fullmatch(subject):
        return noun  # `福州市内有200多座古建筑`: the place is the region's, its `内` no part of the name
    if len(noun) < 2 or not (m := _HOLDING.fullmatch(subject)) or clean_subject(m["area"]) != m["area"]:
        return None
    named = m["area"] + noun
    return named if len(named) <= _MAX_NAME else None
