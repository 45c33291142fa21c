"""Whether a subject is a measure named alone (`营业收入`, `覆盖率`, `总面积`): whose income, coverage or area the sentence
said and the subject lost, so the figure is not readable alone and is no fact (audits: all such judged wrong).

The owner rules run first (sentence_owners, figure_owners, clause_owners…): a measure they made whole
(`央企境外单位营业收入`) is no longer alone. A place's own measure stays, its region naming whose it is: the figure's
clause opens with the place (`全县实现增加值…`), or its sentence does and counts no other things before the figure
(`全市实现利润…`, `该市位于…，距省会150公里，面积5000平方公里`; not `全国已建成2900多个中心…，覆盖率…`: the centres'). Words
in lexicon/subjects.toml (`measure_alone_unowned`, `measure_alone_place_opening`, `measure_alone_things_counted`,
`measure_alone_owner_after`).
"""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .subject_places import strip_place_prefix

_LEX = lexicon()
_ALONE = _LEX.compile("measure_alone_unowned")
_PLACE_WORD = _LEX.compile("measure_alone_place_opening")
_THINGS_COUNTED = _LEX.compile("measure_alone_things_counted")
_CLAUSE_MARKS = regex.compile(r"[，,；;：:]")
_OWNER_AFTER = _LEX.compile("measure_alone_owner_after")


def measure_without_owner(subject: str, lead: str, after: str) -> bool:
    """`营业收入`, `总面积`, `平均数`: the subject is only a measure, with no owner, scope or act of its own, and no place
    owns it (lead, after: the sentence's text right before and after the figure; `总面积300万平方米的老旧小区`: the
    thing after `的` owns it)."""
    if _ALONE.fullmatch(subject) is None:
        return False
    if _OWNER_AFTER.match(after):
        return True
    clause = _CLAUSE_MARKS.split(lead)[-1]
    if _opens_with_place(clause) and _THINGS_COUNTED.search(clause) is None:
        return False  # `…，全县实现增加值90亿元`
    return not (_opens_with_place(lead) and _THINGS_COUNTED.search(lead) is None)


def _opens_with_place(text: str) -> bool:
    return _PLACE_WORD.match(text) is not None or strip_place_prefix(text) != text
