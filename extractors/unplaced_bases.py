"""A from–to statement's base told at a past moment no calendar places (`由新中国成立前的90%降至…`, `由最初的4所发展为…`):
that figure has no period, neither the statement's later year nor the report's day (lexicon/time.toml `unplaced_base`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BASE = _LEX.compile("unplaced_base")
_REACH = _LEX.compile("unplaced_base_reach")
_FOUNDING = _LEX.compile("unplaced_base_founding")
_FIRST = tuple(_LEX.table("unplaced_base_founding", "first_words"))
_REACH_BACK = 16  # how far before the figure its `由最初的` may start


def unplaced_base(text: str, paragraph: int, clause: int, start: int, end: int) -> bool:
    """The figure text[start:end] opens a from–to statement (`由原来的…`) at an unplaced past moment, and its clause
    goes on to where it arrived (`…增加到`, `…发展为`); not a `最初` base after a founding its paragraph told (that
    founding's time dates it)."""
    base = _BASE.search(text, max(clause, start - _REACH_BACK), start)
    if base is None or _REACH.match(text, end) is None:
        return False
    return not (any(w in base.group() for w in _FIRST) and _FOUNDING.search(text, paragraph, base.start()))
