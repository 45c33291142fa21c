"""How a holiday named in a time expression resolves to its days: a festival, a holiday's first days or one of
them, the week before New Year's Eve, the days since a festival, the shopping day `双11`."""

from __future__ import annotations

from datetime import date, timedelta

from .holidays import festival_day, holiday_days, holiday_holding
from .period_dates import Period, _num

_UNKNOWN = Period(None, None)


def _whole_year(current: Period) -> bool:
    """The period in force is one calendar year (a year the text named), not a day or a span around the report."""
    return current.start is not None and current.end is not None and current.start.year == current.end.year \
        and (current.start.month, current.start.day, current.end.month, current.end.day) == (1, 1, 12, 31)


def _holiday_in_force(word, current, published):
    """The days of holiday `word` in the whole year in force, else in the occurrence nearest the report; in an
    undated report, the days of that holiday already in force (`国庆长假期间,…。“十一”黄金周期间,…`)."""
    whole_year = _whole_year(current)
    if not whole_year and published is None and current.start is not None and current.end is not None:
        days = holiday_days(word, current.start.year, None)
        if days is not None and days[0] <= current.start and current.end <= days[1]:
            return days
    return holiday_days(word, current.start.year if whole_year else None, published)


def _eve_week(m, current, published):
    """`除夕前一周`: the seven days before New Year's Eve of the year in force, else the eve nearest the report."""
    eve = _holiday_in_force(m["eve"], current, published)
    return Period(eve[0] - timedelta(days=7), eve[0] - timedelta(days=1)) if eve else _UNKNOWN


def _since_holiday(m, current, published):
    """`春节以来`: from the festival's day (of the year in force, else the last before the report) to the report."""
    whole_year = _whole_year(current)
    day = festival_day(m["since_holiday"], current.start.year if whole_year else None, published)
    end = published or current.end
    return Period(day, end) if day is not None and end is not None and day <= end else _UNKNOWN


_SHOPPING_DAY = (11, 11)


def _shopping_day(m, current, published):
    """`“双11”`: 11 November of the whole year in force, else the last one on or before the report."""
    whole_year = _whole_year(current)
    if whole_year:
        year = current.start.year
    elif published is not None:
        year = published.year if (published.month, published.day) >= _SHOPPING_DAY else published.year - 1
    else:
        return _UNKNOWN
    day = date(year, *_SHOPPING_DAY)
    return Period(day, day)


def _bare_holiday(m, current, published):
    """`假期前三天`: those days of the holiday that holds the day in force (else the report's day)."""
    day = current.end if current.end is not None else published
    days = holiday_holding(day) if day is not None else None
    return _holiday_part(m, days) if days else _UNKNOWN


def _holiday_part(m, days):
    if m["hdays"] and (n := _num(m["hdays"])):  # `国庆假期前6天`: its first six days
        return Period(days[0], min(days[1], days[0] + timedelta(days=n - 1)))
    if m["hfirst"] or m["hnth"]:  # `国庆假期第二日`: that one day
        day = days[0] + timedelta(days=_num(m["hnth"]) - 1 if m["hnth"] else 0)
        return Period(day, day) if day <= days[1] else _UNKNOWN
    return Period(*days)


def _holiday(m, current, published):
    """`国庆假期`: the holiday in the year in force when a year was named (`2019年春节期间`), else nearest the
    report."""
    days = _holiday_in_force(m["holiday"], current, published)
    return _holiday_part(m, days) if days else _UNKNOWN  # a holiday of a year the schedule lacks: some days, never the year
