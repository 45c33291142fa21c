"""Organ internals: a figure of an organ's own staff or internal units (`局级单位主要负责同志轮岗占65%`) is that body's
account, not the country a national paper's scope names.

The words (`局级单位`, `部机关`, `机关干部`, `系统内`) are lexicon `organ_internal_unit`; scope_places.py asks only where
the figure would fall back to the national scope, so a place its clause names still holds it.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_INTERNAL = _LEX.compile("organ_internal_unit")
_CLAUSE_MARKS = (",", "，", ";", "；", ":", "：")


def organ_internal(text: str, sentence_start: int, pos: int) -> bool:
    """The comma clause of the figure at pos (from sentence_start) names an organ's own staff or units."""
    lo = max(sentence_start, max(text.rfind(c, sentence_start, pos) for c in _CLAUSE_MARKS) + 1)
    return _INTERNAL.search(text, lo, pos) is not None
