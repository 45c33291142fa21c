"""How a count of years told from the report resolves to a Period: `5年以前`, `5年前`, `过去5年`, `5年来`, `五年累计`,
`连续五年`, `过去一年` (named groups of lexicon/time.toml; the other relative forms: time_forms_relative.py)."""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import lexicon
from .period_dates import Period, _num, _pub_year, _ref_year, _shift_year, _span, default_period, year_period

_LEX = lexicon()
_NO_PERIOD = Period(None, None)   # a run of years the text does not date: the figure's period is unknown


def _years_ago(m, current, published):
    n = _num(m["nago"])
    end = published or (date(current.year, 12, 31) if current.year else None)
    return Period(date(end.year - n, 1, 1), end) if end and n and 0 < n < 50 else None


def _years_back(m, current, published):
    """`5年前`: the year that many years before the report's (`5年前…只有6800元` in 2019 → 2014)."""
    n, pub = _num(m["nback"]), _pub_year(current, published)
    return year_period(pub - n) if n and pub and 0 < n < 100 else None


def _past_years(m, current, published):
    n, pub = _num(m["npast"]), _pub_year(current, published)
    if n == 1:
        return _past_year(m, current, published)
    return _span(pub - n, pub - 1) if n and pub and 0 < n < 50 else None


def _years_since(m, current, published):
    n, ref = _num(m["nsince"]), _ref_year(current, published)
    if not n or not ref or not 0 < n < 100:
        return None
    if m["summed_years"] is not None:
        return _summed_years(n, current, published)
    if n == 1 and current == default_period(published):
        return _past_year(m, current, published)  # `一年来` in May: the twelve months up to the report
    if published and _early_review(current, published) and not m["near_since"]:
        return _span(published.year - n, published.year - 1)  # a report early in the year: the N years before
    # told in the story's own year (not `2018年…两年来` in 2019, nor an undated communiqué's `一年来`: its year)
    told_now = published is not None and ref >= published.year and n > 1
    counted_back = told_now and m["held_years"] is None  # `举办5年来`: five editions
    first = ref - n if counted_back else ref - n + 1  # `五年来`, `近5年来` told in 2018: since 2013
    return Period(date(first, 1, 1), current.end or date(ref, 12, 31))


def _early_review(current, published) -> bool:
    """A report of January–March told as of now or of a day of those months (a lead's `2月19日`): a bare `三年来`
    there reviews the whole years before, not a span up to that day."""
    if published.month > 3:
        return False
    if current == default_period(published):
        return True
    end = current.end
    return end is not None and end.year == published.year and end.month <= 3 and current.start in (None, end)


def _summed_years(n, current, published):
    """`五年累计`: in a review early in a year, under no time or the years up to the last one, the N whole years
    before; else (`党的十八大以来，6年累计`, a May story) which years it sums is not certain: the running total as of
    the report."""
    if published is None:
        return None
    if published.month <= 3 and (current == default_period(published) or current.end == date(published.year - 1, 12, 31)):
        return _span(published.year - n, published.year - 1)
    return Period(None, published)


_RUN_LATE_MONTH: int = _LEX.table("time_consecutive_years", "late_month")


def _consecutive_years(m, current, published):
    """`连续五年`: the N calendar years ending with the year in force, else with the last one over before the
    report; late in the report's year with no year in force the run may include it, so no period."""
    n = _num(m["nrun"])
    if not n or not 1 < n < 50:
        return None
    if current.year is not None and current == year_period(current.year):
        last = current.year
    elif published is not None and published.month < _RUN_LATE_MONTH:
        last = published.year - 1
    else:
        return _NO_PERIOD
    if current.start is not None and current.start.year < current.year and current.start.year != last - n + 1:
        return _NO_PERIOD  # `自1976年起，…连续27年`: the run may start at the since or not; said nothing sure
    return _span(last - n + 1, last)


_REVIEW_SEASON_END: int = _LEX.table("time_past_year", "review_season_end")  # a review by then looks back on last year
_OVER_YEAR: str = _LEX.table("time_past_year", "over_year")


def _past_year(m, current, published):
    """`过去一年`: the calendar year before a report of its first quarter, else the twelve months up to it; in a section
    its heading dates as the year before the report's (`一、2019年工作回顾` in a report of May 2020), that year."""
    over_year = m.string.startswith(_OVER_YEAR, m.end())  # `过去一年多`: more than a year, up to the report
    if published is not None and not over_year and current == year_period(published.year - 1):
        return current
    if published is not None and published.month > _REVIEW_SEASON_END:
        return Period(_shift_year(published, -1) + timedelta(days=1), published)
    pub = _pub_year(current, published)
    return year_period(pub - 1) if pub else None


def _edition(m, current, published):
    """`2019中国企业500强`: a ranking of that edition ranks the year before's results, that whole year."""
    year = int(m["edition_year"]) - 1
    return _span(year, year)


def _decade(m, current, published):
    """`上世纪50年代`: the ten years of that decade of the last century; `…年代以来` from its first year on."""
    n = _num(m["decade_n"])
    if not n or n % 10:
        return None
    if m["decade_since"]:  # `上世纪70年代以来`: from its first year up to the report
        return Period(date(1900 + n, 1, 1), published or current.end) if (published or current.end) else None
    return _span(1900 + n, 1909 + n)
