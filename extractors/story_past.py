"""Stories told of the past: a moment of a story (`那年冬天`, `刚起步时`), an era long past (`明朝`, `上世纪70年代`)
or a year long before the report opening the sentence or the figure's clause — audit class N1, history.

story.py asks them of an uncatalogued figure no other story class settled; the words are lexicon/story.toml's.
"""

from __future__ import annotations

import re
from datetime import date

import regex

from .lexicon import lexicon

_LEX = lexicon()
_MOMENT = _LEX.compile("narrative_moment")
_DISTANT = _LEX.compile("distant_past", engine=re)  # `re` scans it 5x faster
_YEAR_OPENING = _LEX.compile("past_year_opening")
_FROM = _LEX.compile("from_base")
_SINCE_THEN = _LEX.compile("since_then")
_REACHES = _LEX.compile("reaches")
_CLAUSE_END = regex.compile(r"[,，;；。！？!?]")
_ATTRIBUTIVE = _LEX.words("attributive")[0]
_HISTORY_YEARS = 10  # a story told of a year this long before the report is history
_OPENING_SKIP = "“\"‘ 　"


def told_of_moment(text: str, lo: int, start: int) -> bool:
    """A moment of a story before the figure (`那年冬天`, `刚起步时`), the story not come back to the present since
    (`起初只有3家，如今…120家`: the figure after `如今` is today's)."""
    moment = _MOMENT.search(text, lo, start)
    return moment is not None and not _SINCE_THEN.search(text, moment.end(), start)


def told_of_past(text: str, s_start: int, clause: int, start: int, published: date | None) -> bool:
    """An era long past (`明朝郑和…5次`, `20世纪80年代末开始，…不足2万只`) or a year long before the report
    (`1938年3月3日，…25名学员`) that opens the sentence or the figure's clause, the story not come back to the present
    since (`10多年前…变成了花果山，全村…`); not an era that qualifies a thing (`建于上世纪七八十年代的42个小区`)
    or dates a from–to statement's base (`从20世纪90年代的不足2万只恢复到7万多只`)."""
    first = _CLAUSE_END.search(text, s_start, start)
    spans = [(clause, start)] + ([(s_start, first.start())] if first and s_start < clause else [])
    for lo, hi in spans:
        for era in _DISTANT.finditer(text, lo, hi):
            if text.startswith(_ATTRIBUTIVE, era.end()) or _SINCE_THEN.search(text, era.end(), start):
                continue
            if not (_FROM.search(text, max(s_start, era.start() - 8), era.start())
                    and _REACHES.search(text, era.end(), start)):
                return True
    if published is None:
        return False
    for lo, _ in spans:
        while lo < start and text[lo] in _OPENING_SKIP:
            lo += 1
        year = _YEAR_OPENING.match(text, lo, start)
        if year and int(year["y"]) <= published.year - _HISTORY_YEARS \
                and not _SINCE_THEN.search(text, year.end(), start):
            return True
    return False
