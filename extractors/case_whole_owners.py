"""Case whole owners: how the cases of a counted whole one named body owns fared is that body's.

`“钻石公主”号邮轮712例确诊病例中已有653例出院，另有13例死亡` counts the ship's discharged and dead cases
(钻石公主号邮轮出院, 钻石公主号邮轮死亡), not bare `出院`, `死亡`. The whole is a ship or one hospital's count of
cases before the `中` (or `，其中`) opening its parts (lexicon/owners.toml `case_whole_owner`); the outcome is named alone
in a later clause of the same `；` group (`case_whole_outcome`). A place's whole (`全市128例确诊病例中…`) gives no owner:
its region says whose the cases are.
"""

from __future__ import annotations

from .lexicon import lexicon
from .sentences import group_start

_LEX = lexicon()
_WHOLE = _LEX.compile("case_whole_owner")
_OUTCOME = _LEX.compile("case_whole_outcome")
_QUOTES = str.maketrans("", "", "“”\"")
_PART_OPENING = 3  # `，其中`: the whole's match may run past the comma that opens the outcome's clause
_WINDOW = 80  # characters back from the outcome's clause a whole's owner may open
_REACH = 40  # characters from the whole's `中` to the outcome's clause: a later clause tells another story


def case_whole_owner(subject: str, text: str, sentence_start: int, clause: int) -> str:
    """The subject with the body whose counted whole of cases its `；` group opened before (某某号邮轮出院), or as
    it was."""
    if (outcome := _OUTCOME.fullmatch(subject)) is None:
        return subject
    group = max(group_start(text, sentence_start, clause), clause - _WINDOW)  # bounded: a run-on sentence stays linear
    wholes = list(_WHOLE.finditer(text, group, min(len(text), clause + _PART_OPENING)))
    whole = wholes[-1] if wholes else None  # the nearest whole before the clause
    if whole is None or whole.start() >= clause or clause - whole.end() > _REACH:
        return subject
    return whole["owner"].translate(_QUOTES) + outcome["outcome"]
