"""Canonical text and its exact map back to the decoded source: the map stores breakpoints, one per edit, not one
integer per character (normalize.py makes the text and the map)."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence


class OffsetMap(Sequence):
    """Canonical offset → source offset, stored as breakpoints (memory ∝ number of edits, not text size).

    `offset_map[i]` is the source offset of canonical character i; `offset_map[len(text)]` is the source
    length (a sentinel), so it behaves like the list `to_source` of earlier versions.
    """

    __slots__ = ("_starts", "_deltas", "_length", "_source_length")

    def __init__(self, starts: array, deltas: array, length: int, source_length: int):
        self._starts, self._deltas = starts, deltas
        self._length, self._source_length = length, source_length

    def __len__(self) -> int:
        return self._length + 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i <= self._length:
            raise IndexError(i)
        if i == self._length:
            return self._source_length
        return i + self._deltas[bisect_right(self._starts, i) - 1]


class Canonical:
    """Canonical text and its map to the decoded source (see normalize.py's docstring for what text holds)."""

    __slots__ = ("text", "to_source")

    def __init__(self, text: str, to_source: OffsetMap):
        self.text = text
        self.to_source = to_source

    def source_offset(self, i: int) -> int:
        return self.to_source[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets (S, E) such that source[S:E] holds canonical text[start:end] (modulo removed
        breaks/spaces and the 1:1 folds)."""
        if end <= start:
            s = self.to_source[start]
            return s, s
        return self.to_source[start], self.to_source[end - 1] + 1

    def __repr__(self) -> str:
        return f"Canonical({self.text[:40]!r}…, {len(self.text)} chars)"
