"""A qualifier written once before the first value of a `分别` run qualifies every value of it (`分别增长约24%和15%`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from .lexicon import lexicon

_LEX = lexicon()
_OPENING = _LEX.compile("respective_run_opening")
_JOINER = _LEX.compile("respective_run_joiner")
_OPENING_REACH = 16  # characters: `分别`, a short verb and the qualifier word

Q = TypeVar("Q")


def share_run_qualifiers(text: str, quantities: list[Q], word_before) -> list[Q]:
    """The quantities, each exact value of a `分别` run given the qualifier that the word before its first value gives.

    word_before(text, pos) is the qualifier the word right before pos gives, if any. Only a run of one unit joined by
    bare list marks is shared; a value with its own qualifier keeps it."""
    out = list(quantities)
    i = 0
    while i < len(out):
        run = _run(text, out, i)
        first = out[i]
        word = word_before(text, first.start) if len(run) > 1 else None
        if word and word != "exact" and first.qualifier == word and _opens_run(text, first.start):
            for j in run[1:]:
                if out[j].qualifier == "exact":
                    out[j] = replace(out[j], qualifier=word)
        i = run[-1] + 1
    return out


def _run(text: str, quantities: list, i: int) -> list[int]:
    """Quantity i and those after it of the same unit joined to it by bare list marks."""
    run = [i]
    for j in range(i + 1, len(quantities)):
        prev, q = quantities[run[-1]], quantities[j]
        if q.unit != prev.unit or q.modifier or not _JOINER.fullmatch(text, prev.end, q.start):
            break
        run.append(j)
    return run


def _opens_run(text: str, pos: int) -> bool:
    """`分别` and a short verb before the qualifier word at pos (the word itself is up to 3 characters)."""
    lo = max(0, pos - _OPENING_REACH)
    return any(_OPENING.search(text, lo, pos - k) for k in range(1, 4) if pos - k > lo)
