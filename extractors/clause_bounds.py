"""Where the clause before a figure starts: the stretch of text its subject may come from."""

from __future__ import annotations

import regex

from .lexicon import lexicon

WINDOW = 48  # characters of clause before a number that may hold its subject
LIST_MARK = "、"
_LAST_CLAUSE_MARK = regex.compile(r"(?r)[,，;；:：。！？!?]")
_COLON_LABEL = lexicon().compile("colon_label")
_COUNT_AFTER_LABEL = lexicon().compile("colon_label_count")


def subject_clause_start(text: str, lo: int, pos: int, list_marks: bool) -> int:
    """Start of the clause that ends at pos (never before lo); with list_marks, of the list item."""
    start = max(lo, pos - WINDOW)
    mark = _LAST_CLAUSE_MARK.search(text, start, pos)  # searched backwards: the last mark is the first found
    last = mark.end() if mark else None
    # the cheap test first: a figure right after its clause mark is rare, the label's search is not cheap
    if mark and not text[mark.end():pos].strip() and (label := _COLON_LABEL.search(text, start, mark.end())) \
            and _COUNT_AFTER_LABEL.match(text, pos):
        last = label.start()  # `甲类:0例`: the label before a colon and a count is the subject (not `定价:860元`)
    if list_marks and (item := text.rfind(LIST_MARK, start, pos)) != -1:
        last = max(last or 0, item + 1)
    return last if last is not None else start
