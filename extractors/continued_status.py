"""A sentence that goes on with the figure before it (`…预计完成64000万元。加上转移性收入…`) keeps its status.

A figure read as actual in a sentence that opens by adding to or breaking down the account of the sentence before
in its paragraph (`其中`, `加上`, `扣除`: lexicon/status.toml `continued_account`) is the same estimate or target
that account was, when it is of the same period and its own words before it tell nothing done (`已`, `实际`).
A sentence of another time (`分季度看,一季度…`), or one that opens any other way, keeps its own status.
"""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period

_LEX = lexicon()
_CONTINUED = _LEX.compile("continued_account")
_TOLD_DONE = _LEX.compile("continued_told_done")


class StatusCarry:
    """The last status of the sentence before, in its paragraph, that a continuing sentence takes on."""

    def __init__(self) -> None:
        self._current: tuple = (-1, -1, None, None)   # paragraph, sentence start, status, period of the last fact
        self._previous: tuple = (-1, -1, None, None)  # the same for the sentence before the current one

    def note(self, paragraph: int, sentence_start: int, status: str, period: Period) -> None:
        """Remember the status of a fact just read."""
        if self._current[1] != sentence_start:
            self._previous = self._current
        self._current = (paragraph, sentence_start, status, period)

    def carried(self, text: str, paragraph: int, sentence_start: int, pos: int, status: str, period: Period) -> str:
        """The status of a figure at pos: the sentence before's estimate or target when this sentence continues it."""
        last = self._current if self._current[1] != sentence_start else self._previous
        if status != "actual" or last[0] != paragraph or last[2] not in ("estimate", "target") or last[3] != period:
            return status
        if _CONTINUED.match(text, sentence_start) is None or _TOLD_DONE.search(text, sentence_start, pos):
            return status
        return last[2]
