"""A prefecture's short form that a county-level division shares as its stem (`巴州`: 巴音郭楞蒙古自治州, or 巴中市's
巴州区), read as the prefecture where the text names another place of the prefecture's province and none of the
district's province (`新疆…阿克苏地区…巴州地区培育…`); elsewhere it stays unread (lexicon prefecture_short_forms)."""

from __future__ import annotations

from .gazetteer import gazetteer

_PROVINCE_DIGITS = 2   # a division's code opens with its province's two digits


class _Last:
    """The provinces the last text named (one tuple, replaced whole: a thread never reads another text's)."""
    named: tuple = (None, frozenset())


def prefecture_read(text: str, word: str) -> bool:
    """Whether the contested form `word` in text names its prefecture: the text names a place of that prefecture's
    province (not by a contested form) and no place of a rival district's province."""
    g = gazetteer()
    _, place, _ = g.words[word]
    named = _provinces_named(text)
    own = place.code[:_PROVINCE_DIGITS]
    return own in named and not any(r.code[:_PROVINCE_DIGITS] in named for r in g.rivals[word])


def _provinces_named(text: str) -> frozenset[str]:
    last = _Last.named
    if last[0] is text:
        return last[1]
    g = gazetteer()
    found = set()
    for _, _, word in g.scanner.finditer(text, 0, len(text)):
        kind, place, _ = g.words[word]
        if kind == "place" and place is not None and place.level in ("province", "city", "county") and place.code:
            found.add(place.code[:_PROVINCE_DIGITS])
    _Last.named = (text, frozenset(found))
    return _Last.named[1]
