"""An inline ranking's items: each figure after a ranking's frame is its own item's, named by the list.

`受理数量排名前三的分别是住房公积金650件(占8.0%)、村务公开512件…` names each item right before its count; the first
item's clause holds the frame too, so the frame's measure (受理数量) took the first count and the item (住房公积金) was
lost. A ranked count of a hotline's contacts names each item by its category alone, as the later items are; another
measure names each item with the measure (`出口额居前三的商品分别是手机120亿元、服装…` → 手机出口额, 服装出口额).
A list of places, or anything between the frame and the figure that is not a run of such items, is left as it is.
"""

from __future__ import annotations

import regex

from .gazetteer import gazetteer
from .lexicon import lexicon
from .subjects import clean_subject

_LEX = lexicon()
_FRAME = _LEX.compile("ranked_items_frame")
_PIECE = _LEX.compile("ranked_item_piece")
_CONTACTS = _LEX.compile("ranked_contact_measure")
_BRACKET = regex.compile(r"[(（][^()（）]*[)）]")
_OPEN_SHARE = _LEX.compile("ranked_item_share_open")  # `住房公积金650件(占`: the item's share is next
_SEPARATOR = regex.compile(r"[、，,；;]")
_NAME = regex.compile(r"\s*(\p{Han}{2,12})\s*")
_REACH = 240  # characters before a figure its ranking's frame may stand (a run-on sentence is read back no further)


def ranked_item(text: str, start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos when it is an item of an inline ranking opened in text[start:pos] (see the
    module doc), else subject unchanged."""
    frame = max(_FRAME.finditer(text, max(start, pos - _REACH), pos), key=lambda m: m.start(), default=None)
    if frame is None:
        return subject
    name = _item_name(text[frame.end():pos])
    if name is None or _is_place(name):
        return subject
    measure = clean_subject(frame["measure"])
    if not measure or _CONTACTS.search(measure):
        return name
    return name + measure


def _item_name(items: str) -> str | None:
    """The name of the item whose figure ends items, when items is a run of finished items and that name."""
    items = _BRACKET.sub("", items)
    share = _OPEN_SHARE.search(items)
    if share:
        items = items[:share.start()]
    *done, last = _SEPARATOR.split(items)
    if share:  # the share of the last finished item: its name
        if not _PIECE.fullmatch(last):
            return None
        last = _NAME.match(last)[1]
    if not all(_PIECE.fullmatch(piece) for piece in done):
        return None
    named = _NAME.fullmatch(last)
    return named[1] if named else None


def _is_place(name: str) -> bool:
    """`临夏`, `甲市的`: a place's word opens the name (a ranking of places, read elsewhere)."""
    return gazetteer().scanner.match(name) is not None
