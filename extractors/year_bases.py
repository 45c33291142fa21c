"""A change told against a year more than a year before the time it describes (`比2005年提高了10.3个百分点`): read
alone it would be the year-on-year change, so its subject keeps the base, `农业科技进步贡献率(比2005年)`. The words are
lexicon/subjects.toml's `earlier_year_base`; the resolver asks once the figure's period is settled."""

from __future__ import annotations

from .lexicon import lexicon

_LAST_BASE = lexicon().compile("(?r){earlier_year_base}")  # searched backwards: the last base before the figure
_BRACKET = lexicon().compile("year_base_bracket")
_CHANGES = ("change", "delta")


def year_based(text: str, clause: int, end: int, kind: str, subject: str, period_end: str | None) -> str:
    """The subject of the figure ending at end (its direction word inside it) with its year base added, as described
    above; else the subject unchanged. A subject that names a base or a qualifier already (`…(比2019年同期)`) is left
    as it is."""
    if kind not in _CHANGES or not subject or subject.endswith(")") or period_end is None:
        return subject
    base = _LAST_BASE.search(text, clause, end)
    if base is None or int(period_end[:4]) - int(base["year"]) < 2:
        return subject
    return f"{subject}({base['base']})"


def without_year_base(subject: str) -> str:
    """`出口总量(比1996年)` → 出口总量: the measure the base was added to."""
    return _BRACKET.sub("", subject)
