"""Where the clause before a figure starts: the stretch of text its subject may come from."""

from __future__ import annotations

import regex

from .lexicon import lexicon

WINDOW = 48  # characters of clause before a number that may hold its subject
LIST_WINDOW = 96  # characters: a list of items before its figures (`A、B、…、E等…分别为`) may run past WINDOW
LIST_MARK = "、"
_LAST_CLAUSE_MARK = regex.compile(r"(?r)[,，;；:：。！？!?]")
LAST_COMMA = regex.compile(r"(?r)[,，;；]")  # searched backwards: the last comma or semicolon before a figure
_COLON_LABEL = lexicon().compile("colon_label")
_COUNT_AFTER_LABEL = lexicon().compile("colon_label_count")
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKETS = ")）"
_NUMBER_DEBRIS = lexicon().compile_at("number_run_debris")


def subject_clause_start(text: str, lo: int, pos: int, list_marks: bool) -> int:
    """Start of the clause that ends at pos (never before lo); with list_marks, of the list item."""
    start = max(lo, pos - WINDOW)
    if (aside := _window_aside(text, lo, start, pos)) is not None:
        start = max(lo, aside - WINDOW)  # `受理非话务渠道(含省长信箱、…等渠道)各类诉求`: the clause the aside stands in
    mark = _LAST_CLAUSE_MARK.search(text, start, pos)  # searched backwards: the last mark is the first found
    if mark is None and start > lo and text.find(LIST_MARK, start, pos) != -1:
        # a window cut inside a list's first items (`3D打印设备、…` → `印设备`): the list from its clause's start
        wider = max(lo, pos - LIST_WINDOW)
        if (mark := _LAST_CLAUSE_MARK.search(text, wider, start)) is not None:
            start = wider
    if mark and (opening := _aside_opening(text, start, mark.end(), pos)) is not None:
        mark = _LAST_CLAUSE_MARK.search(text, start, opening)  # `地区生产总值(预计,下同)7100亿元`: the aside's comma
    last = mark.end() if mark else None
    # the cheap test first: a figure right after its clause mark is rare, the label's search is not cheap
    if mark and not text[mark.end():pos].strip() and (label := _COLON_LABEL.search(text, start, mark.end())) \
            and _COUNT_AFTER_LABEL.match(text, pos):
        last = label.start()  # `甲类:0例`: the label before a colon and a count is the subject (not `定价:860元`)
    if list_marks and (item := text.rfind(LIST_MARK, start, pos)) != -1:
        if (opening := _aside_opening(text, start, item + 1, pos)) is not None:
            item = text.rfind(LIST_MARK, start, opening)  # `(含省长信箱、政协云等渠道)`: the aside's own list
        last = max(last or 0, item + 1) if item != -1 else last
    last = last if last is not None else start
    if (debris := _NUMBER_DEBRIS.match(text, last, pos)) is not None:
        last = debris.end()  # `…39.8全年居民消费价格…`: the ratio's last digits start no subject
    return last


def _window_aside(text: str, lo: int, start: int, pos: int) -> int | None:
    """Where a bracketed aside opens when the window before pos starts inside it and it closes before pos (a long
    list of channels in brackets before the thing counted), else None."""
    if start <= lo:
        return None
    close = min((i for i in (text.find(c, start, pos) for c in _CLOSING_BRACKETS) if i != -1), default=-1)
    if close == -1 or any(c in _OPENING_BRACKETS for c in text[start:close]):
        return None
    opening = max(text.rfind(c, max(lo, start - WINDOW), start) for c in _OPENING_BRACKETS)
    return opening if opening != -1 else None


def _aside_opening(text: str, start: int, mark_end: int, pos: int) -> int | None:
    """Where the bracketed aside holding a clause mark opens, when the aside closes before pos (`(预计,下同)`)."""
    close = max(text.rfind(c, mark_end, pos) for c in _CLOSING_BRACKETS)
    if close == -1 or any(c in _OPENING_BRACKETS for c in text[mark_end:close]):
        return None
    opening = max(text.rfind(c, start, mark_end) for c in _OPENING_BRACKETS)
    return opening if opening != -1 else None
