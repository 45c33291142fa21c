"""How a day of the first lunar month (`正月初六`, `大年初二`, `正月十五`) resolves: counted from New Year's Eve in the
holiday schedule (lexicon `time_lunar_day`), one day, never the whole holiday or travel season."""

from __future__ import annotations

from datetime import timedelta

from .holidays import holiday_days
from .lexicon import lexicon
from .period_dates import Period, _num
from .time_forms_named import _UNKNOWN, _holiday_in_force

_EVE = lexicon().words("eve_name")[0]  # the day the schedule counts the lunar year from


def _lunar_day(m, current, published):
    """`正月初六`: the sixth day after the New Year's Eve nearest the report (a story's year in force is often another
    event's, `2018年…。正月初五，…` in a 2019 story), else of the year in force; a year the schedule lacks names no day."""
    nth = _num(m["lunar_nth"] or m["lunar_nth2"] or "")
    eve = holiday_days(_EVE, None, published) if published is not None else _holiday_in_force(_EVE, current, published)
    if not nth or eve is None:
        return _UNKNOWN
    day = eve[0] + timedelta(days=nth)
    return Period(day, day)
