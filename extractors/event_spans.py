"""An event's span told in a story's lead (`4月28日至5月10日举办的…网购节期间`) dates the figures told `活动期间` after it."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, default_period
from .periods import resolve, time_mentions

_LEX = lexicon()
_TAIL = _LEX.compile("event_span_tail")
_OPENING = _LEX.compile("event_period_opening")


def event_span(text: str, lead: tuple[int, int] | None, anchor: Period, published: date | None) -> Period | None:
    """The closed span of days the lead paragraph gives an event held over it, over by the paper's day (else None)."""
    if lead is None or published is None or anchor != default_period(published):
        return None
    for tm in time_mentions(text, *lead):
        if not _TAIL.match(text, tm.end):
            continue
        span = resolve(tm, anchor, published)
        if span.start is not None and span.end is not None and span.start < span.end <= published \
                and (span.end - span.start).days <= 60:
            return span
    return None


def told_over_event(text: str, sentence_start: int, pos: int) -> bool:
    """A clause of the figure's sentence before it opens with the event's span word (`活动期间，…增长40%`) and no
    time of its own stands between them (`活动期间，…；5月1日当天，…`)."""
    opening = _OPENING.search(text, sentence_start, pos)
    return opening is not None and not time_mentions(text, opening.end(), pos)
