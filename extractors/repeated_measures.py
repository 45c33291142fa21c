"""Repeated measures: a measure a sentence names bare that the sentence right before it in its paragraph named with a
place written onto it (`从7月开始，韩国新登记的日本汽车数量开始…。7月和8月新登记日本汽车数量分别…`) is that place's
measure again: the same noun is the cue, the place must stand right before it (an attributive `的` inside is no
matter), and only where the figure's own clause and its paragraph's opening name no place (scope_places.py)."""

from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import lexicon
from .places import place_mentions

_ATTRIBUTIVE = lexicon().words("attributive")[0]
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n")
_MIN_MEASURE = 4   # characters: a shorter subject (`出口`, `产量`) is too common to be the same measure by its name
_REACH = 160       # characters before the sentence the sentence before it may start


def repeated_place(text: str, para_start: int, sentence_start: int, subject: str):
    """The place mention written right before the same measure in the sentence before, or None."""
    bare = (subject or "").replace(_ATTRIBUTIVE, "")
    if len(bare) < _MIN_MEASURE or sentence_start <= para_start:
        return None
    lo = max(para_start, sentence_start - _REACH)
    prev = max(lo, max(text.rfind(c, lo, sentence_start - 1) for c in _SENTENCE_ENDS) + 1)
    window = text[prev:sentence_start]
    if not set(bare) <= set(window):
        return None  # a character of the measure missing: no need to compile its pattern (most sentences)
    found = _spelled(bare).search(window)
    if found is None:
        return None
    at = prev + found.start()
    before = [m for m in place_mentions(text, prev, at) if m.end == at]
    return before[0] if before and before[0].kind == "place" and before[0].place is not None else None


@lru_cache(maxsize=256)
def _spelled(bare: str) -> regex.Pattern:
    """The measure bare as a pattern, an attributive `的` allowed between any two of its characters."""
    return regex.compile(f"{regex.escape(_ATTRIBUTIVE)}?".join(map(regex.escape, bare)))

