"""A prefecture's short form that a county-level division shares as its stem (`巴州`: 巴音郭楞蒙古自治州, or 巴中市's
巴州区), read as the prefecture where the text names another place of the prefecture's province and none of the
district's province (`新疆…阿克苏地区…巴州地区培育…`), as the district in a text naming only the district's province
(`四川巴州地处秦巴山区`); elsewhere it stays unread (lexicon prefecture_short_forms)."""

from __future__ import annotations

from .gazetteer import Place, gazetteer

_PROVINCE_DIGITS = 2   # a division's code opens with its province's two digits


class _Last:
    """The provinces the last text named (one tuple, replaced whole: a thread never reads another text's)."""
    named: tuple = (None, frozenset())


def contested_place(text: str, word: str) -> Place | None:
    """The division the contested form `word` names in text: its prefecture where the text names a place of that
    prefecture's province (not by a contested form) and none of a rival's; the one rival district where the text
    names a place of its province and none of the prefecture's (`四川巴州地处秦巴山区` → 巴州区); else None."""
    g = gazetteer()
    _, place, _ = g.words[word]
    named = _provinces_named(text)
    own = place.code[:_PROVINCE_DIGITS] in named
    rivals = [r for r in g.rivals[word] if r.code[:_PROVINCE_DIGITS] in named]
    if own and not rivals:
        return place
    return rivals[0] if len(rivals) == 1 and not own else None


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
