"""Project topics: a total investment named alone opening a clause is the project the clause just before opens with.

`某某360剧场位于某新城，项目总投资约6亿元` is the theatre's total (某某360剧场项目总投资), not the city's. Only a clause
that opens with the thing's name and says where or what it is (lexicon/owners.toml `project_topic_clause`), only the
one clause right before the figure's, in the same sentence (`project_total_alone`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_TOPIC = _LEX.compile_at("project_topic_clause")
_ALONE = _LEX.compile("project_total_alone")
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_REACH = 60  # characters back from the figure's clause the clause before may open: a long clause names more than one thing
_PROJECT = _LEX.words("project_word")[0]


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding pos opens, not before lo."""
    return max(lo, max(text.rfind(c, lo, pos) for c in _CLAUSE_MARKS) + 1)


def project_topic_total(text: str, sent_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the project the clause before its own opens with, when it is a total
    investment named alone opening its clause; else as it was."""
    if not _ALONE.fullmatch(subject):
        return subject
    clause = _clause_start(text, max(sent_start, pos - _REACH), pos)
    if clause <= sent_start or not text.startswith(subject[:2], clause):
        return subject
    before = _clause_start(text, max(sent_start, clause - 1 - _REACH), clause - 1)
    if before == clause - 1 - _REACH or (m := _TOPIC.match(text, before, clause)) is None:
        return subject
    name = m["name"]
    return name + (subject[len(_PROJECT):] if name.endswith(_PROJECT) and subject.startswith(_PROJECT) else subject)
