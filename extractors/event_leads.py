"""An event's days that open a story's lead (`8月27—29日,…秋季联展在上海开幕`): they date the figures told of the event,
not a later paragraph's figure that names nothing of it (`年产袜子25亿双,产值近35亿元`), whose time the text leaves
unsaid (its year is not settled by the fair's dates)."""

from __future__ import annotations

from .lexicon import lexicon
from .period_dates import Period, _month

_LEX = lexicon()
_EVENT_HELD = _LEX.compile("lead_event_day")
_OF_EVENT = _LEX.compile("event_reference")
_MAX_DAYS = 31  # an event held over days, not a reporting span of months
_REACH = 120  # characters either side of a figure where its sentence may name the event


def event_days(text: str, pos: int, end: int, when: Period) -> bool:
    """The time a lead opens with (when, read up to pos) is a span of a few days that is no calendar month, and the
    sentence goes on to an event held (`…在上海开幕`, `…在北京举行`)."""
    if when.start is None or when.end is None or not when.start < when.end \
            or (when.end - when.start).days > _MAX_DAYS or when == _month(when.start.year, when.start.month):
        return False
    return _EVENT_HELD.search(text, pos, end) is not None


def names_no_event(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> bool:
    """The figure's sentence names nothing of an event (`本届`, `展会`, `参展`, `期间`, `现场` …) near it (a bounded
    window: a run-on sentence is not searched whole per figure)."""
    return _OF_EVENT.search(text, max(sentence[0], figure[0] - _REACH), min(sentence[1], figure[1] + _REACH)) is None
