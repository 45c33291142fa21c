"""How a time expression that names its dates resolves to a Period: a day, a month, a year or a range of them,
a season, a quarter, a week number, a five-year plan (each form a named group of lexicon/time.toml; a holiday's
days are holiday_forms')."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import regex

from .lexicon import lexicon
from .period_dates import (
    Period,
    _before_report,
    _month,
    _num,
    _pub_year,
    _ref_year,
    _safe,
    _shift_year,
    _span,
    default_period,
    since_start,
    year_period,
)
from .year_end_months import month_just_past

_LEX = lexicon()
_PARTS: dict[str, list[int]] = _LEX.values("year_part")
_PLAN_START = _LEX.table("five_year_plan", "first_year_of_eleventh")
_SEASONS: dict[str, list[int]] = _LEX.values("season")
_THIRDS: dict[str, list[int]] = _LEX.values("month_third")
_REL_YEAR_BEFORE = regex.compile("(?:" + "|".join(sorted(_LEX.values("relative_year"), key=len, reverse=True)) + r")\s?$")
_SINCE_START_WORDS = tuple(_LEX.words("since_start_word"))
_CROSS_SEASON_MONTHS: dict[str, list[int]] = _LEX.table("season_across_years", "months")


def _ymd_range(m, current, published):
    y8 = _num(m["y8"])
    a = _safe(y8, int(m["m8"]), int(m["d8"])) if y8 else None
    y9 = _num(m["y9"]) if m["y9"] else y8
    b = _safe(y9, int(m["m9"] or m["m8"]), int(m["d9"])) if y9 else None
    return Period(a, b) if a and b and a <= b else None


def _ymd(m, current, published):
    d = _safe(_num(m["y1"]), _num(m["m1"]), _num(m["d1"]))
    if d and m["since1"]:  # `自2021年8月4日以来`: from that day up to the report, or to the bulletin's day in force
        day = current.end if current.start is None or current.start == current.end else None  # a day or as-of
        end = day if day and d <= day and (published is None or day <= published) else published or current.end
        return Period(d, end) if end and d <= end else None
    return Period(d, d) if d else None


def _year_range(m, current, published):
    first, last = int(m["ya"]), int(m["yb"])
    if m["school_year"]:  # `2021~2022学年`: its first September to its last August; `学年初`: that September
        if last != first + 1:
            return None
        return Period(date(first, 9, 1), date(first, 9, 30) if m["school_start"] else date(last, 8, 31))
    if m["cross_season"]:  # `2017—2018冰雪季`: November 2017 to March 2018
        if last != first + 1:
            return None
        opens, closes = _CROSS_SEASON_MONTHS[m["cross_season"]]
        return Period(date(first, opens, 1), _month(last, closes).end)
    return _span(first, last)


def _third(p: Period | None, word: str | None) -> Period | None:
    """`3月下旬`: days 21 to the month's end of the month p, not all of it."""
    if p is None or not word:
        return p
    first, last = _THIRDS[word]
    return Period(p.start.replace(day=first), p.start.replace(day=min(last, p.end.day)))


def _year_month(m, current, published):
    p = _third(_month(_num(m["y2"]), _num(m["m2"])), m["xun2"])
    if p and m["since2"] and (published or current.end):
        end = published or current.end
        return Period(p.start, end) if p.start <= end else p  # `自2004年9月以来`: up to the report
    if p and m["ytd2"]:
        return Period(date(p.start.year, 1, 1), p.end)
    if p and m["mtail2"] in _MONTH_ENDS:
        return Period(None, p.end)
    return p


def _year_same_period(m, current, published):
    """`2019年同期`: the period in force moved to 2019 (its first quarter after `今年一季度`), else that year."""
    y = _num(m["ysame"])
    if y is None or not 1000 <= y <= 9999:
        return None
    if current.end is None or current == default_period(published):
        return year_period(y)
    shift = y - current.end.year
    return Period(_shift_year(current.start, shift), _shift_year(current.end, shift))


def _since_year(m, current, published):
    first = _num(m["ys"] or m["ys2"])
    end = published or current.end
    if first is None or end is None or not 1000 <= first <= end.year:
        return None
    return Period(date(first, 1, 1), end)


def _year(m, current, published):
    y = _num(m["y3"])
    if y is None or not 1000 <= y <= 9999:
        return None
    if m["season3"]:  # `2019年秋季`: its three months; winter runs into the next year
        first, last = _SEASONS[m["season"]]
        end = _month(y + (last - 1) // 12, (last - 1) % 12 + 1)
        return Period(date(y, first, 1), end.end) if end else None
    return Period(None, date(y, 12, 31)) if m["yend3"] else year_period(y)


def _month_day_range(m, current, published):
    ref = _ref_year(current, published)
    a = _safe(ref, int(m["m6"]), int(m["d6"]))
    b = _safe(ref, int(m["m7"] or m["m6"]), int(m["d7"]))
    if a and b and published and b > published and current.year == published.year:
        a, b = _shift_year(a, -1), _shift_year(b, -1)
    return Period(a, b) if a and b and a <= b else None


def _month_day(m, current, published):
    d = _before_report(_safe(_ref_year(current, published), int(m["m4"]), int(m["d4"])), current, published)
    return Period(d, d) if d else None


def _day(m, current, published):
    """`18日`: the last 18th up to the report's date (a report names recent days without their month); `昨日` the
    day before it."""
    if published is None:
        return None
    if m["d8"] is None:  # `昨日`: the day before the report
        yesterday = published - timedelta(days=1)
        return Period(yesterday, yesterday)
    if (held := _held_month_day(current, int(m["d8"]), published)) is not None:
        return Period(held, held)  # `10月1日至8日,…。…1日至8日共接待车辆…`: the month the text is telling of
    d = _safe(published.year, published.month, int(m["d8"]))
    if d is None or d > published:
        prev = published.replace(day=1) - timedelta(days=1)
        d = _safe(prev.year, prev.month, int(m["d8"]))
    return Period(d, d) if d else None


def _held_month_day(current, day: int, published) -> date | None:
    """The day of the span of days in force (`10月1日至8日` before a bare `1日至8日`), when the span lies in one month
    before the report's date and holds the day: the text goes on telling of those days."""
    if current is None or current.start is None or current.end is None or current.end > published \
            or (current.start.year, current.start.month) != (current.end.year, current.end.month) \
            or not current.start.day <= day <= current.end.day \
            or current.start == date(current.start.year, current.start.month, 1) and current.end.day >= 28:
        return None  # no span, a span without the day, or a whole month (`3月份`): the report's own days are meant
    return _safe(current.start.year, current.start.month, day)


def _bracketed_day_range(m, current, published):
    """`(11日—17日)`: days of the last month up to the report's date that has the last one (as `_day`)."""
    last = _day({"d8": m["d11"]}, current, published)
    if last is None:
        return None
    first = _safe(last.end.year, last.end.month, int(m["d10"]))
    return Period(first, last.end) if first and first <= last.end else None


def _month_form(m, current, published):
    ref = _ref_year(current, published)
    ytd = m["ytd5"] or m["ytd5c"]
    if m["ge5"] and not ytd:
        return None  # `3个月`: a duration
    p = _month(ref, _num(m["m5"] or m["m5c"]))
    if p and ytd and published and p.end > published and current.start is None and ref == published.year:
        p = _month(ref - 1, _num(m["m5"] or m["m5c"]))  # `1—10月` in a January report: last year's, so far
        ref -= 1
    if p and ytd:
        return Period(date(ref, 1, 1), p.end)  # `1—5月`, `前5个月`: the year so far
    if p and not m["since5"] and month_just_past(m, p, current, published, ref):
        p = _month(ref - 1, p.start.month)  # `12月…监测31天` in a January bulletin: last December, not the next
    p = _third(p, m["xun5"])
    if p and m["since5"]:  # `9月以来`, `9月中旬以来`: from the month's (third's) first day up to the report
        end = published or current.end
        if m["since5"].endswith(_SINCE_START_WORDS) and end and p.start > end:
            return p  # `从11月起` in an October report, `从明年1月起`: a month still to come
        start = p.start if _REL_YEAR_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) \
            else since_start(p.start, current, published)  # `去年10月以来`: the year written, not the last such month
        return Period(start, end) if end and start and start <= end else None
    if p and m["mtail"] in _MONTH_ENDS:
        return Period(None, _latest_cutoff(m, p.end, current, published))
    return p


def _latest_cutoff(m, end: date, current: Period, published: date | None) -> date:
    """`截至4月底` under a past year (a May 2020 report's review of 2019): an as-of cutoff is the last such month-end
    up to the report, not the reviewed year's; a month-end still ahead in the report's year stays the past year's."""
    if published is None or current.start is None or current.end is None \
            or not current.start.year == current.end.year < published.year:
        return end
    if not m.string[max(0, m.start() - _UNTIL_REACH):m.start()].rstrip().endswith(_UNTIL):
        return end
    latest = _month(published.year, end.month)
    return latest.end if latest and latest.end <= published else end


def _month_range(m, current, published):
    """`4月至6月`: from the first month's start to the second's end; two months joined (`9月和10月`, `一、二月份`,
    lexicon month_pair) only when the second follows the first."""
    ref = _ref_year(current, published)
    pair = m["mpa"] is not None
    first, second = _num(m["mpa"] if pair else m["ma"]), _num(m["mpb"] if pair else m["mb"])
    if first is None or second is None or pair and second != first + 1:
        return None
    a, b = _month(ref, first), _month(ref, second)
    return Period(a.start, b.end) if a and b and a.start <= b.end else None


def _since_day(m, current, published):
    day = _safe(_ref_year(current, published), int(m["msd"]), int(m["dsd"]))
    end = published or current.end
    if day and end and day > end and m.group().endswith(_SINCE_START_WORDS):
        return Period(day, day)  # `10月27日开始` in an October 13 report: a day still to come
    d = since_start(day, current, published)
    return Period(d, end) if d and end and d <= end else None


def _week_number(m, current, published):
    y, n = _num(m["yw"]), _num(m["wn"])
    try:
        monday = date.fromisocalendar(y, n, 1) if y and n else None
    except ValueError:
        return None
    return Period(monday, monday + timedelta(days=6)) if monday else None


def _plan(m, current, published):
    n = _num(m["plan_n"])
    if n is None:
        return None
    first = _PLAN_START + 5 * (n - 11)
    if m["plan_tail"] in _MONTH_ENDS or m["plan_tail"].endswith(tuple(_MONTH_ENDS)):
        return Period(None, date(first + 4, 12, 31))  # `“十三五”末`: the plan's last day
    if m["plan_tail"].endswith(_SINCE):
        # `“十三五”以来` said in 2019, `“十二五”以来` in 2020: up to the report; said the year after the plan,
        # a review of the plan's five years; in an undated report, up to the end of the year in force
        # (`2024年…“十四五”时期以来…` in a report delivered in 2025)
        until = published or (current.end if current.end and first <= current.end.year < first + 5 else None)
        if until and first <= until.year and until.year != first + 5:
            return Period(date(first, 1, 1), until)
    return _span(first, first + 4)


def _part(m, current, published):
    first, last = _PARTS[m["part"]]
    ref = _ref_year(current, published)
    year = ref if current.year == ref else _pub_year(current, published)
    if year is None:
        return None
    end = date(year, last, calendar.monthrange(year, last)[1])
    return Period(None, end) if m["part_end"] else Period(date(year, first, 1), end)


_MONTH_ENDS = frozenset(_LEX.words("period_end"))
_UNTIL = _LEX.words("until")
_UNTIL_REACH = max(len(w) for w in _UNTIL) + 1
_SINCE = _LEX.words("plan_since")[0]
