"""Invested works: an investment named alone is the works its sentence names just before it (or just completed after it).

`…与某集团签约智慧东丰建设协议，投资3.2亿元` is the agreement's (智慧东丰建设协议投资), `某某热电联产项目是…之一，总投资9亿元` the
project's, `南岭县186个易地扶贫搬迁集中安置点实行…，累计投资52亿元` the sites' and `在建的长辽高铁，时速…，全长…，预计投资…`
the railway's: the clause the works' name is about (its end, a count of it, its short name or a predicate of it follows
the name) stands right before the figure's own clause, or over clauses that only tell its properties. An investment
opening its sentence takes the works the next clause says it completed (`投资1.2亿元，完成了…的雨污管网改造`). A name with
a word of scope, a list or a bare kind of projects names no works: the investment stays bare. Words in
lexicon/works.toml.
"""

from __future__ import annotations

from typing import NamedTuple

from .lexicon import lexicon
from .places import place_mentions
from .quantities import UNIT_KINDS

_LEX = lexicon()
_MONEY = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "currency")
_BARE = _LEX.compile("bare_investment_measure")
_MEASURE_CLAUSE = _LEX.compile("investment_measure_clause")
_HEAD = _LEX.compile("invested_works_head")
_NAME = _LEX.compile("invested_works_name")
_FOLLOW = _LEX.compile("invested_works_follow")
_PROPERTY = _LEX.compile("invested_works_property")
_SCOPE = _LEX.compile("invested_works_scope")
_ACTOR_AT = _LEX.compile("invested_works_actor_at")
_AFTER = _LEX.compile("invested_works_after")
_SINGLE = _LEX.compile("invested_works_single")
_GENERIC = _LEX.compile("generic_project_name")
_KIND = _LEX.compile("works_kind_name")
_SIZE_SUBJECT = _LEX.compile("works_size_subject")
_FIRM = _LEX.compile("works_firm_owner")
_OWNED = _LEX.compile("owned_bare_investment")
_LISTED = _LEX.compile("works_list_clause")
_SITE = _LEX.compile("works_site_lead")
_LEAD = _LEX.compile("works_clause_lead")
_COUNT_BEFORE = _LEX.compile("works_count_before")
_PLACE = "place"  # a place mention's kind (places.PlaceMention.kind)
_CLAUSE_ENDS = "，,；;。！？!?\n"
_CLAUSE_REACH = 80   # characters after a figure its clause may name the works' place in
_COMMAS = "，,"
_STOPS = "；;：:。！？!?\n"
_OF = _LEX.words("works_of_mark")[0]
_LIST_MARKS = frozenset(_LEX.words("works_list_mark"))
_CLAUSES = 3  # clauses read back: the name's and at most two property clauses
_MIN_NAME, _MAX_NAME = 3, 16  # characters: a shorter name is a bare kind, a longer one a piece of narrative
_HEAD_REACH = 4  # characters: the longest head a name ends with that a measure may repeat (`协议`)
_AFTER_REACH = 40  # characters after the figure the works it completed may be named in
_REACH = 160  # characters back from a figure its sentence is read: a run-on line names no works that far off


class Works(NamedTuple):
    name: str       # the works' name
    one: bool       # one works built (a project, a railway), not sites counted, a programme or an agreement
    counted: bool   # the clause counts the works (`186个…安置点`, `…项目73个`): a set


def money_level(kind: str, unit: str | None) -> bool:
    """Whether a figure is an amount of money (`投资3亿元`), not a rate of it (`基础设施投资增长17.3%`)."""
    return kind == "level" and unit in _MONEY


def _clause_before(text: str, lo: int, end: int) -> int:
    """Where the comma clause ending at end opens (not before lo)."""
    return max(lo, max(text.rfind(c, lo, end) for c in _COMMAS) + 1)


def _sentence_bound(text: str, sent_start: int, pos: int) -> int:
    """Where the figure's sentence (or its `；` part) opens, read back at most _REACH characters (a run-on line)."""
    lo = max(sent_start, pos - _REACH)
    return max(lo, max(text.rfind(c, lo, pos) for c in _STOPS) + 1)


def _named(text: str, lo: int, end: int, head_end: int) -> tuple[Works | None, bool]:
    """The works whose name ends at head_end in the clause text[lo:end], if the clause is about it, and whether it is
    the clause's topic (`…项目是…`)."""
    rest = text[head_end:end].strip()
    follow = _FOLLOW.match(rest) if rest else None
    if rest and follow is None:
        return None, False
    topic = bool(follow and follow["topic"])
    if follow is not None and follow["alias"]:
        return Works(follow["alias"], True, False), True  # `…工程（以下简称“东江廊道”）`: the short name it is known by
    m = _NAME.search(text[lo:head_end])
    if m is None:
        return None, False
    at = lo + m.start("name")
    name = m["name"]
    if text[at - 1:at] == _OF and (actor := _ACTOR_AT.match(text[lo:at - 1])) is not None:
        name = actor["actor"] + name  # `博世在辽源经开区的产业园二期项目` → 博世产业园二期项目
    elif text[at - 1:at] in _LIST_MARKS or _LISTED.search(text[lo:head_end]):
        return None, False  # an item of a list of works
    if not _names_works(name):
        return None, False
    counted = _COUNT_BEFORE.search(text[lo:at]) is not None or bool(follow and follow["count"])
    return Works(name, not counted and _one(name), counted), topic


def _names_works(name: str) -> bool:
    return _MIN_NAME <= len(name) <= _MAX_NAME and not _SCOPE.match(name) and not _GENERIC.fullmatch(name)


def _one(name: str) -> bool:
    """A name of one thing built, not of a kind of works (`农村公路`)."""
    return _SINGLE.search(name) is not None and not _KIND.fullmatch(name)


def _works_in(text: str, lo: int, end: int) -> Works | None:
    """The last works the clause text[lo:end] is about."""
    found = None
    for head in _HEAD.finditer(text, lo, end):
        works, topic = _named(text, lo, end, head.end())
        if topic:
            return works  # the thing the clause is about, not what it is said to be after `是`
        found = works or found
    return found


def works_before(text: str, sent_start: int, pos: int, subject: str) -> Works | None:
    """The works a bare investment at pos (its subject as read) is of, named in the clauses before its own."""
    if not _BARE.fullmatch(subject):
        return None
    bound = _sentence_bound(text, sent_start, pos)
    clause = _clause_before(text, bound, pos)
    if clause <= bound or not _MEASURE_CLAUSE.fullmatch(text[clause:pos]):
        return None
    end = clause - 1
    for _ in range(_CLAUSES):
        lo = _clause_before(text, bound, end)
        if (works := _works_in(text, lo, end)) is not None:
            return works
        if lo <= bound or not _PROPERTY.match(text[lo:end]):
            return None
        end = lo - 1
    return None


def works_after(text: str, sent_start: int, pos: int, end: int, subject: str) -> Works | None:
    """The works a bare investment opening its sentence (figure at pos..end) completed, named in the next clause."""
    if not _BARE.fullmatch(subject) or pos - sent_start > _REACH:
        return None
    opening = sent_start + len(text[sent_start:pos]) - len(text[sent_start:pos].lstrip())
    if not _MEASURE_CLAUSE.fullmatch(text[opening:pos]):
        return None
    m = _AFTER.match(text[end:end + _AFTER_REACH])
    if m is None or _SCOPE.match(m["name"]) or _GENERIC.fullmatch(m["name"]):
        return None
    return Works(m["name"], False, False)


def works_of(text: str, sent_start: int, pos: int, subject: str) -> Works | None:
    """The works whose investment the figure at pos is, when its subject names works and the investment alone
    (`长辽高铁投资`): named before the figure's own clause (works_before), or opening it (`北江直流工程投资超过…`)."""
    if (m := _SIZE_SUBJECT.fullmatch(subject)) is None:
        return None
    bound = _sentence_bound(text, sent_start, pos)
    clause = _clause_before(text, bound, pos)
    if (before := works_before(text, sent_start, pos, m["measure"])) is not None:
        return before._replace(name=m["name"])
    name = m["name"]
    lead = text[clause:pos].find(name)
    if lead < 0 or not _LEAD.fullmatch(text[clause:clause + lead]) or not _names_works(name):
        return None
    return Works(name, _one(name), False)


def one_works(text: str, sent_start: int, pos: int, subject: str) -> bool:
    """Whether the investment figure at pos (its subject as read) is one works' own (`某某直流工程投资超过…`)."""
    works = works_of(text, sent_start, pos, subject)
    return works is not None and works.one


def names_one_works(text: str, sent_start: int, pos: int, subject: str) -> bool:
    """Whether the investment figure at pos is one works' own: then no place's, not the city or province its story,
    dateline or sentence sets it in (`位于某省某市的…项目…总投资`, `某市政府官网显示，某某水乡总投资…`: one project's
    figure, as the audit judges it, not the place's). Only works placed by a place named after their money in its clause
    (`投资445万元的某镇某村…工程`: a county story's village works) keep the place read."""
    ends = [at for at in (text.find(c, pos, pos + _CLAUSE_REACH) for c in _CLAUSE_ENDS) if at >= 0]
    clause_end = min(ends, default=min(len(text), pos + _CLAUSE_REACH))  # `投资445万元的某镇某村…工程`: placed after
    return one_works(text, sent_start, pos, subject) and not any(
        p.kind == _PLACE and p.subject for p in place_mentions(text, pos, clause_end))


def _firm_works(text: str, sent_start: int, pos: int, subject: str) -> Works | None:
    """The works an investment named alone is of when the firm a rule took as its owner (`某某集团总投资`) names the
    works the sentence names before it (`某某现代农业产业园是…`, `某某集团在东丰县的食品加工基地二期投产`)."""
    owned = _OWNED.fullmatch(subject)
    firm = _FIRM.fullmatch(owned["owner"]) if owned is not None else None
    works = works_before(text, sent_start, pos, owned["measure"]) if firm is not None else None
    return works if works is not None and not works.counted and works.name.startswith(firm["root"]) else None


def invested_works(text: str, sent_start: int, pos: int, end: int, subject: str) -> str:
    """The subject of the investment figure at pos..end with the works it is of, when it is named alone, or a firm
    taken as its owner names the works; else as it was."""
    if (site := _SITE.match(subject)) is not None and _OWNED.fullmatch(subject):
        return subject[site.end():]  # `位于某市的某某项目总投资`: where it stands is no part of its name
    works = works_before(text, sent_start, pos, subject) or works_after(text, sent_start, pos, end, subject)
    if works is None and (works := _firm_works(text, sent_start, pos, subject)) is not None:
        subject = _OWNED.fullmatch(subject)["measure"]  # `某某集团总投资` whose sentence names the group's park
    if works is None:
        return subject
    head = _HEAD.search(works.name, max(0, len(works.name) - _HEAD_REACH))
    said = head is not None and head.end() == len(works.name) and subject.startswith(head[0])
    return works.name + (subject[len(head[0]):] if said else subject)  # `…协议` + `协议投资`: the word once
