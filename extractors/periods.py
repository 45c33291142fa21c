"""Periods: which time a number describes, resolved against the report's own date (never the clock).

`time_mentions()` finds time expressions in a span of canonical text (the grammar is lexicon/time.toml);
`resolve()` turns one into a Period given the period in force before it (the article's or section's anchor)
and the report date. A Period may have an open start: a level as of a day (`截至10月末`, `目前`, `年末`, a figure
no time word dates) describes that day's state, not a flow since some start. An expression that cannot be
resolved (`两三年内`, `2月30日`) resolves to None, never to an exception. Relative words follow DESIGN.md:
`今年`/`明年`/`去年` count from the report's year, `去年同期` shifts the period in force back a year, `本周` is
the week ending on the report date, `N年来`/`“十三五”`/`2012年以来` span several years.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from .holidays import holiday_days
from .lexicon import lexicon
from .numbers import parse_number

_LEX = lexicon()
_TIME = _LEX.compile("time_expression")
_TIME_CANDIDATE = _LEX.compile("time_candidate", engine=re)
_UNTIL = _LEX.compile(r"(?:{until})\s?(?:{clock_zone})?\s?(?:{relative_year})?\s?$")  # `截至今年5月中旬`
_REL_YEARS: dict[str, int] = _LEX.values("relative_year")
_WHOLE_YEAR = frozenset(_LEX.words("whole_year"))
_THIS_YEAR = frozenset(_LEX.words("this_year"))
_WEEKS: dict[str, int] = _LEX.values("time_week")
_PARTS: dict[str, list[int]] = _LEX.values("year_part")
_PLAN_START = _LEX.table("five_year_plan", "first_year_of_eleventh")
_BASELINE_BEFORE = frozenset(_LEX.words("baseline_before"))
_GAP_BEFORE = frozenset(_LEX.words("gap_before"))
_GAP_AFTER = frozenset(_LEX.words("gap_after"))
_END_MARKS = "".join(_LEX.words("period_end"))  # `上年` + `末`
_OF = _LEX.words("attributive")[0]
_BARE_SAME = _LEX.words("same_period_bare")[0]
_ATTRIBUTIVE = _LEX.compile("(?:{attributive_time})|(?:{event_after_time})|(?:{parameter_time})")
_SHARE_BASE = _LEX.compile("share_of_same_period")
_SEASONS: dict[str, list[int]] = _LEX.values("season")
_THIRDS: dict[str, list[int]] = _LEX.values("month_third")


@dataclass(frozen=True, slots=True)
class Period:
    start: date | None
    end: date | None

    @property
    def year(self) -> int | None:
        return self.end.year if self.end else None


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    limit: int   # the end of the span it was found in

    @property
    def match(self) -> regex.Match:
        """The expression's match, found again on demand: keeping every match object cost about 1.6 KB per
        date, 1.2 GB on a 10 MB line of dates."""
        return _TIME.match(self.text, self.start, self.limit)


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def default_period(published: date | None) -> Period:
    """What a figure no time word dates describes: the state as of the report's date (open start)."""
    return Period(None, published)


def week_ending(day: date) -> Period:
    return Period(day - timedelta(days=6), day)


def _num(text: str) -> int | None:
    try:
        value = int(text) if text.isdigit() else parse_number(text)
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _safe(y: int | None, m: int | None, d: int | None) -> date | None:
    try:
        return date(y, m, d) if None not in (y, m, d) else None
    except (ValueError, OverflowError):
        return None


def _month(y: int | None, m: int | None) -> Period | None:
    if y is None or m is None or not 1 <= m <= 12 or not 1 <= y <= 9999:
        return None
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))


def _shift_year(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    return _safe(d.year + years, d.month, min(d.day, 28) if d.month == 2 else d.day)


def _span(first: int | None, last: int | None) -> Period | None:
    if first is None or last is None or not 1000 <= first <= last <= 9999:
        return None
    return Period(date(first, 1, 1), date(last, 12, 31))


def time_mentions(text: str, start: int, end: int) -> list[TimeMention]:
    """The time expressions in text[start:end], as `_TIME.finditer` finds them: the standard engine finds where
    one may start (`time_candidate`: a few times faster than `regex` trying the grammar at every digit), `regex`
    reads it."""
    out = []
    pos = start
    while (candidate := _TIME_CANDIDATE.search(text, pos, end)) is not None:
        m = _TIME.match(text, candidate.start(), end)
        if m is None:
            pos = candidate.start() + 1
        else:
            out.append(TimeMention(m.start(), m.end(), text, end))
            pos = max(m.end(), candidate.start() + 1)
    return out


def resolve(mention: TimeMention, current: Period, published: date | None) -> Period | None:
    """The period a time expression names, given the period in force and the report date (None when it
    names none that can be placed)."""
    m = mention.match
    if m is None:
        return None
    form = m.lastgroup
    if form not in _RESOLVERS:  # the engine may report an inner group (`2024年4月8日—4月14日` gives d8)
        form = next((name for name in _RESOLVERS if m[name]), None)
    period = _RESOLVERS[form](m, current, published) if form in _RESOLVERS else None
    if period is not None and period.start is not None and _UNTIL.search(
            mention.text, max(0, mention.start - 12), mention.start):
        period = Period(None, period.end)  # `截至10月末`: the level as of that day
    return period


def _ref_year(current: Period, published: date | None) -> int | None:
    """The year a month or day without one is in: the period in force's, or the report's when the period in force
    spans years around the report (`3年内…；1—9月` is this year's 1—9月)."""
    if current.start and current.end and current.start.year != current.end.year and published \
            and current.start <= published <= current.end:
        return published.year
    return current.year or (published.year if published else None)


def _pub_year(current: Period, published: date | None) -> int | None:
    return published.year if published else current.year


def _before_report(d: date | None, current: Period, published: date | None, years_back: int = 1) -> date | None:
    """A month and day the report names without a year: the last such day on or before the report."""
    if d and published and d > published and current.year == published.year:
        return _shift_year(d, -years_back)
    return d


def _ymd_range(m, current, published):
    y8 = _num(m["y8"])
    a = _safe(y8, int(m["m8"]), int(m["d8"])) if y8 else None
    y9 = _num(m["y9"]) if m["y9"] else y8
    b = _safe(y9, int(m["m9"] or m["m8"]), int(m["d9"])) if y9 else None
    return Period(a, b) if a and b and a <= b else None


def _ymd(m, current, published):
    d = _safe(_num(m["y1"]), _num(m["m1"]), _num(m["d1"]))
    return Period(d, d) if d else None


def _year_range(m, current, published):
    return _span(int(m["ya"]), int(m["yb"]))


def _third(p: Period | None, word: str | None) -> Period | None:
    """`3月下旬`: days 21 to the month's end of the month p, not all of it."""
    if p is None or not word:
        return p
    first, last = _THIRDS[word]
    return Period(p.start.replace(day=first), p.start.replace(day=min(last, p.end.day)))


def _year_month(m, current, published):
    p = _third(_month(_num(m["y2"]), _num(m["m2"])), m["xun2"])
    if p and m["since2"] and (published or current.end):
        return Period(p.start, published or current.end)  # `自2004年9月以来`: up to the report
    if p and m["ytd2"]:
        return Period(date(p.start.year, 1, 1), p.end)
    if p and m["mtail2"] in _MONTH_ENDS:
        return Period(None, p.end)
    return p


_BASE_YEAR = _LEX.compile("base_year")
_FROM_BASE_YEAR = _LEX.compile("from_base_year")
_CLAUSE_MARKS = ",，;；"


def over_base_year(text: str, lo: int, pos: int, period: Period) -> Period:
    """A change in text[lo:pos] against a year before the year before its own (`2018年…比2005年下降45.8%`)
    covers the years from that one: 2005–2018."""
    froms = [b["base"] for b in _FROM_BASE_YEAR.finditer(text, lo, pos)]  # `从2016年的…增加到…，增幅达…`
    lo = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_MARKS))  # the figure's own comma clause
    bases = froms + [b["base"] for b in _BASE_YEAR.finditer(text, lo, pos)]
    base = _num(bases[-1]) if bases else None
    if base is None or period.end is None or not 1000 <= base < period.end.year - 1:
        return period
    return Period(date(base, 1, 1), period.end)


_FROM_AMOUNT = _LEX.compile("from_amount")
_TO_AMOUNT = _LEX.compile("to_amount")
_FROM_AMOUNT_BEFORE = _LEX.compile("from_amount_before")
_TO_AMOUNT_AFTER = _LEX.compile("to_amount_after")


def from_to_year(text: str, clause: int, start: int, end: int, period: Period) -> Period:
    """A level in a from-to statement over a span of years (`1952年至2018年，工业增加值从120亿元增至305160亿元`):
    the first amount is the span's first year, the second its last (or the report's day, for a span up to it:
    `近6年来…比重从6.1%提高到8%`)."""
    if period.start is None or period.end is None or period.start.year >= period.end.year:
        return period
    before = text[max(clause, start - 8):start]
    if _FROM_AMOUNT.search(before) and _TO_AMOUNT_AFTER.match(text, end):
        return year_period(period.start.year)
    if _TO_AMOUNT.search(before) and _FROM_AMOUNT_BEFORE.search(text, clause, start):
        whole_year = (period.end.month, period.end.day) == (12, 31)
        return year_period(period.end.year) if whole_year else Period(None, period.end)
    return period


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
    """`18日`: the last 18th up to the report's date (a report names recent days without their month)."""
    if published is None:
        return None
    d = _safe(published.year, published.month, int(m["d8"]))
    if d is None or d > published:
        prev = published.replace(day=1) - timedelta(days=1)
        d = _safe(prev.year, prev.month, int(m["d8"]))
    return Period(d, d) if d else None


def _month_form(m, current, published):
    ref = _ref_year(current, published)
    ytd = m["ytd5"] or m["ytd5c"]
    if m["ge5"] and not ytd:
        return None  # `3个月`: a duration
    p = _month(ref, _num(m["m5"] or m["m5c"]))
    if p and ytd:
        return Period(date(ref, 1, 1), p.end)  # `1—5月`, `前5个月`: the year so far
    if p and m["since5"]:  # `9月以来`: from the month (the last such month up to the report) to the report
        end = published or current.end
        start = _before_report(p.start, current, published)
        return Period(start, end) if end and start and start <= end else None
    p = _third(p, m["xun5"])
    if p and m["mtail"] in _MONTH_ENDS:
        return Period(None, p.end)
    return p


def _month_range(m, current, published):
    ref = _ref_year(current, published)
    a, b = _month(ref, int(m["ma"])), _month(ref, int(m["mb"]))
    return Period(a.start, b.end) if a and b and a.start <= b.end else None


def _since_day(m, current, published):
    d = _before_report(_safe(_ref_year(current, published), int(m["msd"]), int(m["dsd"])), current, published)
    end = published or current.end
    return Period(d, end) if d and end and d <= end else None


def _same_day(m, current, published):
    end = current.end if current != default_period(published) else published
    return Period(end, end) if end else None


def _same_period(m, current, published):
    """`去年同期`, `比同期`: the period in force a year earlier; a bare `同期` that is no baseline (`占同期…的16.9%`,
    `同期完成…`) is the period in force itself."""
    if current.end is None:
        return None
    if m.group() == _BARE_SAME and m.string[m.start() - 1:m.start()] not in _BASELINE_BEFORE:
        return current
    return Period(_shift_year(current.start, -1), _shift_year(current.end, -1))


def _year_to_date(m, current, published):
    return Period(date(published.year, 1, 1), published) if published else None


def _year_end(m, current, published):
    ref = _ref_year(current, published)
    return Period(None, date(ref, 12, 31)) if ref else None


def _two_years(m, current, published):
    y = _pub_year(current, published)
    return _span(y, y + 1) if y else None


def _relative(m, current, published):
    word = m["rel"]
    ref, pub = _ref_year(current, published), _pub_year(current, published)
    if ref is None:
        return None
    if word in _WHOLE_YEAR:
        if published and current == default_period(published) and published.month <= 3:
            return year_period(published.year - 1)  # a report early in the year sums up the year before
        return year_period(ref)
    if word in _THIS_YEAR and published and current.start is None and current.end \
            and current.end.year == published.year and current.end <= published \
            and current != default_period(published):
        return Period(date(published.year, 1, 1), current.end)  # `截至11月末,今年…`: this year up to then
    if word in _THIS_YEAR and published and current.year in (None, published.year):
        return Period(date(published.year, 1, 1), published)  # an actual figure of this year: so far
    return year_period(pub + _REL_YEARS[word])


def _week(m, current, published):
    """`本周` is the report's week: the week in force when that is a week (a weekly report's `11月27日-12月4日`),
    else the week ending on the report's date; `上周` the week before it."""
    shift = timedelta(days=7 * _WEEKS[m["week"]])
    if current.start and current.end and 5 <= (current.end - current.start).days <= 8:
        return Period(current.start + shift, current.end + shift)
    return week_ending(published + shift) if published else None


def _week_number(m, current, published):
    y, n = _num(m["yw"]), _num(m["wn"])
    try:
        monday = date.fromisocalendar(y, n, 1) if y and n else None
    except ValueError:
        return None
    return Period(monday, monday + timedelta(days=6)) if monday else None


def _years_ago(m, current, published):
    n = _num(m["nago"])
    end = published or (date(current.year, 12, 31) if current.year else None)
    return Period(date(end.year - n, 1, 1), end) if end and n and 0 < n < 50 else None


def _past_years(m, current, published):
    n, pub = _num(m["npast"]), _pub_year(current, published)
    if n == 1:
        return _past_year(m, current, published)
    return _span(pub - n, pub - 1) if n and pub and 0 < n < 50 else None


def _years_since(m, current, published):
    n, ref = _num(m["nsince"]), _ref_year(current, published)
    if not n or not ref or not 0 < n < 50:
        return None
    if n == 1 and current == default_period(published):
        return _past_year(m, current, published)  # `一年来` in May: the twelve months up to the report
    if published and current == default_period(published) and published.month <= 3:
        return _span(published.year - n, published.year - 1)  # a report early in the year: the N years before
    return Period(date(ref - n + 1, 1, 1), current.end or date(ref, 12, 31))


_REVIEW_SEASON_END = 3   # a review written by March (work reports, annual summaries) looks back on the calendar year


def _past_year(m, current, published):
    """`过去一年`: the calendar year before a report of its first quarter, else the twelve months up to it."""
    if published is not None and published.month > _REVIEW_SEASON_END:
        return Period(_shift_year(published, -1) + timedelta(days=1), published)
    pub = _pub_year(current, published)
    return year_period(pub - 1) if pub else None


def _plan(m, current, published):
    n = _num(m["plan_n"])
    if n is None:
        return None
    first = _PLAN_START + 5 * (n - 11)
    if m["plan_tail"] in _MONTH_ENDS or m["plan_tail"].endswith(tuple(_MONTH_ENDS)):
        return Period(None, date(first + 4, 12, 31))  # `“十三五”末`: the plan's last day
    if m["plan_tail"] == _SINCE and published and first <= published.year and published.year != first + 5:
        # `“十三五”以来` said in 2019, `“十二五”以来` in 2020: up to the report; said the year after the plan,
        # a review of the plan's five years
        return Period(date(first, 1, 1), published)
    return _span(first, first + 4)


def _last_month(m, current, published):
    """`上月`: the month before the month in force, if a month is in force."""
    if current.start is None or current.end is None or current.start.day != 1 or \
            (current.start.year, current.start.month) != (current.end.year, current.end.month):
        return None
    before = current.start - timedelta(days=1)
    return Period(date(before.year, before.month, 1), before)


def _within(m, current, published):
    """`3年内`: the N calendar years from the year of the day in force (a plan adopted `4月30日`), else the report's."""
    n = _num(m["nwithin"])
    day = current.end if current.end and current.start == current.end else published
    return _span(day.year, day.year + n - 1) if day and n and 0 < n < 50 else None


def _past_hours(m, current, published):
    """`截至18日10时，…24小时内新增`: the day in force and the day before (the report's, with none in force)."""
    end = current.end if current.end and current != default_period(published) else published
    return Period(end - timedelta(days=1), end) if end else None


def _now(m, current, published):
    if current.end and current != default_period(published) and current.start in (None, current.end):
        return Period(None, current.end)  # `截至10月13日24时,…目前`: that day
    # an undated report's `如今` is some day nobody knows, not the year an earlier sentence told of
    return Period(None, published)


def _part(m, current, published):
    first, last = _PARTS[m["part"]]
    ref = _ref_year(current, published)
    year = ref if current.year == ref else _pub_year(current, published)
    if year is None:
        return None
    return Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))


def _holiday(m, current, published):
    """`国庆假期`: the holiday in the year in force when a year was named (`2019年春节期间`), else nearest the
    report."""
    whole_year = current.start is not None and current.end is not None and current.start.year == current.end.year \
        and (current.start.month, current.start.day, current.end.month, current.end.day) == (1, 1, 12, 31)
    days = holiday_days(m["holiday"], current.start.year if whole_year else None, published)
    if days and m["hdays"] and (n := _num(m["hdays"])):  # `国庆假期前6天`: its first six days
        return Period(days[0], min(days[1], days[0] + timedelta(days=n - 1)))
    return Period(*days) if days else None


_RESOLVERS = {
    "ymdr": _ymd_range, "ymd": _ymd, "yrange": _year_range, "yweek": _week_number, "ym": _year_month, "since_year": _since_year,
    "ysame_period": _year_same_period, "y": _year,
    "mdr": _month_day_range, "md": _month_day, "mend": _month_form, "day": _day,
    "mrange": _month_range, "sinced": _since_day, "sameday": _same_day, "same": _same_period, "ytd": _year_to_date,
    "yend": _year_end, "two": _two_years, "relative": _relative, "weekly": _week, "ago": _years_ago,
    "pastn": _past_years, "since": _years_since, "past": _past_year, "plan": _plan, "within": _within,
    "now": _now, "quarter": _part, "holiday_period": _holiday, "lastmonth": _last_month, "hours": _past_hours,
}
_MONTH_ENDS = frozenset(_LEX.words("period_end"))
_SINCE = _LEX.words("plan_since")[0]


def _start_of(tm: TimeMention) -> int:
    return tm.start


def is_attributive(text: str, tm: TimeMention, end: int) -> bool:
    """A time that dates a thing the clause mentions, not a figure (`去年出台的政策`, `上年不变价`,
    `2011年以来的出口最高增速`)."""
    return _ATTRIBUTIVE.match(text, tm.end, end) is not None


def attributive_end(text: str, tm: TimeMention, end: int) -> int | None:
    """Where an attributive time's phrase ends, with the punctuation after it (`10日从商务部获悉：`), else None."""
    m = _ATTRIBUTIVE.match(text, tm.end, end)
    if m is None:
        return None
    pos = m.end()
    while pos < end and text[pos] in _PHRASE_MARKS:
        pos += 1
    return pos


_PHRASE_MARKS = frozenset("：:，, ")
_SHARE_REACH = 8   # characters after the window: the share's own number (`去年同期的【95%】`)


def _in_aside(text: str, start: int, tm: TimeMention, pos: int) -> bool:
    """A time inside a title or a bracketed aside that closes before pos (`《2018—2022年检察改革工作规划》`,
    `(6月高考,剔除3月份高职单招录取的930人)`) dates what is inside, not the figure after it; a time alone in
    brackets restates the one before it (`2024年第26周(6月24日—6月30日)`) and still counts, as does an edition
    (`《…目录》(2018年版)`)."""
    for opener, closer in _BRACKETS:
        left = text.rfind(opener, start, tm.start)
        if left == -1 or text.find(closer, left, tm.start) != -1:
            continue
        right = text.find(closer, tm.end, pos)
        if right != -1 and len(text[left + 1:tm.start].strip()) + len(text[tm.end:right].strip()) >= _ASIDE_WORDS:
            return True
    return False


_BRACKETS = (("《", "》"), ("(", ")"), ("（", "）"))
_ASIDE_WORDS = 2   # characters besides the time that make a bracket an aside: `(2018年版)` still dates its source


def period_at(text: str, start: int, pos: int, anchor: Period, published: date | None,
              skip_baselines: bool = False, mentions: list[TimeMention] | None = None) -> tuple[Period, bool]:
    """The period in force at `pos`, reading time expressions in text[start:pos] from the anchor on.

    Returns (period, explicit) where explicit says a time expression in the span decided it; `mentions` are
    the time expressions already found around the span (else they are searched for). With
    skip_baselines, `比前三季度`/`较上年` name what a change is measured against, not its period.
    """
    current, explicit = anchor, False
    if mentions is None:
        found = time_mentions(text, start, pos)
    else:  # mentions are in text order: cut the window out instead of filtering them all for every figure
        lo = bisect_left(mentions, start, key=_start_of)
        hi = bisect_left(mentions, pos, key=_start_of)
        found = [tm for tm in mentions[lo:hi] if tm.end <= pos]
    for tm in found:
        # `比上年`, `较上周`: what a change is measured against is no figure's period, except the one right
        # after it (`比去年同期的300个`: that figure is the baseline's)
        if tm.start > 1 and text[tm.start - 2:tm.start] in _GAP_BEFORE and text[pos:pos + 1].isdigit() \
                and not (pos - tm.end <= 4 and _OF in text[tm.end:pos]):
            continue  # `高于去年同期9个百分点`: the gap to last year's figure (`高于2019年同期的29亿美元`: its own)
        if tm.start > 0 and text[tm.start - 1] in _BASELINE_BEFORE and (
                skip_baselines or pos - tm.end > 2 or text[tm.end:pos].lstrip(_END_MARKS) in _GAP_AFTER):  # `比上年末高2.4个百分点`
            continue
        if is_attributive(text, tm, pos) or _SHARE_BASE.match(text, tm.end, min(len(text), pos + _SHARE_REACH)) \
                or _in_aside(text, start, tm, pos):
            continue  # `去年出台的政策`: dates the policy, not the figure; `为去年同期的95%`: a share is this year's
        if tm.match["hours"] and any(c in text[tm.end:pos] for c in _CLAUSE_MARKS):
            continue  # `24小时内新增27例，累计确诊…`: the last day's flow is its own clause's only
        p = resolve(tm, current, published)
        if p is not None:
            current, explicit = p, True
    return current, explicit


def resolve_text(text: str, published: date | None, anchor: Period | None = None) -> Period | None:
    """The period a whole phrase names (its last resolvable expression), for tests and the lexicon's cases."""
    anchor = default_period(published) if anchor is None else anchor
    period, explicit = period_at(text, 0, len(text), anchor, published)
    return period if explicit else None
