"""A later item of a list of things one act counts, each thing named before its count: the same act's things.

`对接农户74.8万户、企业24204家`, `走访企业320家、商户1500户`, `帮扶村集体45个、农户2100户`: the act opens the first item
(对接农户) and the items after it, joined by a list mark alone, name only their things (企业), which the same act
counts (对接企业), not all such things of the place. Acts in lexicon/owners.toml (`object_list_act`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_ACTED = _LEX.compile("object_list_first")
_THING = _LEX.compile("object_list_thing")
_ITEM_MARK = _LEX.words("list_joiner")[0]  # `、`


def listed_object(last_count: tuple[str, str, str | None] | None, between: str, unit: str | None,
                  subject: str) -> str:
    """`企业` right after `对接农户74.8万户、` → 对接企业; last_count is the figure before's (subject, noun after it, unit),
    between the text from that figure's end to this one's number. Any other subject is left as it is."""
    if last_count is None or last_count[1] or unit not in _COUNT_UNITS or last_count[2] not in _COUNT_UNITS \
            or between != _ITEM_MARK + subject or not _THING.fullmatch(subject):
        return subject
    acted = _ACTED.fullmatch(last_count[0])
    return acted["act"] + subject if acted and acted["noun"] != subject else subject
