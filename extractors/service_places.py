"""A page that names its own place only in its service line's name (`东营12345微信互动平台受理642件`): with words of a
city's own institutions (`市政府`, `市长`, `全市`) and no other place named anywhere, the one city or county named right
before a service line's number (service_line_number) is the page's. A place named anywhere else, or two places, name
none."""

from __future__ import annotations

import re

from .gazetteer import Place
from .lexicon import lexicon
from .places import place_mentions
from .word_scanner import alternation

_LEX = lexicon()
_CITY_WORDS = re.compile(alternation(_LEX.words("city_government")))
_LINE_NUMBER = _LEX.compile_at("service_line_number")
_REACH = 20_000  # characters of a page read for its places
_OTHER_KINDS = ("group", "national", "world", "china")


def service_line_place(text: str) -> Place | None:
    """The page's place from its service line's name, as described above, or None."""
    end = min(len(text), _REACH)
    if _CITY_WORDS.search(text, 0, end) is None:
        return None
    found: set[Place] = set()
    for m in place_mentions(text, 0, end):
        if m.kind in _OTHER_KINDS:
            return None
        if m.kind != "place":
            continue
        if m.place is None or m.place.level not in ("city", "county") or _LINE_NUMBER.match(text, m.end) is None:
            return None
        found.add(m.place)
    return found.pop() if len(found) == 1 else None
