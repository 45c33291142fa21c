"""Canonical text for matching (full-width → ASCII, wraps joined, zero-width removed) with an offset map."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True, slots=True)
class Canonical:
    """Canonical text; `to_source[i]` is the source offset of canonical character i (plus one sentinel)."""

    text: str
    to_source: list[int]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets covering canonical characters start..end."""
        return self.to_source[start], self.to_source[end - 1] + 1


def _fold(ch: str) -> str:
    if "\uff01" <= ch <= "\uff5e":
        return chr(ord(ch) - 0xFEE0)
    if ch == "\u3000":
        return " "
    return ch


def _is_cjk(ch: str) -> bool:
    return bool(ch) and unicodedata.east_asian_width(ch) in "WF" or ch.isdigit()


def normalize(source: str) -> Canonical:
    """Fold full-width forms, drop zero-width characters and join line breaks inside sentences."""
    out: list[str] = []
    to_src: list[int] = []
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch in _ZERO_WIDTH or ch == "\r":
            i += 1
            continue
        if ch == "\n":
            j = i
            while j < n and source[j] in "\r\n \t":
                j += 1
            prev = out[-1] if out else ""
            nxt = source[j] if j < n else ""
            if prev and nxt and _is_cjk(prev) and _is_cjk(nxt) and prev not in "。！？；：" and source.count("\n", i, j) == 1:
                i = j
                continue
            out.append("\n")
            to_src.append(i)
            i = j if j > i else i + 1
            continue
        out.append(_fold(ch))
        to_src.append(i)
        i += 1
    to_src.append(n)
    return Canonical("".join(out), to_src)
