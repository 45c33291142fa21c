"""What is done in a year not yet over (`2020年，…。…共投入资金1338万元` in a May 2020 story): from January 1 to the
story's day, as `今年` is, not the whole year, when the year written before the figure dates it; `全年`, a budget or a
plan (`whole_year_word`), a December story (which may tell the year as settled) and a year in the figure's own clause
keep the whole year."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _num, year_period
from .periods import time_mentions
from .time_forms_relative import after_baseline_word

_WRITTEN_YEAR = lexicon().compile("written_year")
_WHOLE_YEAR = lexicon().compile("whole_year_word")
_SETTLED_MONTH = 12   # a story of this month may tell the year's harvest as counted (settled_years.py)
_REACH = 800          # characters back to the year in force: the paragraph or two a year opens


def done_so_far(text: str, starts: tuple[int, int], pos: int, subject: str, period: Period,
                published: date | None) -> Period:
    """period, or January 1 to the story's day when period is the whole year the story came out in and the last time
    written before the figure is that year alone (`2020年`): what is done of it is done so far. starts: where the
    figure's article and its sentence start."""
    article_start, sentence_start = starts
    if published is None or published.month == _SETTLED_MONTH or period != year_period(published.year) \
            or _WHOLE_YEAR.search(subject) or _WHOLE_YEAR.search(text, sentence_start, pos):
        return period
    times = [tm for tm in time_mentions(text, max(article_start, pos - _REACH), pos)
             if not after_baseline_word(text, tm.start) and not tm.match["peak"]]  # `最高时`: no time written
    year = _WRITTEN_YEAR.fullmatch(text, times[-1].start, times[-1].end) if times else None
    if year is None or _num(year["year"]) != published.year:
        return period
    return Period(date(published.year, 1, 1), published)
