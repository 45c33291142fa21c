"""The start of an event named without its time: a paragraph opened by `整治活动开展以来，` runs from the day an earlier
sentence of the article said that event began (`今年1月起，…启动了…专项整治活动` → 1 January), not from a start the
text leaves open."""

from __future__ import annotations

from datetime import date

import regex

from .lexicon import lexicon
from .period_dates import default_period
from .periods import period_at, time_mentions

_LEX = lexicon()
_SINCE_EVENT = _LEX.compile("event_since_opening")
_GENERIC = regex.compile(_LEX.table("event_since_opening", "generic"))
_STARTED_AFTER = _LEX.compile("event_started_after")
_REACH = 1200  # characters back from the paragraph where the event's start may be told
_SENTENCE_ENDS = "。！？!?\n"
_HEAD = 2  # characters of the event's name the starting sentence must name


def event_began(text: str, article_start: int, paragraph_start: int, published: date | None) -> date | None:
    """The first day of the event whose since opens the paragraph, as an earlier sentence of the article told it."""
    opening = _SINCE_EVENT.match(text, paragraph_start)
    if opening is None or published is None:
        return None
    name = _GENERIC.sub("", opening["event"])
    if len(name) < _HEAD:
        return None
    head = name[-_HEAD:]
    lo = max(article_start, paragraph_start - _REACH)
    for tm in reversed(time_mentions(text, lo, paragraph_start)):
        started = _STARTED_AFTER.match(text, tm.end, paragraph_start)
        if started is None:
            continue
        sentence_end = min((i for i in (text.find(c, tm.end, paragraph_start) for c in _SENTENCE_ENDS) if i >= 0),
                           default=paragraph_start)
        if head not in text[started.end():sentence_end]:
            continue
        sentence_start = max(text.rfind(c, lo, tm.start) for c in _SENTENCE_ENDS) + 1
        period, explicit = period_at(text, max(lo, sentence_start), tm.end, default_period(published), published)
        return period.start if explicit and period.start is not None and period.start <= published else None
    return None
