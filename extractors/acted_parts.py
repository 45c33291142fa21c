"""A part after `其中` of a count its act picks is picked by the same act: `抓获在逃人员…,其中A级逃犯139名` → 抓获A级逃犯.

The whole's subject holds its act (`抓获在逃人员`, `新建学校`); a part that names only its things (`其中公安部A级通缉令
逃犯139名`, `其中小学5所`) is a share of what the act picked, not all such things (all A-level fugitives, all primary
schools). An act that defines its set rather than picking it (`开复工项目`, `接待游客`, `上云企业`) gives its act only to a
part told by its own kind of the same things (`产业类项目`, `过夜游客`: round 47), and a clause before `的` that defines
the whole's things (`经营电器的企业`) defines such a part too. Words in lexicon/owners.toml (`acted_whole`,
`acted_part_noun`, `set_defining_whole`, `clause_defined_whole`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_COUNT_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "count")
_SET_UNITS = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind in ("count", "count_event"))  # 游客…人次
_ACTED_WHOLE = _LEX.compile("acted_whole")
_DEFINING_WHOLE = _LEX.compile("set_defining_whole")
_CLAUSE_WHOLE = _LEX.compile("clause_defined_whole")  # `经营电器的企业`
_PART_NOUN = _LEX.compile("acted_part_noun")
_MIN_HEAD = 2  # characters of a head noun the part and the whole's things share (项目, 游客, 企业)


def shares_head(things: str, part: str) -> bool:
    """`产业类项目` and `项目`, `过夜游客` and `游客`: the part is its own kind of the whole's things (a head of two or
    more characters in common, a kind of its own before it that the things do not already name)."""
    head = next((k for k in range(min(len(things), len(part)), _MIN_HEAD - 1, -1) if things.endswith(part[-k:])), 0)
    return head >= _MIN_HEAD and len(part) > head and part[:-head] not in things


def acted_part(subject: str, whole: str, unit: str | None) -> str:
    """`公安部A级通缉令逃犯` (unit 人) after `抓获在逃人员…,其中` → 抓获公安部A级通缉令逃犯, `产业类项目` after
    `开复工项目…中，` → 开复工产业类项目; any other part unchanged."""
    if unit not in _SET_UNITS or not _PART_NOUN.fullmatch(subject):
        return subject
    if unit in _COUNT_UNITS and (m := _ACTED_WHOLE.fullmatch(whole)):
        return subject if m["noun"] == subject else m["verb"] + subject
    if (m := _DEFINING_WHOLE.fullmatch(whole)) and shares_head(m["noun"], subject) and m["verb"] not in subject:
        return m["verb"] + subject  # a part already named with the act (`新签约亿元以上工业项目`: sized_part) stays
    if (m := _CLAUSE_WHOLE.fullmatch(whole)) and shares_head(m["noun"], subject) and m["clause"] not in subject:
        return m["clause"] + subject  # `经营电器的企业…，其中规模以上企业` → 经营电器的规模以上企业
    return subject
