"""A count named by its act alone after a clause that reviews a set of things (`对…所有地方性法规进行清理，废止38件`):
the things reviewed are what the act counts (废止地方性法规), not a bare act (audit class S1). Words in
lexicon/owners.toml (`review_opening`, `act_alone`)."""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_ACT_ALONE = _LEX.compile("act_alone")
_REVIEW = _LEX.compile("review_opening")


def reviewed_things(text: str, start: int, end: int, subject: str, unit: str | None) -> str:
    """`废止` (a count) after `对…所有司法解释进行清理，` between start and end → 废止司法解释; any other subject unchanged."""
    if unit not in _COUNT_UNITS or (m := _ACT_ALONE.fullmatch(subject)) is None:
        return subject
    found = list(_REVIEW.finditer(text, start, end))
    return m["act"] + found[-1]["things"] if found else subject
