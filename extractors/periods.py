"""Periods: which time a number describes, resolved against the report's own date (never the clock).

`time_mentions()` finds time expressions in a span of canonical text; `resolve()` turns each into a Period
given the period in force before it (the article's anchor) and the report date. Relative words follow
DESIGN.md: `今年`/`明年`/`去年` count from the report's year, `去年同期` shifts the period in force back a
year, `本周` is the week ending on the report date, `N年来`/`“十三五”` span several years.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from .numbers import parse_number

_N = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_TIME = regex.compile(
    r"(?=[\d一二两三四五六七八九十今本全当去上前明次后同过近这与截目至“\"第下年])"  # cheap first-character test
    r"(?=\d|[一二两三四五六七八九十]{1,3}[年季]|今年|本(?:年|周)|全年|当年|去年|上(?:年|周|半年)|前(?:年|三季度|\d)"
    r"|明年|次年|后年|同期|过去|年[末底]|[近这与][一二两三四五六七八九十\d]|截至目前|目前|至今|一周|[“\"]十|第[一二三四1-4]季度|下半年)(?:"
    r"(?P<ymd>(?P<y1>(?:19|20)\d\d)\s?年\s?(?P<m1>\d{1,2})\s?月\s?(?P<d1>\d{1,2})\s?日)"
    r"|(?P<yrange>(?P<ya>(?:19|20)\d\d)\s?[-—~～至到]{1,2}\s?(?P<yb>(?:19|20)\d\d)\s?年)"
    r"|(?P<ym>(?P<y2>(?:19|20)\d\d)\s?年\s?(?P<ytd2>1\s?[-—~至到]{1,2}\s?)?(?P<m2>\d{1,2})\s?月(?:末|底|份)?)"
    r"|(?P<y>(?P<y3>(?:19|20)\d\d)\s?年(?![代度]))"
    r"|(?P<mdr>(?<![\d.])(?P<m6>\d{1,2})\s?月\s?(?P<d6>\d{1,2})\s?日?\s?[至到—\-~]{1,2}\s?"
    r"(?:(?P<m7>\d{1,2})\s?月\s?)?(?P<d7>\d{1,2})\s?日)"
    r"|(?P<md>(?<![\d.])(?P<m4>\d{1,2})\s?月\s?(?P<d4>\d{1,2})\s?[日号])"
    r"|(?P<mend>(?<![\d.])(?<!\d\s?年\s?)(?P<ytd5>1\s?[-—~至到]{1,2}\s?|前)?(?P<m5>\d{1,2})\s?个?月(?P<mtail>末|底|份)?)"
    r"|(?P<same>(?:去年|上年)同期|同期)"
    r"|(?P<ytd>(?:今年|年初)(?:以来|来))"
    r"|(?P<yend>(?<![\d一二两三四五六七八九十])年(?:末|底))"
    r"|(?P<rel>今年|本年度|本年|全年|当年|去年|上年|前年|明年|次年|后年)"
    r"|(?P<week>本周|上周|一周)"
    rf"|(?P<ago>与(?P<nago>{_N})年前相比)"
    rf"|(?P<pastn>过去的?(?P<npast>{_N})年(?!来|以来|间))"
    rf"|(?P<since>(?:过去|近|这)?(?P<nsince>{_N})年(?:来|以来|间))"
    r"|(?P<past>过去的?一年)"
    r"|(?P<plan>[“\"]?十(?P<plan_n>[一二三四五])五[”\"]?(?:期间|时期|以来))"
    rf"|(?P<within>(?P<nwithin>{_N})年内)"
    r"|(?P<now>截至目前|目前|至今)"
    r"|(?P<part>[一二三四1-4]季度|第[一二三四1-4]季度|前三季度|上半年|下半年))"
)
_PARTS = {"一": (1, 3), "1": (1, 3), "二": (4, 6), "2": (4, 6), "三": (7, 9), "3": (7, 9), "四": (10, 12),
          "4": (10, 12), "前三季度": (1, 9), "上半年": (1, 6), "下半年": (7, 12)}
_REL_YEARS = {"今年": 0, "本年度": 0, "本年": 0, "全年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2,
              "明年": 1, "次年": 1, "后年": 2}


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
    """What an undated figure in a report describes: its year up to the report date."""
    if published is None:
        return Period(None, None)
    return Period(date(published.year, 1, 1), published)


def week_ending(day: date) -> Period:
    return Period(day - timedelta(days=6), day)


def _num(text: str) -> int:
    return int(text) if text.isdigit() else int(parse_number(text))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(y: int, m: int) -> Period | None:
    if not 1 <= m <= 12:
        return None
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]))


def _shift_year(d: date | None, years: int) -> date | None:
    if d is None:
        return None
    return _safe(d.year + years, d.month, min(d.day, 28 if d.month == 2 else d.day))


def time_mentions(text: str, start: int, end: int) -> list[TimeMention]:
    return [TimeMention(m.start(), m.end(), text, end) for m in _TIME.finditer(text, start, end)]


def resolve(mention: TimeMention, current: Period, published: date | None) -> Period | None:
    """The period a time expression names, given the period in force and the report date."""
    m = mention.match
    ref_year = current.year or (published.year if published else None)
    pub_year = published.year if published else ref_year
    if m["ymd"]:
        d = _safe(int(m["y1"]), int(m["m1"]), int(m["d1"]))
        return Period(d, d) if d else None
    if m["yrange"]:
        a, b = int(m["ya"]), int(m["yb"])
        return Period(date(a, 1, 1), date(b, 12, 31)) if a <= b else None
    if m["ym"]:
        p = _month(int(m["y2"]), int(m["m2"]))
        return Period(date(p.start.year, 1, 1), p.end) if p and m["ytd2"] else p
    if m["y"]:
        return year_period(int(m["y3"]))
    if ref_year is None:
        return None
    if m["mdr"]:
        a = _safe(ref_year, int(m["m6"]), int(m["d6"]))
        b = _safe(ref_year, int(m["m7"] or m["m6"]), int(m["d7"]))
        if a and b and published and b > published and current.year == published.year:
            a, b = _safe(ref_year - 1, a.month, a.day), _safe(ref_year - 1, b.month, b.day)
        return Period(a, b) if a and b and a <= b else None
    if m["md"]:
        d = _safe(ref_year, int(m["m4"]), int(m["d4"]))
        if d and published and d > published and current.year == published.year:
            d = _safe(ref_year - 1, d.month, d.day)
        return Period(d, d) if d else None
    if m["mend"]:
        if "个" in m["mend"] and not m["ytd5"]:
            return None  # `3个月`: a duration
        p = _month(ref_year, int(m["m5"]))
        if p and m["ytd5"]:
            return Period(date(ref_year, 1, 1), p.end)  # `1—5月`, `前5个月`: the year so far
        if p and m["mtail"] in ("末", "底"):
            return Period(p.end, p.end)
        return p
    if m["same"]:
        return Period(_shift_year(current.start, -1), _shift_year(current.end, -1))
    if m["rel"] in ("全年", "当年"):
        if published and current == default_period(published) and published.month <= 3:
            return year_period(published.year - 1)  # a report early in the year sums up the year before
        return year_period(ref_year)
    if m["yend"]:
        return Period(date(ref_year, 12, 31), date(ref_year, 12, 31))
    if m["ytd"] and published:
        return Period(date(published.year, 1, 1), published)
    if m["rel"] in ("今年", "本年", "本年度") and published and current.end and current.start \
            and current.start.year == published.year and current.end <= published:
        return current  # `截至11月末,今年…` or an undated report: this year so far
    if m["rel"]:
        return year_period(pub_year + _REL_YEARS[m["rel"]])
    if m["week"]:
        if not published:
            return None
        end = published if m["week"] != "上周" else published - timedelta(days=7)
        return week_ending(end)
    if m["ago"]:
        end = published or date(ref_year, 12, 31)
        return Period(date(end.year - _num(m["nago"]), 1, 1), end)
    if m["pastn"]:
        n = _num(m["npast"])
        return Period(date(pub_year - n, 1, 1), date(pub_year - 1, 12, 31)) if 0 < n < 50 else None
    if m["since"]:
        n = _num(m["nsince"])
        if published and current == default_period(published) and published.month <= 3 and 0 < n < 50:
            return Period(date(published.year - n, 1, 1), date(published.year - 1, 12, 31))
        return Period(date(ref_year - n + 1, 1, 1), current.end or date(ref_year, 12, 31)) if n < 50 else None
    if m["past"]:
        return year_period(pub_year - 1)
    if m["plan"]:
        first = 2006 + 5 * "一二三四五".index(m["plan_n"])
        return Period(date(first, 1, 1), date(first + 4, 12, 31))
    if m["within"] and published:
        return Period(published, _shift_year(published, _num(m["nwithin"])))
    if m["now"] and published:
        if current.start is not None and current.start == current.end:
            return current
        return Period(date(published.year, 1, 1), published)
    if m["part"]:
        key = m["part"] if m["part"] in _PARTS else m["part"].lstrip("第")[0]
        first, last = _PARTS[key]
        year = ref_year if current.year == ref_year else pub_year
        return Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))
    return None


def _start_of(tm: TimeMention) -> int:
    return tm.start


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
        if skip_baselines and tm.start > 0 and text[tm.start - 1] in "比较与":
            continue
        p = resolve(tm, current, published)
        if p is not None:
            current, explicit = p, True
    return current, explicit
