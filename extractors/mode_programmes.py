"""Programmes run by a way of funding: projects a paragraph counts bare after the sentence that names such a programme
are that programme's.

`…探索运用PPP模式开展脱贫攻坚。全国已纳入管理库的项目共计1414个，投资额达1.2万亿元。其中落地项目633个…` counts the
poverty-relief PPP projects (纳入管理库的脱贫攻坚PPP项目, 落地脱贫攻坚PPP项目投资额), not every project of the
country. Only the next sentences of the same paragraph, and only a project subject named bare (lexicon/owners.toml
`mode_programme`, `mode_programme_project`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .sentences import sentence_start_before
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_PROGRAMME = _LEX.compile("mode_programme")
_PROJECT = _LEX.compile("mode_programme_project")
_SENTENCE_MARKS = "。！？!?"
_BACK = 2  # sentences read back: the programme must be named just before


def _programme_before(text: str, para_start: int, sent_start: int) -> str | None:
    """The programme (`脱贫攻坚PPP`) the last sentence naming one, among the _BACK before sent_start, names."""
    start, seen = sent_start, 0
    while start > para_start and seen < _BACK:
        prev = sentence_start_before(text, para_start, start, _SENTENCE_MARKS)
        found = list(_PROGRAMME.finditer(text, prev, start))
        if found:
            return found[-1]["field"] + found[-1]["mode"]
        start, seen = prev, seen + 1
    return None


def mode_programme_project(text: str, para_start: int, sent_start: int, subject: str) -> str:
    """The subject (a project named bare) with the programme an earlier sentence of its paragraph names (after it in
    brackets when the name would be too long to keep: 纳入管理库的项目投资额(脱贫攻坚PPP)), or as it was."""
    m = _PROJECT.fullmatch(subject)
    if m is None or (programme := _programme_before(text, para_start, sent_start)) is None:
        return subject
    named = m["head"] + programme + subject[m.end("head"):]
    return f"{subject}({programme})" if subject_is_narrative(named) else named  # too long a name loses no figure
