"""Project investment: the investment a clause completes, named alone, is the project set the clause before it names.

`组织了4批推进粤港澳大湾区建设重大项目集中开工活动，完成2019年度投资756.7亿元` is those major projects' investment
(粤港澳大湾区建设重大项目完成投资), and `一季度全省重大项目建设扎实推进，完成投资同比增长14.9%` the province's major
projects' (重大项目完成投资), not all of the place's investment. A set a sentence opens by counting and then only lists
(`广州市首批73个数字新基建重大项目正式揭牌，其中包括…，总投资达1800亿元`) owns the total named alone at its end, and a
set a progress report's paragraph opens by counting (`新建项目共185个，…。至9月底，…累计完成投资153.7亿元`, `今年我市列入
省级重点项目共17个，…。1-8月完成投资…`) owns the paragraph's measures named alone (`paragraph_project_set`,
`project_measure_alone`). Words in lexicon/owners.toml (`project_set_clause`,
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
_PARAGRAPH_SET = _LEX.compile("paragraph_project_set")
_MEASURE_ALONE = _LEX.compile("project_measure_alone")
_PARAGRAPH_REACH = 60  # characters from the paragraph's start its counted set may stand (after an item heading)
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


def paragraph_set_measure(text: str, para_start: int, pos: int, subject: str) -> str:
    """The subject of a measure named alone at pos with the project set its paragraph opened by counting, else as it
    was."""
    if not _MEASURE_ALONE.fullmatch((subject or "").split("(", 1)[0]):  # `累计完成投资(完成年度)`: its share too
        return subject
    found = _PARAGRAPH_SET.search(text, para_start, min(pos, para_start + _PARAGRAPH_REACH))
    if found is None or found.start() > para_start + _PARAGRAPH_REACH or "\n" in text[para_start:found.start()]:
        return subject
    owner = clean_subject(found["set"])
    return owner + subject if len(owner) >= _MIN_SET and not subject.startswith(owner) else subject
