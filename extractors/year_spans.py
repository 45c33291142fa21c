"""A figure's span of years as the wording around it sets it: a change against a base year (`比2005年下降`)
covers the years since, and the amounts of a from-to statement are its span's first and last year."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .lexicon import lexicon
from .period_dates import Period, _num, year_period
from .periods import _CLAUSE_MARKS

_LEX = lexicon()
_BASE_YEAR = _LEX.compile("base_year")
_FROM_BASE_YEAR = _LEX.compile("from_base_year")
_BASE_OPENING = _LEX.compile("base_opening")
_BASE_YEAR_END = _LEX.compile("base_year_end")
_BASE_YEARS_AGO = _LEX.compile("base_years_ago")
_LIST_GAP = _LEX.compile(r"\s?{list_joiner}\s?")
_RESPECTIVELY = _LEX.words("respectively")[0]
_ERA_YEARS = {name: day[:4] for name, day in _LEX.values("era_start").items()}  # `改革开放之初`: 1978
_AVERAGE_AFTER_BASE = _LEX.compile("average_after_base")
_YEARS_SINCE = _LEX.compile("time_years_since")  # `两年来`: a span counted back from the story


def over_base_year(text: str, lo: int, pos: int, period: Period) -> Period:
    """A change in text[lo:pos] against a year before the year before its own (`2018年…比2005年下降45.8%`, or a
    statement opened by `与改革开放之初相比，`) covers the years from that one: 2005–2018; against an earlier year's
    end (`截至6月底…比2017年末增加`) it covers the time since: 2018-01-01 to its end."""
    froms = [b["base"] for b in _FROM_BASE_YEAR.finditer(text, lo, pos)]  # `从2016年的…增加到…，增幅达…`
    froms += [_ERA_YEARS.get(b["era_base"]) or b["base"] for b in _BASE_OPENING.finditer(text, lo, pos)]
    first = lo
    lo = max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_MARKS))  # the figure's own comma clause
    own = [(b.start(), _num(b["base"]), 0) for b in _BASE_YEAR.finditer(text, lo, pos)]
    if not own and lo > first and _AVERAGE_AFTER_BASE.search(text, lo, pos):  # `比1949年增长4.8倍，年均增长2.6%`
        before = max(first, *(text.rfind(c, first, lo - 1) + 1 for c in _CLAUSE_MARKS))
        own = [(b.start(), _num(b["base"]), 0) for b in _BASE_YEAR.finditer(text, before, lo - 1)]
    own += [(b.start(), _num(b["base"]), 1) for b in _BASE_YEAR_END.finditer(text, lo, pos)]
    if period.end is not None:  # `较5年前上升`: the figure's own year less five
        own += [(b.start(), period.end.year - (_num(b["ago"]) or 0), 0) for b in _BASE_YEARS_AGO.finditer(text, lo, pos)]
    if own:  # the base nearest the figure in its own clause
        _, base, after_end = max(own)
    else:
        base, after_end = (_num(froms[-1]), 0) if froms else (None, 0)
    if base is None or period.end is None or not 1000 <= base < period.end.year - 1 + after_end:
        return period
    since = date(base + after_end, 1, 1)  # `比2017年末增加`: the change since the year after it began
    if after_end and period.start is not None and period.start <= since:
        return period  # `2018年末…比2017年末`: the year already covers it
    return Period(since, period.end)


def respective_item(text: str, clause: int, last_end: int, pos: int) -> bool:
    """The figure at pos is a later item of a `分别` change list whose first item ends at last_end (`较2020年分别提高
    2.94%、7.81%和4.73%`): the comparison written once before the list is each item's, so is its span of years."""
    gap = _LIST_GAP.fullmatch(text, last_end, pos)
    return gap is not None and text.find(_RESPECTIVELY, clause, last_end) >= 0


_AGO_REACH = 40  # characters after a level where the comparison with N years before that names it stands


def compared_years_ago(text: str, end: int, stop: int, period: Period) -> Period:
    """A level over several whole years compared in its sentence with N years before (`…不起诉41409人，较5年前上升
    74.6%`) is the span's last year's, not a tally over the span."""
    if period.start is None or period.end is None or period.start.year == period.end.year \
            or period != Period(date(period.start.year, 1, 1), date(period.end.year, 12, 31)):
        return period
    if _BASE_YEARS_AGO.search(text, end, min(stop, end + _AGO_REACH)) is None:
        return period
    return year_period(period.end.year)

_FROM_AMOUNT = _LEX.compile("from_amount")
_TO_AMOUNT = _LEX.compile("to_amount")
_FROM_AMOUNT_BEFORE = _LEX.compile("from_amount_before")
_TO_AMOUNT_AFTER = _LEX.compile("to_amount_after")
_FROM_REACH = 16  # characters before an amount where its from-to word stands (`由13677户` before `49479人`)
_TO_THIS_YEAR_AMOUNT = _LEX.compile("to_this_year_amount")
_FROM_DATED_AMOUNT_BEFORE = _LEX.compile("from_dated_amount_before")
_FROM_TO_YEARS = _LEX.compile("from_to_years_told")
_TOLD_REACH = 160  # characters back to a from-to statement with both years in the same sentence
_SPAN_TOLD_REACH = 200  # characters back where a span of years written out (`2011—2015年`) stands


def _reached_this_year(text: str, clause: int, start: int, period: Period, published: date | None) -> bool:
    """The figure at start is the second amount of a from-to statement dated this year (`从2015年的760家发展到今年的
    1691家`): the level reached by the report's day, neither the whole year ahead nor its flow so far."""
    return bool(published and period.start == date(published.year, 1, 1) and period.end and period.end >= published
                and _TO_THIS_YEAR_AMOUNT.search(text, max(clause, start - 12), start)
                and _FROM_DATED_AMOUNT_BEFORE.search(text, clause, start))


def _first_year_told(text: str, start: int, last: int) -> int | None:
    """The first year of the last from-to statement before start in its sentence that wrote both its years, when
    its last is `last`, else of one that wrote its first year alone (an earlier one than `last`), else the base
    year of a comparison that opened the sentence."""
    lo = max(0, start - _TOLD_REACH)
    lo = max(lo, text.rfind("。", lo, start) + 1)
    told = [m for m in _FROM_TO_YEARS.finditer(text, lo, start) if _num(m["y2"]) == last]
    if told:
        return _num(told[-1]["y1"])
    # `中非贸易额由2000年100多亿美元增至2041.9亿美元，…存量从不到10亿美元增至…`: the year the sentence's from-to began at
    firsts = [b for b in _FROM_BASE_YEAR.finditer(text, lo, start) if (y := _num(b["base"])) is not None and y < last]
    if firsts:
        return _num(firsts[-1]["base"])
    # `与2010年第六次全国人口普查相比,每10万人中…由3181人增加到5288人`: the base the sentence opened with
    opened = [y for b in _BASE_OPENING.finditer(text, lo, start) if (y := _num(b["base"])) is not None and y < last]
    return opened[-1] if opened else None


def _counted_back(told: str, period: Period, published: date | None) -> bool:
    """Whether the span runs from N years before the story (`两年来…由6个缩减为2个` told in 2019: since 2017, its
    level then), not from a whole year's start after a base year."""
    if published is None or period.end is None or period.end.year != published.year or period.start is None:
        return False
    return any(m["summed_years"] is None and _num(m["nsince"]) == published.year - period.start.year
               for m in _YEARS_SINCE.finditer(told))


def from_to_year(text: str, clause: int, start: int, end: int, period: Period,
                 published: date | None = None) -> Period:
    """A level in a from-to statement over a span of years (`1952年至2018年，工业增加值从120亿元增至305160亿元`):
    the first amount is the span's first year, the second its last (or the report's day, for a span up to it:
    `近6年来…比重从6.1%提高到8%`). Within one year or less the first amount is the level before it, at a time the
    text does not give (`2016年,规上企业由115家增加到173家`): no period."""
    before = text[max(clause, start - _FROM_REACH):start]
    if _reached_this_year(text, clause, start, period, published):
        return Period(None, published)
    from_amount = _FROM_AMOUNT.search(before) is not None and _TO_AMOUNT_AFTER.match(text, end) is not None
    if period.start is None or period.end is None or period.start.year >= period.end.year:
        if from_amount and period.end is not None and (first := _first_year_told(text, start, period.end.year)):
            return year_period(first)  # `由2010年的…增加到2015年的…;人均…由7070美元增加到…`: 2010
        return Period(None, None) if from_amount and period.end is not None else period
    if from_amount:  # `“十二五”时期,…由431亿斤增加到…`: the level the span grew from, its year before
        first = period.start.year
        told = text[max(0, start - _SPAN_TOLD_REACH):start]
        return year_period(first if str(first) in told or _counted_back(told, period, published) else first - 1)
    if _TO_AMOUNT.search(before) and _FROM_AMOUNT_BEFORE.search(text, clause, start):
        whole_year = (period.end.month, period.end.day) == (12, 31)
        return year_period(period.end.year) if whole_year else Period(None, period.end)
    return period


_PLAN_END_AVERAGE = _LEX.compile("plan_end_average")
_PLAN_END = _LEX.compile("plan_end_opening")


@lru_cache(maxsize=8)
def _opens_at_plan_end(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] names a plan's end at all: asked once per sentence, not once per figure
    (a million-character sentence of figures would be searched from its start for each)."""
    return _PLAN_END.search(text, lo, hi) is not None
_FIRST_PLAN_YEAR = _LEX.table("five_year_plan", "first_year_of_eleventh")


def plan_end_average(text: str, lo: int, pos: int, period: Period, hi: int) -> Period:
    """An annual average in a sentence text[lo:hi] opened by a plan's end (`“十三五”末,…达到230亿元,年均增长7.2%`)
    covers the plan's five years, not its last one."""
    m = _PLAN_END_AVERAGE.search(text, lo, pos) if _opens_at_plan_end(text, lo, hi) else None
    n = _num(m["plan_n"]) if m else None
    if n is None:
        return period
    first = _FIRST_PLAN_YEAR + 5 * (n - 11)
    return Period(date(first, 1, 1), date(first + 4, 12, 31))


_PLAN_GOAL = _LEX.compile("plan_goal")
_PLAN_GOAL_REACH = 60  # characters before a figure where the plan that set it is named


def plan_goal_years(text: str, clause: int, pos: int, period: Period) -> Period:
    """A goal a five-year plan set (`“十三五”规划确定的…能耗降低15%`) covers the plan's five years."""
    m = _PLAN_GOAL.search(text, max(clause, pos - _PLAN_GOAL_REACH), pos)
    n = _num(m["plan_n"]) if m else None
    if n is None:
        return period
    first = _FIRST_PLAN_YEAR + 5 * (n - 11)
    return Period(date(first, 1, 1), date(first + 4, 12, 31))


_PAST_YEARS = _LEX.compile("past_years_average")
_AVERAGE_CLAUSE = _LEX.compile("annual_average_clause")
_AVERAGE_REACH = 40  # characters before a figure where its clause's 年均 stands
_STATED_AVERAGE = _LEX.compile("stated_years_average")


def past_years_average(text: str, paragraph_start: int, pos: int, period: Period, heading: str = "") -> Period:
    """`过去五年,是…的五年。…2021年,实现生产总值288.7亿元,年均增长5.1%`: an annual average dated by one year in a
    paragraph (or a section headed `2016年和过去五年工作回顾`) about the past N years covers the N years ending that
    year; with no N in sight it ends that year, from a start unknown (never the one year alone). An average whose
    clause counts its own years (`比上年增长6.6%,两年平均增长6.0%`) covers that many years ending that year."""
    lo = max(paragraph_start, pos - _AVERAGE_REACH)
    if period.start is None or period.end is None or period != year_period(period.end.year) \
            or not _AVERAGE_CLAUSE.search(text, lo, pos):
        return period
    spans = [m for m in [_STATED_AVERAGE.search(text, lo, pos)] if m] \
        or list(_PAST_YEARS.finditer(text, paragraph_start, pos)) or list(_PAST_YEARS.finditer(heading))
    n = _num(spans[-1]["n"]) if spans else None
    if not n or n < 2:
        return Period(None, period.end)
    return Period(date(period.end.year - n + 1, 1, 1), period.end)


def since_span_average(text: str, lo: int, pos: int, period: Period, opening: Period) -> Period:
    """An annual average dated by one year written after the span its sentence opened with (`“十三五”以来，…2019年达到
    1257.78亿元，…；外贸进出口总额年均增长28.9%`): the years from the span's start to that year, not that year alone."""
    if opening.start is None or period.start is None or period.end is None or period != year_period(period.end.year) \
            or not opening.start.year < period.end.year or opening.end is None or opening.end < period.end \
            or not _AVERAGE_CLAUSE.search(text, max(lo, pos - _AVERAGE_REACH), pos):
        return period
    return Period(opening.start, period.end)
