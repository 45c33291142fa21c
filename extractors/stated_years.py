"""The year an undated text settles by itself: `今年（2025年）`, or a part of a year so far written with its year
(`2025年前三季度`, `2025年1—9月`, `截至2025年9月底`, `截至9月底，全市2025年…`) when that is the only year the text
names, or the latest year, when the lead's first dated time is a part of it so far and every other year is earlier
(`发布2023年1—2月…经济运行情况`, then `比2022年12月加快…`: those are bases). Its bare `前三季度`, `截至11月4日`, `上半年` are
then that year's. An event's or a title's year
(`2024中国纺联秋季联展`) states no period, and a text naming two years, or only a whole year (`2025年计划…`), or a
year-end (`截至2024年底`) settles nothing: the figures stay undated rather than guessed. A budget report submitting one
year's execution and the next year's draft is told in the draft's year (`budget_report_years`)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _num, default_period, year_period
from .periods import TimeMention, resolve, time_mentions
from .year_to_day import year_so_far

_LEX = lexicon()
_YEAR = _LEX.compile("year_mention")
_THIS_YEAR_NAMED = _LEX.compile("this_year_named")
_BUDGET_YEARS = _LEX.compile("budget_report_years")
_LEAD_REACH = 200  # characters: a release's title and lead, where it says which period it reports
_SENTENCE_END = _LEX.compile("[。！？!?]")


def stated_year(text: str) -> int | None:
    """The one year the text names, when it also says that year is the one it is in (see the module doc)."""
    budget = _BUDGET_YEARS.search(text)
    if budget is not None and _num(budget["next"]) == _num(budget["done"]) + 1:
        return _num(budget["next"])  # `现将2015年…预算执行情况和2016年…预算(草案)提请…`: told in 2016
    years = {int(m["y"]) for m in _YEAR.finditer(text)}
    if len(years) > 1:
        return _lead_year(text, max(years))
    if not years:
        return None
    year = years.pop()
    named = _THIS_YEAR_NAMED.search(text)
    if named is not None:
        return year if _num(named["y"] or named["y2"]) == year else None  # `今年（二〇二五年）` too
    mentions = time_mentions(text, 0, len(text))
    return year if any(_part_of_year(text, mentions, i, year) for i in range(len(mentions))) else None


def _lead_year(text: str, latest: int) -> int | None:
    """The latest year named, when the first sentence's first dated time is a part of it so far (`发布2023年1—2月…运行情况`):
    the other years, all earlier, are bases compared with (`比2022年12月加快…`), not the report's."""
    stop = _SENTENCE_END.search(text, 0, _LEAD_REACH)
    lead = text[:stop.end() if stop else _LEAD_REACH]  # its title and first sentence
    mentions = time_mentions(lead, 0, len(lead))
    for i, tm in enumerate(mentions):
        if _YEAR.search(lead, tm.start, tm.end):
            return latest if str(latest) in lead[tm.start:tm.end] and _part_of_year(lead, mentions, i, latest) else None
    return None


def _part_of_year(text: str, mentions: list[TimeMention], i: int, year: int) -> bool:
    """The i-th time names a part of `year` so far, its year written with it."""
    tm, whole = mentions[i], year_period(year)
    own = resolve(tm, default_period(None), None)
    if own is None:
        return False
    if own != whole:  # `2025年1—9月`, `截至2025年9月底`: the year inside the form
        return _so_far(own, year) and str(year) in text[tm.start:tm.end]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and not text[tm.end:nxt.start].strip():
        return _so_far(resolve(nxt, whole, None), year)   # `2025年前三季度`
    if i == 0:
        return False
    before = mentions[i - 1]   # `截至9月底，全市2025年…`: the day's year read back from the year after it
    day = resolve(before, whole, None)
    return day is not None and _so_far(year_so_far(before, tm, whole, day), year)

def _so_far(p: Period | None, year: int) -> bool:
    """A span from the year's start, or a cut-off, inside the year and before its end."""
    if p is None or p.end is None or p.end.year != year or p.end == date(year, 12, 31):
        return False
    return p.start is None or p.start == date(year, 1, 1)
