"""The lines of a text around a position, read a bounded way: the line holding it and the lines above it.

Headings, list items and count lines are short; a run-on text (a million characters with no line break) must not be
scanned from its start for every figure, so a line whose start or end lies beyond the reach is no line here.
"""

from __future__ import annotations

from collections.abc import Iterator

LINE_REACH = 400  # characters read each way for a line's ends


def line_at(text: str, pos: int, reach: int = LINE_REACH) -> tuple[int, int] | None:
    """The start and end of the line holding pos; None when either lies beyond reach of pos."""
    low = max(0, pos - reach)
    start = text.rfind("\n", low, pos) + 1
    if start == 0 and low > 0:
        return None
    high = min(len(text), pos + reach)
    end = text.find("\n", pos, high)
    if end == -1:
        if high < len(text):
            return None
        end = len(text)
    return start, end


def lines_above(text: str, pos: int, count: int, reach: int = LINE_REACH) -> Iterator[tuple[int, int]]:
    """Up to count lines above the line holding pos, nearest first; none past a line longer than reach."""
    line = line_at(text, pos, reach)
    for _ in range(count):
        if line is None or line[0] == 0:
            return
        line = line_at(text, line[0] - 1, reach)
        if line is not None:
            yield line
