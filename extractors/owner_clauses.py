"""An owner a clause names alone: one project, work or result standing as a comma clause of its own (`其中，仅某码头
项目，支持建设总投资就达16亿元`, `；某研究所某药物单项成果，转化效益达4.57亿美元`) owns the bare size or benefit the next
clause names (某码头项目总投资), read back a bounded window. Words in lexicon/owners.toml (`owner_alone_clause`,
`owner_alone_measure`)."""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_OWNER = _LEX.compile("owner_alone_clause")
_MEASURE = _LEX.compile("owner_alone_measure")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_REACH = 40  # characters before the figure's clause its owner's clause may open


def _clause_open(text: str, lo: int, pos: int) -> int:
    return max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)


def owner_alone(text: str, sentence_start: int, figure: int, subject: str) -> tuple[str, str] | None:
    """(owner, measure) when the figure's subject is a bare size or benefit (or one this owner was already given) and the
    comma clause before its own names one project, work or result alone (`其中，仅某码头项目，支持建设总投资…` →
    (某码头项目, 总投资)); else None."""
    measure = _MEASURE.fullmatch(subject or "") or _MEASURE.search(subject or "")
    if measure is None or measure.end() != len(subject):
        return None
    clause = _clause_open(text, max(sentence_start, figure - _REACH), figure)
    if clause <= sentence_start or text[clause - 1] not in "，,":
        return None
    lo = max(sentence_start, clause - 1 - _REACH)
    before = _clause_open(text, lo, clause - 1)
    if before == lo != sentence_start and text[before - 1] not in _CLAUSE_MARKS:
        return None  # the clause before is longer than the window: no name standing alone
    owner = _OWNER.fullmatch(text, before, clause - 1)
    if owner is None or subject[:measure.start()] not in ("", owner["owner"] + owner["head"]):
        return None  # the subject names another owner of its own
    return owner["owner"] + owner["head"], measure["measure"]


def alone_owner(subject: str, text: str, sentence_start: int, figure: int) -> str:
    """The subject with the one owner the comma clause before the figure's own names alone, or as it was (also when
    the name grows too long to be kept: subject_checks)."""
    found = owner_alone(text, sentence_start, figure, subject)
    if found is None or subject_is_narrative(found[0] + found[1]) or subject.startswith(found[0]):
        return subject
    return found[0] + found[1]
