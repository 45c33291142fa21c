"""Headed measures: a bare aid measure in a sentence that names no level or programme is the section heading's.

`（四）普通高中学生资助 … 共投入资助资金185.01亿元` or, under its `3.地方政府资助`, `其中，西部地区资助404万人次` count
that programme's aid; written `投入资助资金`, `西部地区资助` they read as all student aid of the country or the
region. A measure that names no whole (lexicon/owners.toml `headed_aid_measure`) takes the programme the nearest
numbered heading (and sub-heading) above names (funded_headings.section_programme), in brackets as a measure of it:
投入资助资金(普通高中学生资助). A sentence that names a level, a cohort or a programme of its own
(`aid_scope_word`: `资助普通高中学生…`, `“三区三州”地区…`, `国家助学金…`) keeps its subject: its words say whose it is.
"""

from __future__ import annotations

from .funded_headings import section_programme
from .lexicon import lexicon

_LEX = lexicon()
_MEASURE = _LEX.compile("headed_aid_measure")
_SCOPE = _LEX.compile("aid_scope_word")


def headed_measure(text: str, sentence_start: int, sentence_end: int, subject: str) -> str:
    """`投入资助资金` in a sentence naming no level, under `（四）普通高中学生资助` → 投入资助资金(普通高中学生资助)."""
    if not _MEASURE.fullmatch(subject) or _SCOPE.search(text, sentence_start, sentence_end):
        return subject
    programme = section_programme(text, sentence_start)
    return subject if programme is None else f"{subject}({programme})"
