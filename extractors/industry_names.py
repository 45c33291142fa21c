"""Industry names of the national classification kept whole when a list is split: `电力、热力、燃气及水生产和供应业`
is one item, not three (its inner `、`, 和 and 及 join no items)."""

from __future__ import annotations

import regex

from .lexicon import lexicon

_LEX = lexicon()
_INDUSTRY = _LEX.compile("industry_item")
_CLAUSE_MARK = regex.compile(r"[,，]")
_WHOLE = regex.compile("|".join(regex.escape(w) for w in sorted(_LEX.words("industry_name_whole"), key=len, reverse=True)))


def split_whole(head: str, splitter: regex.Pattern) -> list[str]:
    """head split where splitter matches, except inside a whole industry name."""
    names = [m.span() for m in _WHOLE.finditer(head)]
    if not names:
        return splitter.split(head)
    items, last = [], 0
    for m in splitter.finditer(head):
        if not any(a <= m.start() < b for a, b in names):
            items.append(head[last:m.start()])
            last = m.end()
    return [*items, head[last:]]


def comma_listed(before: str, head: str, count: int) -> list[str] | None:
    """`采矿业,制造业,电力、热力、燃气及水生产和供应业分别下降…`: industries listed with commas, the last one the
    clause's own head; the count names before it (from the text right before the clause) complete the list."""
    if count < 2 or not _INDUSTRY.fullmatch(head):
        return None
    segments = _CLAUSE_MARK.split(before.rstrip(",，"))[-(count - 1):]
    if len(segments) != count - 1 or not all(_INDUSTRY.fullmatch(s) for s in segments):
        return None
    return [*segments, head]
