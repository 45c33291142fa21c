"""A single month that opens a sentence whose first figure is told as a running total (`4月,一般公共预算收入累计完成…`):
a month's report gives the year so far through that month, January 1 to its end, not the month alone."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import regex

from .lexicon import lexicon
from .period_dates import Period, _month

if TYPE_CHECKING:
    from .periods import TimeMention

_RUNNING = lexicon().compile("month_running_total")
_DIGIT = regex.compile(r"\d")
_REACH = 40  # characters after the month where its sentence's first figure and the running-total words stand


def _single_month(tm: TimeMention, p: Period) -> bool:
    """tm is a written month alone (`4月`, `4月份`, `2024年4月`), no span to it, no end day nor part of it."""
    written = (tm.match["mend"] and tm.match["m5"] and not tm.match["ytd5"]) or (tm.match["ym"] and not tm.match["ytd2"])
    whole = p.start is not None and p.end is not None and p.start.day == 1 and p == _month(p.start.year, p.start.month)
    return bool(written) and whole


def year_to_month(text: str, tm: TimeMention, p: Period, end: int) -> Period:
    """p, the month tm names, as the year so far through it when the words after it up to the first figure of its
    sentence (text[tm.end:end]) say the figure is a running total (lexicon month_running_total); else p."""
    if p.start is None or p.start.month == 1 or not _single_month(tm, p):
        return p
    digit = _DIGIT.search(text, tm.end, min(end, tm.end + _REACH))
    if digit is None or _RUNNING.match(text, tm.end, digit.start()) is None:
        return p
    return Period(date(p.start.year, 1, 1), p.end)
