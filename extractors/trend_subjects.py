"""A change whose own clause names nothing, after a clause that names a measure and how its trend turned
(`工业投资由负转正,增长2.7%` → 工业投资): the measure of that clause (lexicon subjects.toml trend_turn)."""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_TURNED = lexicon().compile("trend_turned_measure")
_REACH = 40   # characters before the change's clause: the trend clause and its measure


def trend_subject(text: str, lo: int, clause: int) -> str:
    """The measure named by the trend clause that ends right at `clause` (after `lo`), else ""."""
    m = _TURNED.search(text, max(lo, clause - _REACH), clause)
    return clean_subject(m["measure"]) if m is not None else ""
