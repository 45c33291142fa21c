"""Periods: which time a number describes, resolved against the report's own date (never the clock).

`time_mentions()` finds time expressions in a span of canonical text (the grammar is lexicon/time.toml);
`resolve()` turns one into a Period given the period in force before it (the article's or section's anchor)
and the report date. A Period may have an open start: a level as of a day (`截至10月末`, `目前`, `年末`, a figure
no time word dates) describes that day's state, not a flow since some start. An expression that cannot be
resolved (`两三年内`, `2月30日`) resolves to None, never to an exception. Relative words follow DESIGN.md:
`今年`/`明年`/`去年` count from the report's year, `去年同期` shifts the period in force back a year, `本周` is
the week ending on the report date, `N年来`/`“十三五”`/`2012年以来` span several years.

This module owns finding the expressions and choosing the one in force at a figure; the Period value and its
date arithmetic are period_dates.py, each form's resolver is time_forms_named.py, holiday_forms.py or
time_forms_relative.py, and the base-year and from-to wording that widens or narrows a figure's years is year_spans.py, and the times that
date no figure where they stand (attributive, in an aside, habitual) are undating_times.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

import regex

from .holiday_forms import _bare_holiday, _eve_week, _holiday, _shopping_day, _since_holiday
from .holidays import _lunar_day, _pre_holiday, _story_holiday
from .lexicon import lexicon
from .period_dates import Period, default_period
from .quarter_ends import _same_quarter
from .report_months import report_last_month
from .time_forms_bounds import (
    _before_year,
    _relative_end,
    _since_start,
    _since_year_end,
    _year_start_to_month,
    _year_to_month,
    _years_total,
)
from .time_forms_eras import _era, _recent, _winter_spring
from .time_forms_named import (
    _bracketed_day_range,
    _day,
    _month_day,
    _month_day_range,
    _month_form,
    _month_range,
    _part,
    _plan,
    _since_day,
    _since_year,
    _week_number,
    _year,
    _year_month,
    _year_range,
    _year_same_period,
    _ymd,
    _ymd_range,
)
from .time_forms_relative import (
    _last_month,
    _now,
    _once,
    _past_hours,
    _past_unknown,
    _peak,
    _relative,
    _same_day,
    _same_month,
    _same_period,
    _that_year,
    _two_years,
    _week,
    _within,
    _year_end,
    _year_to_date,
    after_baseline_word,
)
from .time_forms_years import (
    _consecutive_years,
    _decade,
    _edition,
    _past_year,
    _past_years,
    _years_ago,
    _years_back,
    _years_since,
)
from .undating_times import dates_other_part, in_aside, is_attributive
from .year_to_day import year_so_far

_LEX = lexicon()
_TIME = _LEX.compile("time_expression")
_TIME_CANDIDATE = _LEX.compile("time_candidate", engine=re)
_UNTIL = _LEX.compile(r"(?:{until}|{until_after_event})\s?(?:{clock_zone})?\s?(?:{relative_year})?\s?$")  # `截至今年5月中旬`
_GAP_BEFORE = frozenset(_LEX.words("gap_before"))
_GAP_AFTER = frozenset(_LEX.words("gap_after"))
_END_MARKS = "".join(_LEX.words("period_end"))  # `上年` + `末`
_OF = _LEX.words("attributive")[0]
_LIST_JOINERS = frozenset(_LEX.words("list_joiner"))
_SHARE_BASE = _LEX.compile("share_of_same_period")
_MIDNIGHT = _LEX.compile("midnight_cutoff_after")
_COUNTED_ON = _LEX.compile("day_counted_after")
_SHARE_REACH = 8   # characters after the window: the share's own number (`去年同期的【95%】`)
_JOINER_REACH = 3  # characters between a baseline and the next list item: an end mark and a joiner (`上月末和`)


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    limit: int   # the end of the span it was found in

    @property
    def match(self) -> regex.Match:
        """The expression's match, found again on demand: keeping every match object cost about 1.6 KB per
        date, 1.2 GB on a 10 MB line of dates. The last few hundred of one text are kept: a mention's groups are
        read several times (a sentence's opening time, then each figure's period), each read a full match of the
        grammar, and the last one alone was found again for 1,900 of 4,500 reads on 487 articles."""
        global _MATCHES
        cache = _MATCHES  # one tuple, replaced whole: a reader never sees half of another thread's entry
        if cache[0] is not self.text:
            cache = _MATCHES = (self.text, {})
        key = (self.start, self.limit)
        m = cache[1].get(key)
        if m is None:
            m = _TIME.match(self.text, self.start, self.limit)
            if len(cache[1]) >= _KEPT_MATCHES:
                cache[1].clear()
            cache[1][key] = m
        return m


_MATCHES: tuple = (None, {})   # (text, {(start, limit): match}) of the last text read
_KEPT_MATCHES = 256


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
    if (same := report_last_month(mention, current, published)) is not None:
        return same
    form = m.lastgroup
    if form not in _RESOLVERS:  # the engine may report an inner group (`2024年4月8日—4月14日` gives d8)
        form = next((name for name in _RESOLVERS if m[name]), None)
    period = _RESOLVERS[form](m, current, published) if form in _RESOLVERS else None
    if period is not None and period.start is not None and _UNTIL.search(
            mention.text, max(0, mention.start - 12), mention.start):
        period = Period(None, period.end)  # `截至10月末`: the level as of that day
        if period.start is None and period.end and midnight_cutoff(mention):
            period = Period(None, period.end - timedelta(days=1))  # `截至2月20日0时`: as of 2月19日24时
    elif period is not None and period.start is not None and period.start == period.end \
            and _COUNTED_ON.match(mention.text, mention.end) is not None:
        period = Period(None, period.end)  # `据…15日统计，…已有653例出院`: the count as of that day
    return period


def midnight_cutoff(mention: TimeMention) -> bool:
    """A day followed by its midnight (`2月20日0时`): the cut-off is the end of the day before."""
    return _MIDNIGHT.match(mention.text, mention.end) is not None


_CLAUSE_MARKS = ",，;；"


_RESOLVERS = {
    "decade": _decade, "edition": _edition, "ymdr": _ymd_range, "ymd": _ymd, "yrange": _year_range, "ystart_month": _year_start_to_month, "yto_month": _year_to_month, "yweek": _week_number, "ym": _year_month, "since_year": _since_year,
    "ysame_period": _year_same_period, "y": _year,
    "mdr": _month_day_range, "md": _month_day, "mend": _month_form, "dayr": _bracketed_day_range, "day": _day,
    "mrange": _month_range, "sinced": _since_day, "sameday": _same_day, "samemonth": _same_month, "samequarter": _same_quarter, "same": _same_period, "ytd": _year_to_date,
    "yend": _year_end, "two": _two_years, "relative": _relative, "that_year": _that_year, "weekly": _week, "ago": _years_ago, "back": _years_back, "then": _past_unknown, "once": _once, "peak": _peak,
    "pastn": _past_years, "run": _consecutive_years, "since": _years_since, "past": _past_year, "plan": _plan, "within": _within,
    "now": _now, "quarter": _part, "holiday_period": _holiday, "eve_week": _eve_week, "lunar_day": _lunar_day, "lastmonth": _last_month, "hours": _past_hours,
    "since_start": _since_start, "before_year": _before_year, "relative_end": _relative_end,
    "since_year_end": _since_year_end, "years_total": _years_total, "since_holiday_period": _since_holiday,
    "holiday_in_force": _bare_holiday, "story_holiday": _story_holiday, "pre_holiday": _pre_holiday, "shopping_day": _shopping_day,
    "era": _era, "recent": _recent, "winter_spring": _winter_spring,

}


def _start_of(tm: TimeMention) -> int:
    return tm.start


def period_at(text: str, start: int, pos: int, anchor: Period, published: date | None,
              skip_baselines: bool = False, mentions: list[TimeMention] | None = None) -> tuple[Period, bool]:
    """The period in force at `pos`, reading time expressions in text[start:pos] from the anchor on.

    Returns (period, explicit) where explicit says a time expression in the span decided it; `mentions` are
    the time expressions already found around the span (else they are searched for). With
    skip_baselines, `比前三季度`/`较上年` name what a change is measured against, not its period.
    """
    current, explicit, last = anchor, False, None
    if mentions is None:
        found = time_mentions(text, start, pos)
    else:  # mentions are in text order: cut the window out instead of filtering them all for every figure
        lo = bisect_left(mentions, start, key=_start_of)
        hi = bisect_left(mentions, pos, key=_start_of)
        found = [tm for tm in mentions[lo:hi] if tm.end <= pos]
        # the as-of day that opened the sentence, read before the window (`截至9月底，全市【2025年】…`: year_so_far)
        last = mentions[lo - 1] if lo > 0 and mentions[lo - 1].end <= start else None
    baseline_end = -1
    for i, tm in enumerate(found):
        if 0 <= baseline_end and tm.start - baseline_end <= _JOINER_REACH \
                and text[baseline_end:tm.start].lstrip(_END_MARKS) in _LIST_JOINERS:
            baseline_end = tm.end
            continue  # `分别比前三季度、1~8月和1~7月加快…`, `分别比上月末和上年同期高…`: a baseline list's items
        # `比上年`, `较上周`: what a change is measured against is no figure's period, except the one right
        # after it (`比去年同期的300个`: that figure is the baseline's)
        if tm.start > 1 and text[tm.start - 2:tm.start] in _GAP_BEFORE and pos < len(text) \
                and not (pos - tm.end <= 4 and _OF in text[tm.end:pos]):
            # `高于去年同期9个百分点`: the gap to last year's figure, and no later figure's time (`低于去年同期增速1.5个
            # 百分点;…比率39.2%`); `高于2019年同期的29亿美元`: its own; a phrase read alone (resolve_text) ends at it
            baseline_end = tm.end
            continue
        if after_baseline_word(text, tm.start) and (
                skip_baselines or pos - tm.end > 2 or text[tm.end:pos].lstrip(_END_MARKS) in _GAP_AFTER):  # `比上年末高2.4个百分点`
            baseline_end = tm.end
            continue
        if tm.start == baseline_end and _part_in_force(current):
            # `2020年第一季度相较2019年第四季度`: the baseline's year and its quarter, written on, are one baseline;
            # with no part of a year in force (`与去年“五一”假期相比`) the part is the figure's too: this year's holiday
            baseline_end = tm.end
            continue
        if _attributive_run(text, found, i, pos) or _SHARE_BASE.match(text, tm.end, min(len(text), pos + _SHARE_REACH)) \
                or in_aside(text, start, tm, pos):
            continue  # `去年出台的政策`: dates the policy, not the figure; `为去年同期的95%`: a share is this year's
        if dates_other_part(text, tm, pos):
            continue  # `由2017年的9.8%降至7.5%`: the first amount's year; `每年4月至9月`: a habit
        if (tm.match["hours"] or tm.match["once"]) and any(c in text[tm.end:pos] for c in _CLAUSE_MARKS):
            continue  # `24小时内新增27例，累计确诊…`: the last day's flow is its own clause's only (`一度…`: its moment)
        if tm.match["run"] and _claimed_run(text, tm, pos):
            continue  # `…增长8.7%,连续三年居全市第一;投资增长11.6%`: the run is the ranking's, not the later items'
        p = year_so_far(last, tm, resolve(tm, current, published), current)
        if p is not None:
            current, explicit, last = p, True, tm
    return current, explicit


def _part_in_force(current: Period) -> bool:
    """A span narrower than a year is in force (`2020年第一季度`), not a whole year nor a day as of which."""
    return current.start is not None and current.end is not None and current.start < current.end \
        and (current.start.month, current.start.day, current.end.month, current.end.day) != (1, 1, 12, 31)


def _attributive_run(text: str, found: list[TimeMention], i: int, pos: int) -> bool:
    """Time i dates a thing, not a figure, alone or with the times written on right after it (`今年国庆假期的最大亮点`:
    今年 too is the holiday's, not the year so far)."""
    while i + 1 < len(found) and found[i + 1].start == found[i].end:
        i += 1
    return is_attributive(text, found[i], pos)


def _claimed_run(text: str, tm: TimeMention, pos: int) -> bool:
    """A run of years (`连续三年`) in a clause of its own words before the figure's, not a time alone as its clause:
    what that clause claims (`…增长8.7%，连续三年居全市第一；投资增长11.6%`) dates nothing after it."""
    ends = [i for i in (text.find(c, tm.end, pos) for c in _CLAUSE_MARKS) if i >= 0]
    return bool(ends) and bool(text[tm.end:min(ends)].strip())


def resolve_text(text: str, published: date | None, anchor: Period | None = None) -> Period | None:
    """The period a whole phrase names (its last resolvable expression), for tests and the lexicon's cases."""
    anchor = default_period(published) if anchor is None else anchor
    period, explicit = period_at(text, 0, len(text), anchor, published)
    return period if explicit else None
