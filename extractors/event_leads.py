"""An event's days that open a story's lead (`8月27—29日,…秋季联展在上海开幕`): they date the figures told of the event,
not a later paragraph's figure that names nothing of it (`年产袜子25亿双,产值近35亿元`), whose time the text leaves
unsaid (its year is not settled by the fair's dates)."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, _month
from .periods import resolve, time_mentions

_LEX = lexicon()
_EVENT_HELD = _LEX.compile("lead_event_day")
_OF_EVENT = _LEX.compile("event_reference")
_SIGNING_HELD = _LEX.compile("signing_event_held")
_LEAD_DAY_REACH = 200  # characters of the lead where its day and the event held on it are read (a byline first)
_HELD_REACH = 80  # characters after the day where the event is told held
_MAX_DAYS = 31  # an event held over days, not a reporting span of months
_REACH = 120  # characters either side of a figure where its sentence may name the event


def event_days(text: str, pos: int, end: int, when: Period) -> bool:
    """The time a lead opens with (when, read up to pos) is a span of a few days that is no calendar month, and the
    sentence goes on to an event held (`…在上海开幕`, `…在北京举行`)."""
    if when.start is None or when.end is None or not when.start < when.end \
            or (when.end - when.start).days > _MAX_DAYS or when == _month(when.start.year, when.start.month):
        return False
    return _EVENT_HELD.search(text, pos, end) is not None


def lead_held_day(text: str, lead: tuple[int, int] | None, anchor: Period, published: date | None) -> Period | None:
    """The day the lead's first sentence tells an event held on (`12月27日,…集中签约仪式在城区举行`,
    `…26日上午在北京举行`), if it tells one."""
    if lead is None:
        return None
    end = min(lead[1], lead[0] + _LEAD_DAY_REACH)
    end = next((i for i in (text.find(c, lead[0], end) for c in "。！？") if i >= 0), end)
    for tm in time_mentions(text, lead[0], end):  # the first day only: each is not searched to the end
        p = resolve(tm, anchor, published)
        if p is None or p.start is None or p.start != p.end:
            continue
        held = min(end, tm.end + _HELD_REACH)
        return p if _EVENT_HELD.search(text, tm.end, held) or _SIGNING_HELD.search(text, tm.end, held) else None
    return None


def background_month(when: Period, lead_day: Period | None) -> bool:
    """when (a paragraph's time) is one whole calendar month of the lead day's year ended before it
    (`12月27日,…签约仪式…举行。…今年7月,…成立14个招商专班`): background recalled, which does not date the event's
    figures the paragraph goes on to tell (scope_times.py)."""
    if lead_day is None or lead_day.end is None or when.start is None or when.end is None:
        return False
    return when == _month(when.start.year, when.start.month) and when.end < lead_day.end \
        and when.end.year == lead_day.end.year


def names_no_event(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> bool:
    """The figure's sentence names nothing of an event (`本届`, `展会`, `参展`, `期间`, `现场` …) near it (a bounded
    window: a run-on sentence is not searched whole per figure)."""
    return _OF_EVENT.search(text, max(sentence[0], figure[0] - _REACH), min(sentence[1], figure[1] + _REACH)) is None
