"""The time an untitled report opens its body with (`2015年,面对…,全县围绕…`, `2022年上半年,某区人民检察院共受理…`): a
communiqué or a review whose title was lost or never printed (a page put online years later, a report's data pages
under its section headings) still covers that time, as a title's time says (context.py: DocContext.year, .period)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _num, default_period, year_period
from .periods import period_at
from .report_titles import _title

_LEX = lexicon()
_OPENING = _LEX.compile("review_opening_year")
_NUMBERED_HEADING = _LEX.compile("(?m)^\\s*{top_section_number}")
_HEADING_LINE = _LEX.compile("(?:{section_number}|\\d{1,2}\\s?[.．、])[^\\n,，。;；:：\\d]{1,20}\\n")


def review_opening(text: str, kind: str, published: date | None) -> Period | None:
    """The year, or closed part of a year, the body's first sentence opens with before its place's whole or a body
    its place names (lexicon `review_opening_year`), in a text that is no titled report nor a paper's page, when it
    is over by the text's date: the year before it, any earlier year of a report set out in numbered sections
    (`一、综合`), or a part of a year that ended at most a year before it, in a report set out in such sections."""
    if kind != "article":
        return None
    body = len(_title(text))
    while body < len(text) and text[body] == "\n":
        body += 1
    while (heading := _HEADING_LINE.match(text, body)) is not None:
        body = heading.end()  # `一、刑事检察工作` `(一)审查逮捕工作` `1.受案情况` over the first figures
    m = _OPENING.match(text, body)
    if m is None:
        return None
    year = _num(m["year"])
    if not m["part"]:
        if published is None or year == published.year - 1:
            return year_period(year)
        return year_period(year) if year < published.year and _NUMBERED_HEADING.search(text, m.end()) else None
    if _NUMBERED_HEADING.search(text) is None:
        return None  # a part of a year opening a release with no sections dates its own sentence only
    part, explicit = period_at(text, m.start(), m.end(), default_period(published), published)
    if not explicit or part.start is None or part.end is None or part.start.year != year:
        return None
    return part if published is None or part.end < published <= date(part.end.year + 1, part.end.month, 1) else None
