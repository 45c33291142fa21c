"""A hotline report's list of contact categories: every `；` item after the list's opening counts its category.

`群众来电诉求主要集中在农林畜牧水利1590件,占…;社会保障1485件,占…;公安执法和交通秩序管理1152件,…` names its categories
once, at the opening; the first count reads as a category's (`集中在…`: hotline.category_count), the later items, named
by the category alone, read as any hotline item (the fallback hotline.count). An item that is only its category and its
count, in a sentence that opened such a list before it (lexicon/owners.toml `hotline_category_list`), is a category's
count too; its subject stays the category's name. So is a line that is only a category, its count and its share
(`表扬298件 占比 6.53%`) in the run of such lines right under a heading of the contacts' categories (`(一)诉求分类情况`;
lexicon `hotline_category_heading`, `hotline_category_line`). A line that opens with a category and its count right under
a ranking of the contacts' categories (`从诉求类型看,诉求量前10位的分别是:` then `交通管理1155件,主要是…`; lexicon
`hotline_ranked_categories`, `hotline_ranked_line`) is a category's count even when no hotline word made it any hotline
item: the heading names the measure.
"""

from __future__ import annotations

from .headed_count_lines import _MAX_LINES, heading_above
from .lexicon import lexicon
from .text_lines import line_at, lines_above

_LEX = lexicon()
_OPENING = _LEX.compile("hotline_category_list")
_ITEM_END = tuple(_LEX.table("hotline_category_list", "item_end"))
_HEADING = _LEX.compile("hotline_category_heading")
_LINE = _LEX.compile("hotline_category_line")
_RANKING = _LEX.compile("hotline_ranked_categories")
_RANKED_LINE = _LEX.compile("hotline_ranked_line")
_ANY_ITEM = "hotline.count"
_CATEGORY = "hotline.category_count"


def listed_category(indicator: str | None, text: str, sent_start: int, pos: int, subject: str) -> str | None:
    """hotline.category_count for the count at pos when it is a later item of its sentence's category list or a
    category's line under a heading of categories (see the module doc), else None."""
    if indicator is None and subject and _ranked(text, pos, subject):
        return _CATEGORY  # a plain count under a ranking of categories: `诉求量前10位的分别是:`
    if indicator != _ANY_ITEM or not subject:
        return None
    if (headed := headed_category(indicator, text, pos, subject)) is not None:
        return headed
    item = max(text.rfind(mark, sent_start, pos) for mark in _ITEM_END)
    if item < 0 or _OPENING.search(text, sent_start, item) is None:
        return None
    return _CATEGORY if text[item + 1:pos].strip() == subject else None


def headed_category(indicator: str | None, text: str, pos: int, subject: str) -> str | None:
    """hotline.category_count for the count at pos when its line is a category, its count and share under a heading
    of the contacts' categories (see the module doc), else None."""
    if indicator != _ANY_ITEM or not subject:
        return None
    if heading_above(text, pos, subject, _LINE, _HEADING) is not None or _ranked(text, pos, subject):
        return _CATEGORY
    return None


def _ranked_line(text: str, start: int, end: int):
    """The ranked line's match over the line start..end, past a ranking that opens it (the heading's colon joins
    its first item to it), and whether such a ranking opened it; None when the line is none."""
    head = _RANKING.match(text, start, end)
    line = _RANKED_LINE.fullmatch(text, head.end() if head else start, end)
    return None if line is None else (line, head is not None)


def _ranked(text: str, pos: int, subject: str) -> bool:
    """The count at pos opens a line of a category (subject) and its count in the run of such lines under a ranking
    of the contacts' categories, within _MAX_LINES."""
    here = line_at(text, pos)
    found = None if here is None else _ranked_line(text, *here)
    if found is None or found[0]["name"] != subject:
        return False
    if found[1]:
        return True
    for start, end in lines_above(text, pos, _MAX_LINES):
        if _RANKING.fullmatch(text, start, end):
            return True
        if (found := _ranked_line(text, start, end)) is None:
            return False
        if found[1]:
            return True
    return False
