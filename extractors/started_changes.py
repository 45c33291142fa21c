"""A change up to an end whose start the sentence before it names: `2001年，某市开始实施封山育林。截至2018年，全市森林
覆盖率提高20%` covers 2001 up to 2018's end, not an open start. Only when the previous sentence of the same paragraph
opens with a year alone and a start verb (`开始`, `启动`, `实施`) and the figure's own sentence opens with an end
(`截至`/`到` a year), and the figure's clause compares with nothing else (`比上年`)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon

_LEX = lexicon()
_STARTED = _LEX.compile("started_year_opening")
_UNTIL_END = _LEX.compile("until_end_opening")
_COMPARED = _LEX.compile("{comparison_point}|{comparison_base}|{since_new_year}")
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_CLAUSE_OPENERS = (",", "，", ";", "；")


def started_year(text: str, paragraph_start: int, sentence_start: int, span: tuple[int, int], end: date) -> date | None:
    """The first day of the year the previous sentence says a programme began, for a change at `span` (its words'
    start and end) up to `end`; None when the sentences do not read so."""
    pos, figure_end = span
    if _UNTIL_END.match(text, sentence_start, pos) is None:
        return None
    clause = max(sentence_start, *(text.rfind(c, sentence_start, pos) + 1 for c in _CLAUSE_OPENERS))
    if _COMPARED.search(text, clause, figure_end) is not None:
        return None
    before = text[paragraph_start:sentence_start].rstrip()
    if not before.endswith(_SENTENCE_ENDS):
        return None
    previous = paragraph_start + max(before.rfind(c, 0, len(before) - 1) + 1 for c in _SENTENCE_ENDS)
    started = _STARTED.match(text, previous, sentence_start)
    if started is None or int(started["y"]) >= end.year:
        return None
    return date(int(started["y"]), 1, 1)
