"""Public holidays as periods: which days `国庆假期` or `春节期间` covers in a given year (the lexicon's schedule), and
which holiday a story's bare `长假期间` means, the time before one (`节前,`), and a lunar New Year day (`大年初三`)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from .lexicon import lexicon
from .period_dates import Period

_NEAR_DAYS = 200  # a holiday further from the report than this is not the one it means
_COMING_DAYS = 31  # a holiday beginning further after the report than this is not the one `…前` means


@cache
def _schedule() -> dict[str, dict[int, tuple[date, date]]]:
    dates = lexicon().table("time_holiday", "dates")
    return {holiday: {int(year): (date.fromisoformat(a), date.fromisoformat(b)) for year, (a, b) in years.items()}
            for holiday, years in dates.items()}


def holiday_days(word: str, year: int | None, published: date | None) -> tuple[date, date] | None:
    """The days of the holiday `word` (春节, 国庆, 五一 …): in `year` when the text names one, else the occurrence
    nearest the report's date (`春节期间` in a December report is the coming one); None when unknown."""
    days = _schedule().get(lexicon().table("time_holiday", "holidays").get(word, ""), {})
    if year is not None:
        return days.get(year)
    if published is None:
        return None
    near = [(min(abs((a - published).days), abs((b - published).days)), (a, b))
            for y in (published.year - 1, published.year, published.year + 1) if y in days for a, b in [days[y]]]
    found = min(near, default=None)
    return found[1] if found and found[0] <= _NEAR_DAYS else None




def festival_day(word: str, year: int | None, published: date | None) -> date | None:
    """The day the holiday `word` itself falls on, in `year` when the text names one, else its last occurrence on
    or before the report (`春节以来` in May 2020: 2020-01-25); None when the schedule lacks it."""
    years = [year] if year is not None else ([published.year, published.year - 1] if published else [])
    for y in years:
        if (eve_word := lexicon().table("time_since_holiday", "after_eve").get(word)) is not None:
            eve = holiday_days(eve_word, y, None)
            day = eve[0] + timedelta(days=1) if eve else None
        else:
            days = holiday_days(word, y, None)
            day = days[0] if days else None
        if day is not None and (year is not None or published is None or day <= published):
            return day
    return None


def holiday_holding(day: date) -> tuple[date, date] | None:
    """The days of the holiday whose days hold `day` (`假期前三天` after `“五一”假期第三天`), if any."""
    for years in _schedule().values():
        days = years.get(day.year)
        if days is not None and days[0] < days[1] and days[0] <= day <= days[1]:
            return days
    return None


def _recent_holiday(word: str, day: date) -> tuple[date, date] | None:
    """The days of the holiday a bare `长假`/`黄金周`/`小长假` can mean whose days hold `day` or ended at most the
    entry's `after_days` before it."""
    after = timedelta(days=lexicon().table("time_holiday_bare", "after_days"))
    for kind in lexicon().table("time_holiday_bare", "kinds").get(word, ()):
        for year in (day.year - 1, day.year):
            days = _schedule().get(kind, {}).get(year)
            if days is not None and days[0] <= day <= days[1] + after:
                return days
    return None


def _story_holiday(m, current, published):
    """`长假期间` with no holiday named: the story's holiday, held by the day in force or the report's, or just over."""
    day = current.end if current.end is not None else published
    days = _recent_holiday(m["bare_holiday"], day) if day is not None else None
    return Period(*days) if days else None


def _pre_holiday(m, current, published):
    """`节前,`, `国庆节前夕,`: up to the eve of the holiday named (of the whole year in force, else the one nearest the
    report, if it begins no more than `_COMING_DAYS` after it) or of the story's holiday (a bare `假期前`), and no later
    than the report; `假期前期`: no period (the holiday's first days or the days before)."""
    if m["pre_phase"]:
        return Period(None, None)
    if m["pre_named"]:
        whole_year = current.start is not None and current.end is not None and current.start.year == current.end.year \
            and (current.start.month, current.start.day, current.end.month, current.end.day) == (1, 1, 12, 31)
        days = holiday_days(m["pre_named"], current.start.year if whole_year else None, published)
        if not whole_year and days is not None and published is not None and (days[0] - published).days > _COMING_DAYS:
            days = None  # `春节前` in an October story: the last one or a plan for the next, the text does not say
    else:
        day = current.end if current.end is not None else published
        days = _recent_holiday(m["pre_bare"], day) if day is not None else None
    if not days:
        return Period(None, None)
    eve = days[0] - timedelta(days=1)
    return Period(None, min(eve, published) if published is not None else eve)


_LUNAR_FUTURE_DAYS = 31  # a lunar New Year further after the report than this is not the one a story tells of
_LEX_YEARS: dict[str, int] = lexicon().table("time_lunar_day", "years")


def _lunar_offset(word: str | None) -> int:
    """Days after the eve (time_lunar_day `offsets`): `初三` 3, `十五`/`元宵节` 15, the eve itself (`年三十`) 0."""
    return lexicon().table("time_lunar_day", "offsets").get(word, 0) if word else 0


def _lunar_eve(m, current, published) -> date | None:
    """The eve of the year the form names (`去年除夕`, `2018年正月初一`), else the one nearest the report, not more
    than `_LUNAR_FUTURE_DAYS` after it (an undated report: the whole year in force)."""
    eve_word, named = lexicon().words("eve_name")[0], m["lunar_year"]
    if named:
        base = published.year if published is not None else None
        year = int(named[:4]) if named[:4].isdigit() else (base + _LEX_YEARS[named] if base is not None else None)
        days = holiday_days(eve_word, year, None) if year is not None else None
    elif published is None:
        whole = current.start is not None and current.end is not None and current.start.year == current.end.year
        days = holiday_days(eve_word, current.start.year, None) if whole else None
    else:
        days = holiday_days(eve_word, None, published)
        if days is not None and (days[0] - published).days > _LUNAR_FUTURE_DAYS:
            days = None
    return days[0] if days else None


def _lunar_day(m, current, published):
    """`大年初三`: that day of the lunar New Year; `除夕至正月初六` the span; `正月初一以来` from it to the day in force."""
    eve = _lunar_eve(m, current, published)
    if eve is None:
        return Period(None, None)
    first = eve + timedelta(days=_lunar_offset(m["lunar_first"] or m["lunar_eve"] or m["lunar_lantern"]))
    if m["lunar_since"]:
        end = published if published is not None else current.end
        return Period(first, end) if end is not None and first <= end else Period(None, None)
    last = eve + timedelta(days=_lunar_offset(m["lunar_last"])) if m["lunar_last"] else first
    return Period(first, last) if first <= last else Period(None, None)
