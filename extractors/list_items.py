"""Numbered list items as paragraphs: which paragraph goes on with the list the paragraph before it opened.

A release that introduces a list with a time (`公告称,2017年粮食产量如下:一、…`) often prints the first item on the
introduction's line and each later item (`二、…`, `三、…`) as a paragraph of its own: those items are still the list's,
so they keep the introduction's time (scopes.py keeps the paragraph's anchor for them, as for `——` items).
"""

from __future__ import annotations

from .lexicon import lexicon
from .numbers import parse_number

_LEX = lexicon()
_ITEM = _LEX.compile("numbered_item_opening")
_INTRO = _LEX.compile(r"{list_introduction}{numbered_item_opening}")
_INTRO_END = _LEX.compile(r"{list_introduction}$")


def item_number(text: str, start: int, end: int) -> int | None:
    """The number of the item a paragraph opens with (`三、` → 3), else None."""
    m = _ITEM.match(text, start, end)
    return int(parse_number(m["item"])) if m else None


def continues_list(text: str, before: tuple[int, int], paragraph: tuple[int, int],
                   opened: int | None) -> tuple[int, int | None] | None:
    """(n, where the introduction ends) when `paragraph` opens item n of the list the paragraph `before` held:
    `before` was itself item n-1 of it (`opened`, the item number it was read as; the introduction is further back:
    None), or its introduction's colon came right before item n-1 (or ends `before`, for item 1). None otherwise."""
    number = item_number(text, *paragraph)
    if number is None:
        return None
    if number == 1:  # `…如下:` on a line of its own, then `一、…`
        m = _INTRO_END.search(text, *before)
        return (number, m.start()) if m else None
    if opened == number - 1:
        return number, None
    for m in _INTRO.finditer(text, *before):
        if int(parse_number(m["item"])) == number - 1:
            return number, m.start()
    return None
