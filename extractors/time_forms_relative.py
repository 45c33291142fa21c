"""How a time expression counted from the report or the period in force resolves to a Period: `今年`, `去年同期`,
`本周`, `上月`, `N年来`, `过去一年`, `3年内`, `目前` (each form a named group of lexicon/time.toml)."""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import lexicon
from .period_dates import (
    Period,
    _month,
    _num,
    _pub_year,
    _ref_year,
    _shift_year,
    _span,
    default_period,
    week_ending,
    year_period,
)
from .time_forms_bounds import year_closed_in_span

_LEX = lexicon()
_REL_YEARS: dict[str, int] = _LEX.values("relative_year")
_WHOLE_YEAR = frozenset(_LEX.words("whole_year"))
_PLAN_AFTER = _LEX.compile_at("whole_year_plan_after")
_TOWARD = frozenset(_LEX.words("toward_year_end"))  # `到年底`: a goal's end, this year's
_YEAR_AFTER = frozenset(_LEX.words("year_after_named"))
_WRITTEN_YEAR = _LEX.compile("written_year")
_YEAR_AFTER_REACH = 80   # characters back from `次年` to the year it follows: its sentence and the one before
_THIS_YEAR = frozenset(_LEX.words("this_year"))
_REPORTING_YEAR = frozenset(_LEX.words("reporting_year"))
_WEEKS: dict[str, int] = _LEX.values("time_week")
_BASELINE_BEFORE = frozenset(_LEX.words("baseline_before"))
_BASELINE_REACH = max(len(w) for w in _BASELINE_BEFORE)


_PAIRING = frozenset(_LEX.words("baseline_paired"))
_PAIRED_CLOSE = _LEX.compile_at("baseline_paired")
_TURNING = frozenset(_LEX.words("baseline_turned"))
_TURNED_CLOSE = _LEX.compile_at("baseline_turned")
_ORIGIN = frozenset(_LEX.words("baseline_origin"))
_ORIGIN_CLOSE = _LEX.compile_at("baseline_origin")


def after_baseline_word(text: str, pos: int) -> bool:
    """A baseline word (`比`, `较`, `相对于`) ends right at pos, or a pairing word whose comparison closes right after
    the time (`和去年基本持平`, `跟去年相比`): the time from pos is what a change is measured against."""
    before = text[max(0, pos - _BASELINE_REACH):pos]
    if any(before.endswith(w) for w in _BASELINE_BEFORE):
        return True
    if pos > 0 and text[pos - 1] in _TURNING:  # `环比由上月的上涨转为下降0.6%`: the turn's start, no time of it
        return _TURNED_CLOSE.match(text, pos) is not None
    if pos > 0 and text[pos - 1] in _ORIGIN:  # `自上世纪八十年代起步,历经…,全市现有…`: where a story began
        return _ORIGIN_CLOSE.match(text, pos) is not None
    return pos > 0 and text[pos - 1] in _PAIRING and _PAIRED_CLOSE.match(text, pos) is not None
_BARE_SAME = _LEX.words("same_period_bare")[0]
_NO_PERIOD = Period(None, None)   # a time word whose time the document does not give: the figure's period is unknown


def _same_day(m, current, published):
    end = current.end if current != default_period(published) else published
    return Period(end, end) if end else None


def _same_month(m, current, published):
    """A bare `当月`: the single month in force, or the last month of the running total in force (`1-8月份` →
    August; `今年以来` in a release → the month before the report's, the latest month it can have figures of).
    With neither (a year, a plan's span, nothing in force) the month is unknown: an empty period, not the wider
    one in force."""
    return _month_in_force(current, published) or _NO_PERIOD


def _month_in_force(current, published):
    start, end = current.start, current.end
    if start is None and end is not None and current != default_period(published):
        return Period(date(end.year, end.month, 1), end)  # `截至5月21日,当月累计…`: the month up to that day
    if start is None or end is None:
        return None
    if (start.year, start.month) == (end.year, end.month):
        return _month(end.year, end.month)
    if (start.month, start.day) != (1, 1) or start.year != end.year:
        return None
    if published is not None and end == published:
        return _month(end.year, end.month - 1) if end.month > 1 else None  # `今年以来`: up to the report
    if end.month < 12 and end == _month(end.year, end.month).end:
        return _month(end.year, end.month)  # `1-8月份`
    return None


def _same_period(m, current, published):
    """`去年同期`, `比同期`: the period in force a year earlier; a bare `同期` that is no baseline (`占同期…的16.9%`,
    `同期完成…`) is the period in force itself."""
    if current.end is None:
        return None
    if m.group() == _BARE_SAME and not after_baseline_word(m.string, m.start()):
        return current
    return Period(_shift_year(current.start, -1), _shift_year(current.end, -1))


def _year_to_date(m, current, published):
    if published is None:
        return None
    return Period(date(published.year - (1 if m["ytd_last"] else 0), 1, 1), published)  # `去年以来`: from last year


def _year_end(m, current, published):
    """`年末`, `年底` of the year in force; in a report early in a year with no year in force, the year before's end
    (a communiqué out in March: `年末全县户籍人口…` is as of last year's end, as its `全年` is last year)."""
    ref = year_closed_in_span(current, published) or _ref_year(current, published)
    if published and current == default_period(published) and published.month <= 3 \
            and m.string[max(0, m.start() - 1):m.start()] not in _TOWARD:
        ref = published.year - 1  # but `到年底将…` is the goal of this year's end
    return Period(None, date(ref, 12, 31)) if ref else None


def _two_years(m, current, published):
    y = _pub_year(current, published)
    return _span(y, y + 1) if y else None


def _year_after_named(m) -> Period:
    """`2014年底，…。次年8月` → 2015: the year after the last one written before it in its paragraph, within reach;
    with none, unknown (not the year after the report's)."""
    text, pos = m.string, m.start()
    lo = max(0, pos - _YEAR_AFTER_REACH, text.rfind("\n", 0, pos) + 1)
    year = None
    for w in _WRITTEN_YEAR.finditer(text, lo, pos):
        year = _num(w["year"])
    return year_period(year + 1) if year and 1000 <= year <= 9998 else _NO_PERIOD


def _relative(m, current, published):
    word = m["rel"]
    if word in _YEAR_AFTER:
        return _year_after_named(m)
    ref, pub = _ref_year(current, published), _pub_year(current, published)
    if ref is None:
        return None
    if word in _WHOLE_YEAR:
        if (closed := year_closed_in_span(current, published)) is not None:
            return year_period(closed)  # `2019年以来,…全年实现…` in May 2020: 2019
        if published and current == default_period(published) and published.month <= 3 and not m["near_since"] \
                and _PLAN_AFTER.match(m.string, m.end()) is None:
            return year_period(published.year - 1)  # a report early in the year sums up the year before (not its
            # plan for the year begun: `全年计划投资487亿元` in February is this year's)
        return year_period(ref)
    if word in _REPORTING_YEAR and _closed_year_in_force(current, published):
        return year_period(current.year)  # `占本年资金来源的比重` in a 2022 communiqué out in 2023: 2022
    if word in _THIS_YEAR and published and current.start is None and current.end \
            and current.end.year == published.year and current.end <= published \
            and current != default_period(published):
        return Period(date(published.year, 1, 1), current.end)  # `截至11月末,今年…`: this year up to then
    if word in _THIS_YEAR and published and current.year in (None, published.year):
        return Period(date(published.year, 1, 1), published)  # an actual figure of this year: so far
    return year_period(pub + _REL_YEARS[word])


def _closed_year_in_force(current: Period, published: date | None) -> bool:
    """The period in force is one whole calendar year over before the report (a communiqué's year)."""
    return bool(published and current.start and current.end and current.start == date(current.start.year, 1, 1)
                and current.end == date(current.start.year, 12, 31) and current.end < published)


def _week(m, current, published):
    """`本周` is the report's week: the week in force when that is a week (a weekly report's `11月27日-12月4日`),
    else the week ending on the report's date; `上周` the week before it."""
    shift = timedelta(days=7 * _WEEKS[m["week"]])
    if current.start and current.end and 5 <= (current.end - current.start).days <= 8:
        return Period(current.start + shift, current.end + shift)
    return week_ending(published + shift) if published else None


def _that_year(m, current, published):
    """`这一年`: the whole year in force (`2018年…。这一年，…`), else unknown."""
    year = current.year if current != default_period(published) else None
    return year_period(year) if year else _NO_PERIOD


def _past_unknown(m, current, published):
    """`当时`, `多年前`: a past no date names; its figures get no period, not the report's day."""
    return Period(None, None)


def _once(m, current, published):
    """`一度`: a moment of the span in force; under a level as of a day, a past the text does not date."""
    return current if current.start is not None else _NO_PERIOD


def _peak(m, current, published):
    """`最多时`, `高峰时`: inside a span in force nothing of its own (the span, and its year so far, hold); under a
    level as of a day, a past the text does not date."""
    return None if current.start is not None else _NO_PERIOD


def _last_month(m, current, published):
    """`上月`: the month before the month in force; with no time in force, the month before the report's date
    (a paper of 15 December: `上个月,我市共受理…` → November). `上月末`: that month's last day, also after a month's
    end in force (`4月末，…比上月末…` → March 31st)."""
    end_only = bool(m["lastmonth_end"])
    if current == default_period(published) and published is not None:
        month = month_before(published)
    elif end_only and current.start is None and current.end is not None:
        month = month_before(current.end)
    elif current.start is None or current.end is None or current.start.day != 1 or \
            (current.start.year, current.start.month) != (current.end.year, current.end.month):
        return None
    else:
        month = month_before(current.start)
    return Period(None, month.end) if end_only else month


def month_before(day: date) -> Period:
    """The calendar month before the one `day` is in."""
    before = date(day.year, day.month, 1) - timedelta(days=1)
    return Period(date(before.year, before.month, 1), before)


def _within(m, current, published):
    """`3年内`: the N years from the day of the act in force (a plan adopted `4月30日`: that day to its third
    anniversary); with no such day its start is unknown (a pledge retold later, a manager's goal): no period."""
    n = _num(m["nwithin"])
    if not n or not 0 < n < 50:
        return None
    day = current.end if current.end and current.start == current.end else None
    return Period(day, _years_after(day, n)) if day else Period(None, None)


def _years_after(day: date, n: int) -> date:
    """The day n years after `day` (Feb 29 → Feb 28 in a common year)."""
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


def _past_hours(m, current, published):
    """`截至18日10时，…24小时内新增`: the day in force and the day before (the report's, with none in force); after a
    cut-off on a day's boundary (`截至7月4日24时`, `截至5月6日零时` already as of 5月5日) that one day."""
    end = current.end if current.end and current != default_period(published) else published
    if end and current.end and _DAY_BOUNDARY.search(m.string, max(0, m.start() - _BOUNDARY_REACH), m.start()):
        return Period(end, end)
    return Period(end - timedelta(days=1), end) if end else None


_DAY_BOUNDARY = _LEX.compile("day_boundary_before")
_BOUNDARY_REACH = 40


_EXPLICIT_NOW = frozenset(_LEX.words("explicit_now"))


def _now(m, current, published):
    if published is not None and m.group() in _EXPLICIT_NOW:
        return Period(None, published)  # `截至目前`: the report's date, whatever an earlier clause's deadline
    if current.end and current != default_period(published) and current.start in (None, current.end):
        return Period(None, current.end)  # `截至10月13日24时,…目前`: that day
    # an undated report's `如今` is some day nobody knows, not the year an earlier sentence told of
    return Period(None, published)
