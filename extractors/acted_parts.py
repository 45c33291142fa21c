"""A part after `其中` of a count its act picks is picked by the same act: `抓获在逃人员…,其中A级逃犯139名` → 抓获A级逃犯.

The whole's subject holds its act (`抓获在逃人员`, `新建学校`); a part that names only its things (`其中公安部A级通缉令
逃犯139名`, `其中小学5所`) is a share of what the act picked, not all such things (all A-level fugitives, all primary
schools). Words in lexicon/owners.toml (`acted_whole`, `acted_part_noun`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_ACTED_WHOLE = _LEX.compile("acted_whole")
_PART_NOUN = _LEX.compile("acted_part_noun")


def acted_part(subject: str, whole: str, unit: str | None) -> str:
    """`公安部A级通缉令逃犯` (unit 人) after `抓获在逃人员…,其中` → 抓获公安部A级通缉令逃犯; any other part unchanged."""
    if unit not in _COUNT_UNITS or not (m := _ACTED_WHOLE.fullmatch(whole)) or not _PART_NOUN.fullmatch(subject):
        return subject
    return subject if m["noun"] == subject else m["verb"] + subject
