"""A year's total a late-December story tells as settled under `今年` (`今年粮食总产量…`, `今年…种植面积达到…`): the
harvest is in and counted, so the figure is the whole year's, not the part of it up to the story's day."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, year_period
from .periods import time_mentions
from .time_forms_relative import after_baseline_word

_LEX = lexicon()
_THIS_YEAR = _LEX.words("this_year")
_SETTLED = _LEX.compile("settled_year_total")
_SETTLED_MONTH = 12   # a story of this month tells the year's harvest as counted
_REACH = 60           # characters before a figure where its `今年` stands


def settled_year(text: str, sentence_start: int, pos: int, subject: str, period: Period,
                 published: date | None) -> Period:
    """The whole year for a harvest total (`粮食总产量`, `播种面积`) that plain `今年` dates in a December story;
    any other period, measure or time word stays as it is."""
    if published is None or published.month != _SETTLED_MONTH or period != Period(date(published.year, 1, 1), published) \
            or not _SETTLED.search(subject):
        return period
    before = [tm for tm in time_mentions(text, max(sentence_start, pos - _REACH), pos)
              if not after_baseline_word(text, tm.start)]  # `比2020年增加…`: the base, not the figure's time
    if not before or before[-1].match.lastgroup != "relative" or text[before[-1].start:before[-1].end] not in _THIS_YEAR:
        return period
    return year_period(published.year)
