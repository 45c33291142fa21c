"""A rate per year, month, week or day (`每年人员互访达30多万人次`, `每月近3万元`, `年均增长10%`) is no one year's or
day's figure: it keeps a span the words date it over, or the report's day for a rate told as current; a single
year for a yearly rate, a past cut-off, or any date for a plan's or forecast's rate is a guess, so null (lexicon
recurring_rate, habit_opening)."""

from __future__ import annotations

import re
from datetime import date

from .figure_filters import _LOOKBACK
from .lexicon import lexicon
from .period_dates import Period

_LEX = lexicon()
_RECURRING = _LEX.compile("recurring_rate")
_HABIT_OPENING = _LEX.compile("habit_opening")
_CLAUSE_MARKS = ",，;；"
_DIGIT = re.compile(r"\d")
_NO_PERIOD = Period(None, None)
_CURRENT_DAYS = 7   # a lead's day before the is still the story's present
_VERB_REACH = 4   # a change verb after the rate word that its mention starts with (`年均实际【增长】`)


def rate_cue(text: str, clause: int, pos: int) -> re.Match | None:
    """The last rate word starting in text[clause:pos] with no number between it and pos (a change's mention
    may start at its verb: `年均【增长9.5%】`)."""
    last = None
    for m in _RECURRING.finditer(text, clause, min(len(text), pos + _VERB_REACH)):
        if m.start() < pos:
            last = m
    if last is None or _DIGIT.search(text, last.end(), pos):
        return None
    return last


def recurring_period(text: str, sentence_start: int, pos: int, period: Period, published: date | None,
                     actual: bool) -> Period:
    """The period of the figure at pos once a rate word governs it: the span it recurs over, the report's (or its
    lead's) day for a rate told as current (`这里每年生产250亿双袜子`), else null (`计划每年多租100亩`, `公司每年都招聘…，今年也…`)."""
    lo = max(sentence_start, pos - _LOOKBACK)  # bounded: a run-on sentence is not scanned back per figure
    clause = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_MARKS))
    cue = rate_cue(text, clause, pos)
    habit = cue is None and _HABIT_OPENING.match(text, sentence_start, pos) is not None
    if cue is None and not habit:
        return period
    if period.start is None or period.end is None or period.start >= period.end:
        current = actual and period.start is None and period.end is not None and published is not None \
            and 0 <= (published - period.end).days <= _CURRENT_DAYS
        return period if current else _NO_PERIOD  # a past cut-off, one day, a plan's rate: no date of it
    yearly = habit or cue["year"] is not None
    return period if not yearly or period.end.year > period.start.year else _NO_PERIOD
