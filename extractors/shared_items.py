"""A count the things of a list share through `各` (`派驻院长、副院长各1名`, `新建公园、广场各3个`): one figure of it for each
thing, named with the act that opens the list (派驻院长 1, 派驻副院长 1), never the list as one subject with the per-item
figure as its total. Lists of places are shared_place_counts.py's; a list that no act opens is left as it is."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .subjects import LIST_SPLIT, clean_subject

_LEX = lexicon()
_ITEMS = _LEX.compile("shared_count_items")
_ACT = _LEX.compile("shared_count_act")
_ITEM_LONGEST = 10  # characters an item names at most (a longer piece is a clause, not a thing)


def items_sharing(text: str, lo: int, pos: int) -> list[str] | None:
    """The subjects, in order, of the things in text[lo:pos] that share the count at pos through `各`; None if none."""
    m = _ITEMS.search(text[lo:pos])
    if m is None:
        return None
    pieces = [x.strip() for x in LIST_SPLIT.split(m["items"])]
    act = next(reversed(list(_ACT.finditer(pieces[0]))), None)  # the last act of the first piece (`医院派驻院长` → 派驻)
    if act is None:
        return None  # `市教育局、市水务局各1件`: bodies or things no act counts (unit_parts.py reads no fact there)
    pieces[0] = pieces[0][act.end():]
    items = [clean_subject(x) for x in pieces]
    if len(items) < 2 or not all(0 < len(x) <= _ITEM_LONGEST and x == p for x, p in zip(items, pieces, strict=True)):
        return None  # an item the subject cleaner cuts (a place, a time, a verb) is no bare thing
    return [act[0] + x for x in items]


def each_item(mentions: list, listed: list, items: list[str]) -> None:
    """The figure just read (last of mentions) once for each item: the first renamed, a copy for each later one."""
    last, kind = mentions[-1], listed[-1]
    mentions[-1] = replace(last, subject=items[0])
    for item in items[1:]:
        mentions.append(replace(last, subject=item))
        listed.append(kind)
