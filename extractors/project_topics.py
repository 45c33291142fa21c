"""Project topics: a total investment named alone opening a clause is the project its sentence opens with.

`某某360剧场位于某新城，项目总投资约6亿元` is the theatre's total (某某360剧场项目总投资), not the city's;
`某某光源被称为“科学之眼”，由某研究所作为法人单位，占地900亩，总投资40亿元` the light source's (某某光源总投资): the
clauses between only tell the thing's properties (its site, its size, who builds it). A sentence that opens by pointing
at a project (`该项目占地100亩，总投资…`, `该项目总投资…`) is about the project the paragraph's sentence right before opens
with (or opens at the site of: `在某某项目建设现场，…`). Only a
clause that opens with the thing's name and says where or what it is (lexicon/owners.toml `project_topic_clause`),
over at most a few property clauses (`project_property_clause`), in the same sentence or, for a pointer, the one
before (`project_pointer_opening`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions
from .sentences import sentence_start_before
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_TOPIC = _LEX.compile_at("project_topic_clause")
_PROPERTY = _LEX.compile_at("project_property_clause")
_POINTER_OPENING = _LEX.compile_at("project_pointer_opening")
_ALONE = _LEX.compile("project_total_alone")
_POINTED = _LEX.compile("project_total_pointed")
_SITE = _LEX.compile_at("project_site_opening")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_REACH = 60  # characters back from the figure's clause the clause before may open: a long clause names more than one thing
_PROPERTIES = 3  # property clauses read back over: more tell of more than one thing
_SENTENCE_REACH = 200  # characters back from a pointer's sentence the sentence before may open
_PROJECT = _LEX.words("project_word")[0]
_NOUN_CLAUSE = _LEX.compile("project_noun_clause")
_NOUN_INVESTMENT = _LEX.compile("project_noun_investment")
_GENERIC = _LEX.compile("generic_project_name")
_NOUN_REACH = 50  # characters back from the investment its thing's name may open
_INDENT = 4  # characters of a paragraph's indent (`　　`) before its first sentence
_ELLIPSIS = "……"  # a run of narrative cut off: what follows opens afresh


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding pos opens, not before lo."""
    return max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)


def _topic_before(text: str, sent_start: int, clause: int, para_start: int | None) -> str | None:
    """The name of the thing the clauses before the one at clause open with, read back over its property clauses
    (and, from a pointer opening the sentence, the sentence before within the paragraph from para_start)."""
    end = clause - 1
    for _ in range(_PROPERTIES + 1):
        before = _clause_start(text, max(sent_start, end - _REACH), end)
        if before == end - _REACH and before > sent_start:
            return None  # a clause too long to be one thing's opening
        if (m := _TOPIC.match(text, before, end + 1)) is not None:
            return m["name"]
        if before == sent_start and para_start is not None and _POINTER_OPENING.match(text, before, end) is not None:
            return _sentence_topic(text, para_start, sent_start)  # `…设施则是…。该项目占地100亩，总投资…`
        if before <= sent_start or _PROPERTY.match(text, before, end) is None:
            return None
        end = before - 1
    return None


def _sentence_topic(text: str, para_start: int, sent_start: int) -> str | None:
    """The thing the paragraph's sentence right before sent_start opens with, when it says where or what it is, or
    whose site it opens at (`在某某基地项目建设现场，…`)."""
    if sent_start <= para_start + 1:
        return None
    before = sentence_start_before(text, max(para_start, sent_start - _SENTENCE_REACH), sent_start)
    at = before + text[before:before + 1].isspace()
    m = _TOPIC.match(text, at, sent_start) or _SITE.match(text, at, sent_start)
    return m["name"] if m is not None else None


def _pointed_total(text: str, sent_start: int, pos: int, subject: str, para_start: int | None) -> str:
    """`…。该项目总投资达700亿元`: a total that keeps the pointer opening its sentence is the project's the sentence
    before opens with; else as it was."""
    opening = sent_start + text[sent_start:sent_start + 1].isspace()
    if para_start is None or not text.startswith(subject, opening) or opening + len(subject) > pos:
        return subject
    name = _sentence_topic(text, para_start, sent_start)
    return name + subject[_POINTED.fullmatch(subject).end("pointer"):] if name is not None else subject


def noun_topic_total(text: str, sent_start: int, pos: int, subject: str) -> str:
    """`某某数字经济产业园，已吸引投资529亿元`: the investment named alone opening the clause right after a sentence's
    first clause (or the first after a `……`) that is only one thing's name is that thing's (某某数字经济产业园吸引投资);
    else as it was."""
    opening = sent_start + len(text[sent_start:sent_start + _INDENT]) - len(text[sent_start:sent_start + _INDENT].lstrip())
    lo = max(opening, pos - _NOUN_REACH)
    clause = _clause_start(text, lo, pos)
    if clause <= lo:
        return subject
    before = _clause_start(text, lo, clause - 1)
    if (cut := text.rfind(_ELLIPSIS, before, clause - 1)) >= 0:
        before = cut + len(_ELLIPSIS)
    if before != opening and text[before - 1:before] != "\n" and not text.startswith(_ELLIPSIS, before - len(_ELLIPSIS)):
        return subject  # the name opens no sentence, no line, nor a run after `……`
    invested = _NOUN_INVESTMENT.match(text[clause:pos])
    noun = _NOUN_CLAUSE.fullmatch(text[before:clause - 1])  # its `^…$` hold the clause alone
    act = invested["act"] or "" if invested is not None else ""
    if invested is None or subject not in (invested["measure"], act + invested["measure"]) or noun is None \
            or _GENERIC.fullmatch(noun["name"]):
        return subject
    name = noun["name"]
    if subject_is_narrative(name + act + invested["measure"]):  # too long: a place opening the name goes first
        at, end = before + noun.start("name"), before + noun.end("name")
        lead = [p for p in place_mentions(text, at, end) if p.start == at]
        name = text[lead[0].end:end] if lead else name
    named = name + act + invested["measure"]
    return subject if subject_is_narrative(named) else named


def project_topic_total(text: str, sent_start: int, pos: int, subject: str, para_start: int | None = None) -> str:
    """The subject of the figure at pos with the project the clauses before its own open with, when it is a total
    investment named alone opening its clause; else as it was. para_start: where its paragraph opens (None: no
    sentence before is read)."""
    if _POINTED.fullmatch(subject):
        return _pointed_total(text, sent_start, pos, subject, para_start)
    if (noun_owned := noun_topic_total(text, sent_start, pos, subject)) != subject:
        return noun_owned
    if not _ALONE.fullmatch(subject):
        return subject
    clause = _clause_start(text, max(sent_start, pos - _REACH), pos)
    if clause <= sent_start or not text.startswith(subject[:2], clause):
        return subject
    name = _topic_before(text, sent_start, clause, para_start)
    if name is None:
        return subject
    return name + (subject[len(_PROJECT):] if name.endswith(_PROJECT) and subject.startswith(_PROJECT) else subject)
