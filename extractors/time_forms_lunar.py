"""How a day of the first lunar month (`正月初六`, `大年初二`, `正月十五`) resolves: counted from New Year's Eve in the
holiday schedule (lexicon `time_lunar_day`), one day, never the whole holiday or travel season."""

from __future__ import annotations

from datetime import timedelta

from .lexicon import lexicon
from .period_dates import Period, _num
from .time_forms_named import _UNKNOWN, _holiday_in_force

_EVE = lexicon().words("eve_name")[0]  # the day the schedule counts the lunar year from


def _lunar_day(m, current, published):
    """`正月初六`: the sixth day after New Year's Eve of the year in force, else of the eve nearest the report; a
    year the schedule lacks names no day."""
    nth = _num(m["lunar_nth"] or m["lunar_nth2"] or "")
    eve = _holiday_in_force(_EVE, current, published)
    if not nth or eve is None:
        return _UNKNOWN
    day = eve[0] + timedelta(days=nth)
    return Period(day, day)
