"""Whether an uncatalogued `other` subject is a narrative clause rather than a measure's name: an aspect `了` after a
verb, a leading moment (`最近几天`), `就`/`才`/`曾` before a verb, a letter written to someone, a study's sample or an
auction make the figure a story's particular, which is dropped; a clause whose measure is clear (`…增加了近`,
`市财政就累计投入`) is first repaired to that measure (audit classes N1, S1). Words in `lexicon/clauses.toml`."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_CLAUSE = _LEX.compile("clause_subject")
_CHANGE_TAIL = _LEX.compile("clause_change_tail")
_FOCUS_JIU = _LEX.compile("clause_focus_jiu")
_HELD_ONCE = _LEX.compile("clause_held_once")


def repaired_clause(subject: str) -> str:
    """`…接待观众增加了近` → …接待观众增加, `市财政就累计投入` → 市财政累计投入: the measure a clause names plainly."""
    return _FOCUS_JIU.sub("", _CHANGE_TAIL.sub("", subject, count=1), count=1)


def subject_is_clause(subject: str) -> bool:
    """`跑遍了…行政村`, `半个月就售出…`, `曾启动制定…`, `…党员给…写信`, `研究人员选取`: a narrative clause, no measure."""
    return _CLAUSE.search(subject) is not None


def told_as_held_once(lead: str) -> bool:
    """`该县曾有3.2万贫困人口、45个贫困村，分别占…`: the figure's sentence (lead: its text before it) says what a place
    once had, counts of a past state, though a cleaned subject (`曾贫困人口`) reads like `曾` before an act."""
    return _HELD_ONCE.search(lead) is not None
