"""Counts named again: a change whose subject is the noun just counted with a word of number (`提案数量`, `案件总数`).

`国务院扶贫办承办全国政协委员提案209件，提案数量较2017年增长近40%` is the change of the office's count of proposals
(国务院扶贫办承办全国政协委员提案数量), not of all proposals anywhere: the clause repeats the counted noun to say its
number changed. Only right after the count in the same sentence, in a count unit, when the count's subject ends with
the noun (lexicon/subjects.toml `count_named_again`); else the subject stays.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_AGAIN = _LEX.compile("count_named_again")


def count_again(subject: str, previous: str | None) -> str | None:
    """The owned subject (`…提案数量`) when subject names the noun previous (the count's subject) ends with, and a word
    of number; else None."""
    m = _AGAIN.fullmatch(subject)
    if m is None or not previous or not previous.endswith(m["noun"]) or previous == m["noun"]:
        return None
    return previous + m["number"]
