"""Goal measures: a manner word alone (`实际增长5.0%`) after a clause that told its measure's goal in words.

`城镇居民人均可支配收入增速预期目标为“与经济增长基本同步”，实际增长5.0%` is the income's actual growth
(城镇居民人均可支配收入(实际)), not a figure of `实际`: the clause before names the measure and its goal, but no figure
of its own, so no previous subject carries the measure (a goal told with a figure does: `预期增长8%，实际增长9.2%`).
Only the sentence's first clause, up to a goal word (lexicon/subjects.toml `goal_told_clause`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .subjects import clean_subject

_LEX = lexicon()
_GOAL_TOLD = _LEX.compile_at("goal_told_clause")
_MIN_MEASURE = 2  # characters: a measure's name, not a word left by the cleaner


def goal_measure(text: str, sentence_start: int, clause_start: int) -> str | None:
    """The measure the sentence's first clause (text[sentence_start:clause_start]) sets a goal for in words, else None."""
    m = _GOAL_TOLD.match(text, sentence_start, clause_start)
    if m is None or m.end() != clause_start:
        return None
    measure = clean_subject(m["measure"])
    return measure if len(measure) >= _MIN_MEASURE else None
