"""A report's last month said again: `上个月` opening its sentence (after nothing but a source) where the month in
force is already the month before the paper's date (a paper of 15 December: `上个月,我市共受理…。据悉,上个月,…`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .lexicon import lexicon
from .period_dates import Period
from .time_forms_relative import month_before

if TYPE_CHECKING:
    from .periods import TimeMention

_LEX = lexicon()


_SENTENCE_ENDS = "。！？!?\n"
_OPENING_REACH = 40  # characters back to the sentence's start: an attribution is shorter
_SENTENCE_OPENING = _LEX.compile(r"\s*(?:{attribution})?\s*")  # `据悉,上个月,…`: nothing but a source before it


def report_last_month(tm: TimeMention, current: Period, published: date | None) -> Period | None:
    """`上个月` before any time of its own sentence, where the month in force is already the report's last month
    (a paper of 15 December: `上个月,我市共受理…。据悉,上个月,…`): the same month said again, not the one before."""
    if published is None or not tm.match["lastmonth"]:
        return None
    reach = max(0, tm.start - _OPENING_REACH)
    opening = max(tm.text.rfind(mark, reach, tm.start) for mark in _SENTENCE_ENDS) + 1
    if (opening == 0 and reach > 0) or not _SENTENCE_OPENING.fullmatch(tm.text, opening, tm.start):
        return None  # `10月份,…,从上月下降0.8%`: the month before the one its sentence names
    last = month_before(published)
    return last if current == last else None
