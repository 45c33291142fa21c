"""Cohort owners: how a cohort of people counted in its `；` group fared, named alone in a later clause, is the cohort's.

`2019届高校毕业生43.7万人，已实现就业36万人，就业率达82.4%` counts the graduates who found work and their rate
(2019届高校毕业生就业, 2019届高校毕业生就业率), not all the employment of the place. The cohort count is a clause of
its own (lexicon/owners.toml `cohort_count`), the outcome a measure named alone (`cohort_outcome`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .sentences import group_start
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_COHORT = _LEX.compile("cohort_count")
_OUTCOME = _LEX.compile("cohort_outcome")
_CLAUSE_MARKS = ",，"


def cohort_owner(subject: str, text: str, sentence_start: int, clause: int) -> str:
    """The subject with the cohort a clause of its `；` group counted before (2019届高校毕业生就业), or as it was."""
    if not _OUTCOME.fullmatch(subject):
        return subject
    group = group_start(text, sentence_start, clause)
    end = clause
    while end > group:  # each earlier clause of the group, nearest first
        start = max(group, *(text.rfind(c, group, end - 1) + 1 for c in _CLAUSE_MARKS))
        if (m := _COHORT.match(text, start, end)) is not None:
            named = m["cohort"] + subject
            return subject if m["cohort"] in subject or subject_is_narrative(named) else named
        end = start
    return subject
