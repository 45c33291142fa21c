"""Project regions: whether a figure is one project's own, so no place's, and then its region.

`总投资2亿元的商业中心，…`, `该项目占地100亩，总投资17.35亿元` and `某某高铁，投资…` size one project; `某某光源被称为…，
占地976亩，总投资47.6亿元` too. Such a total is the project's, not its city's or province's (audits: a project's total filed under the
city its story is set in is wrong), unless the figure's own clause opens with a place (`萧山区总投资…`). A set of
projects (`…的两个饮水工程`, `总投资超130亿元的项目集中开工`, `项目139个，总投资…`) is the place's, as before. Words in
lexicon/owners.toml (`one_project_sized`, `generic_project_name`, `project_topic_opening`, `project_total_alone`,
`pointed_one_works`: a subject opening with `该工厂`, `该平台`, `该项目` is that one thing's).
"""

from __future__ import annotations

from .lexicon import lexicon
from .place_led_bodies import named_bodies
from .place_topics import is_topic
from .places import place_mentions
from .pointed_projects import sizes_pointed_project
from .project_topics import noun_topic_total

_LEX = lexicon()
_SIZED = _LEX.compile_at("one_project_sized")
_GENERIC = _LEX.compile("generic_project_name")
_TOPIC = _LEX.compile_at("project_topic_opening")
_TOTAL_ALONE = _LEX.compile("project_total_alone")
_TOTAL_POINTED = _LEX.compile("project_total_pointed")
_SIZE_CLAUSE = _LEX.compile("project_size_clause")
_POINTED_WORKS = _LEX.compile("pointed_one_works")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_ITEM_MARK = "、"  # `…产业园、投资额60亿元的…博览园`: a list's item sized on its own opens its own clause
_SIZED_REACH = 40  # characters after a figure the one project it sizes is named in
_CLAUSE_REACH = 60  # characters back from a figure its own clause may open
_TOPIC_REACH = 120  # characters from the sentence start the project opens in, and from it to the figure
_ITEM_MARKS = ("；", ";")  # a later `；` item is another topic's


def _own_clause(text: str, sentence_start: int, pos: int) -> int:
    """Where the figure's clause opens; a list item sized on its own (`、投资额60亿元的某某博览园`) opens one."""
    lo = max(sentence_start, pos - _CLAUSE_REACH)
    clause = max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)
    item = text.rfind(_ITEM_MARK, clause, pos) + 1
    return item if item and _SIZE_CLAUSE.fullmatch(text, item, pos) is not None else clause


def _sizes_one_project(text: str, clause: int, pos: int, end: int) -> bool:
    """`总投资2亿元的商业中心`: the clause opens with the size's measure alone and the figure is followed by one
    project's name (no count, set or bare kind, unless a pointer or `一个` before the size made it one: `这项…总投资…的项目`)."""
    size = _SIZE_CLAUSE.fullmatch(text, clause, pos)
    if size is None:
        return False
    m = _SIZED.match(text, end, min(len(text), end + _SIZED_REACH))
    return m is not None and (size["one"] is not None or _GENERIC.fullmatch(m["thing"]) is None)


def _project_topic(text: str, sentence_start: int, pos: int, subject: str) -> bool:
    """`该项目占地100亩，总投资…`, `某某光源被称为…，总投资…`, `某负责人介绍，某某项目是…，总投资…`: a total named alone
    (or after the pointer that opens its sentence: `该项目总投资…`) in a sentence one project opens."""
    if not (_TOTAL_ALONE.fullmatch(subject) or _TOTAL_POINTED.fullmatch(subject)):
        return False
    m = _TOPIC.match(text, sentence_start, min(pos, sentence_start + _TOPIC_REACH))
    if m is None or pos - m.end() > _TOPIC_REACH or any(c in text[m.end():pos] for c in _ITEM_MARKS):
        return False
    return not m["name"] or not _place_outside_bodies(text, m.start("name"), m.end("name")) \
        and _GENERIC.fullmatch(m["name"]) is None


def _place_outside_bodies(text: str, start: int, end: int) -> bool:
    """A place in the name at start..end that opens no named body's name (`萧山区某某项目`; not `苏州某某剧场`, whose
    place is the theatre's: place_led_bodies.py)."""
    bodies = named_bodies(text, start, end)
    return any(not any(a <= p.start < b for a, b in bodies) for p in place_mentions(text, start, end))


def one_project_figure(text: str, sentence_start: int, pos: int, end: int, subject: str) -> bool:
    """The figure at pos..end (its subject as read) is one project's own size."""
    clause = _own_clause(text, sentence_start, pos)
    return _sizes_one_project(text, clause, pos, end) or _project_topic(text, sentence_start, pos, subject) \
        or noun_topic_total(text, sentence_start, pos, subject) != subject \
        or _POINTED_WORKS.match(subject) is not None \
        or sizes_pointed_project(text, sentence_start, (pos, end))  # `某某高铁，投资…`, `该工厂员工…`, `这项占地…的项目`


def project_region(text: str, sentence_start: int, pos: int, region: str | None) -> str | None:
    """The region of one project's figure at pos: none, unless its own clause opens with a place (`萧山区总投资…`)."""
    clause = _own_clause(text, sentence_start, pos)
    return region if any(is_topic(text, p, clause) for p in place_mentions(text, clause, pos)) else None
