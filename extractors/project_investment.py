"""Project investment: the investment a clause completes, named alone, is the project set the clause before it names.

`组织了4批推进粤港澳大湾区建设重大项目集中开工活动，完成2019年度投资756.7亿元` is those major projects' investment
(粤港澳大湾区建设重大项目完成投资), and `一季度全省重大项目建设扎实推进，完成投资同比增长14.9%` the province's major
projects' (重大项目完成投资), not all of the place's investment. A set a sentence opens by counting and then only lists
(`广州市首批73个数字新基建重大项目正式揭牌，其中包括…，总投资达1800亿元`) owns the total named alone at its end. Words in lexicon/owners.toml (`project_set_clause`,
`project_investment_alone`, `counted_project_set_opening`, `set_total_alone`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_LEX = lexicon()
_SET = _LEX.compile("project_set_clause")
_ALONE = _LEX.compile("project_investment_alone")
_COUNTED_SET = _LEX.compile("counted_project_set_opening")
_SET_TOTAL = _LEX.compile("set_total_alone")
_OTHER_FIGURE = _LEX.compile("set_list_figure")
_SET_REACH = 400  # characters from the sentence's start its listed set's total may stand
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_MIN_SET = 4  # characters: `重点项目` and longer names
_CLAUSE_REACH = 120  # characters before a figure its clause may open: a run-on sentence is not read back whole


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding pos opens, not before lo."""
    return max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)


def project_set_investment(text: str, sent_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the project set the clause before its own names, when it is an
    investment completed named alone opening its clause; else as it was."""
    if not _ALONE.fullmatch(subject):
        return subject
    clause = _clause_start(text, max(sent_start, pos - _CLAUSE_REACH), pos)
    if text[clause:clause + 2] != subject[:2] or clause <= sent_start:
        return subject
    before = _clause_start(text, sent_start, clause - 1)
    found = list(_SET.finditer(text, before, clause - 1))
    owner = clean_subject(found[-1]["set"]) if found else ""
    return owner + subject if len(owner) >= _MIN_SET and not subject.startswith(owner) else subject


def counted_set_total(text: str, sent_start: int, pos: int, subject: str) -> str:
    """The total named alone at pos with the set its sentence opened by counting and then listed (no other figure,
    no `；` between), else the subject as it was."""
    if not _SET_TOTAL.fullmatch(subject or "") or pos - sent_start > _SET_REACH:
        return subject
    found = _COUNTED_SET.match(text, sent_start, pos)
    if found is None or any(c in text[found.end():pos] for c in "；;。") \
            or _OTHER_FIGURE.search(text, found.end(), pos) is not None:
        return subject
    clause = _clause_start(text, found.end(), pos)
    if text[clause:clause + 2] != subject[:2]:
        return subject
    return clean_subject(found["owner"] + found["set"]) + subject
