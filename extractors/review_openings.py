"""The year an untitled report opens its body with (`2015年,面对…,全县围绕…`): a communiqué or a review whose title
was lost or never printed (a page put online years later) still reviews that year, so the year is the report's, as a
title's year is (context.py: DocContext.year)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import _num
from .report_titles import _title

_LEX = lexicon()
_OPENING_YEAR = _LEX.compile("review_opening_year")
_NUMBERED_HEADING = _LEX.compile("(?m)^\\s*{top_section_number}")


def review_opening_year(text: str, kind: str, published: date | None) -> int | None:
    """The year the body's first sentence opens with, before its place's whole (lexicon `review_opening_year`), in a
    text that is no titled report nor a paper's page, when it is over by the text's date: the year before it, or
    any earlier year of a report set out in numbered sections (`一、综合`)."""
    if kind != "article":
        return None
    body = len(_title(text))
    while body < len(text) and text[body] == "\n":
        body += 1
    m = _OPENING_YEAR.match(text, body)
    if m is None:
        return None
    year = _num(m["year"])
    if published is None or year == published.year - 1:
        return year
    return year if year < published.year and _NUMBERED_HEADING.search(text, m.end()) else None
