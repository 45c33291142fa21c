"""Bodies a sentence points back at by their kind: `该小区`, `该站`, `该村` stand for the one body of that kind the
paragraph named before, whose figures they are.

`…城北街道东关南里小区的居民…。数据显示，该小区试行垃圾分类以来，垃圾整体减量率超过40%` is the estate's rate
(东关南里小区垃圾整体减量率), and `在…4号线楚河汉街站，…该站目前日均集散量约为2万人次` the station's. The pointer
either opens the figure's subject (`该村集体收入` → 程德岗村集体收入) or opens its clause as its topic, after a time or
who reports it, with the figure's measure named alone in that clause or opening a later comma clause of the same `；`
group. Two bodies of the kind named before, another named between the pointer and the figure, a scope word before
the measure (`各村`, `全…`, `其中`) or a measure of a clause with an actor of its own leave the subject as it is (an
earlier round found a wrong owner worse than none). Words in lexicon/owners.toml (`pointed_body*`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_POINTER = _LEX.compile("pointed_body")
_NAME = _LEX.compile("pointed_body_name")
_CLAUSE_LEAD = _LEX.compile("(?:{pointed_body_clause_lead})")
_KINDS = _LEX.values("pointed_body_kind")
_MEASURE = _LEX.compile("pointed_body_measure")
_SCOPE = _LEX.words("pointed_body_scope")
_CLAUSE_MARKS = "，,"
_GROUP_MARKS = "；;"
_REACH = 400  # characters of the paragraph read back from the pointer: a run-on paragraph is read nearby only
_MAX_OWNED = 16  # characters: a longer subject is a piece of a sentence (subject_checks._MAX_OTHER_SUBJECT)
_POINTER_REACH = 120  # characters before a figure its pointer may stand (firm_figures.ANAPHOR_REACH); read from the
# sentence start, a run-on sentence of figures would make this quadratic
_LEAD_REACH = 40  # characters of a clause's lead before its pointer


def pointed_body(text: str, para_start: int, sent_start: int, pos: int, subject: str) -> tuple[str, bool]:
    """The subject of the figure at pos with the body a `该…` of its sentence points back at, and whether that owner is
    a body (its figure no place's) rather than a place; else the subject as it is and False."""
    pointer = _last_pointer(text, sent_start, pos)
    if pointer is None:
        return subject, False
    kind = pointer["kind"]
    if subject.startswith(pointer[0]):
        bare = subject[len(pointer[0]):]
    elif _topic_of(text, sent_start, pointer.start(), pos, subject):
        bare = subject
    else:
        return subject, False
    if not bare or bare.startswith(_SCOPE) or _names_kind(text, pointer.end(), pos, kind):
        return subject, False
    names = {m["name"] for m in _NAME.finditer(text, max(para_start, pointer.start() - _REACH), pointer.start())
             if m["kind"] == kind}
    if len(names) != 1:
        return subject, False
    owned = names.pop() + bare
    return (owned, _KINDS[kind] == "body") if len(owned) <= _MAX_OWNED else (subject, False)


def owned_by_pointed_body(text: str, start: int, end: int, owned: str) -> bool:
    """text[start:end] points back at a body by its kind (`该小区`, `该站`; not a place's kind, `该村`) and the subject
    opens with a name of that kind (东关南里小区垃圾整体减量率): the body's own figure, no place's (firm_figures)."""
    kinds = {m["kind"] for m in _POINTER.finditer(text, start, end) if _KINDS[m["kind"]] == "body"}
    return bool(kinds) and (name := _NAME.match(owned)) is not None and name["kind"] in kinds


def _last_pointer(text: str, sent_start: int, pos: int):
    pointers = list(_POINTER.finditer(text, max(sent_start, pos - _POINTER_REACH), pos))
    return pointers[-1] if pointers else None


def _topic_of(text: str, sent_start: int, at: int, pos: int, subject: str) -> bool:
    """The pointer at `at` opens its comma clause (after a lead) and the figure's measure is named alone in that clause
    or, ending as a body's measure does (`…率`, `…收入`), opens a later comma clause of the same `；` group
    (`该小区试行…以来，垃圾整体减量率…`)."""
    floor = max(sent_start, at - _LEAD_REACH)
    opened = max(max(text.rfind(c, floor, at) for c in _CLAUSE_MARKS + _GROUP_MARKS) + 1, floor)
    if opened == floor and floor > sent_start:
        return False  # a lead longer than a clause's opening names more than a time or a reporter
    if not _CLAUSE_LEAD.fullmatch(text, opened, at) or any(c in text[at:pos] for c in _GROUP_MARKS):
        return False
    clause = max(text.rfind(c, at, pos) for c in _CLAUSE_MARKS) + 1
    if clause <= at:
        return True  # the figure is in the pointer's own clause
    lead = _CLAUSE_LEAD.match(text, clause, pos)
    return lead is not None and text.startswith(subject, lead.end()) and _MEASURE.search(subject) is not None


def _names_kind(text: str, start: int, end: int, kind: str) -> bool:
    """Another body of the kind is named between the pointer and the figure."""
    return any(m["kind"] == kind for m in _NAME.finditer(text, start, end))
