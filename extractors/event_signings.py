"""Deals struck at a one-day event (`3月1日,…集中签约仪式举行。现场集中签约11个项目`): that day's tally, not a stock
up to the day an earlier sentence told the event held on."""

from __future__ import annotations

from datetime import date

from .lexicon import lexicon
from .period_dates import Period, year_period
from .periods import resolve, time_mentions

_LEX = lexicon()
_SIGNED = _LEX.compile("signed_at_event")
_RUNNING = _LEX.compile("signed_tally_running")
_HELD = _LEX.compile("signing_event_held")
_REACH = 120  # characters before a figure where its sentence tells the signing (a long list of projects between)
_RUNNING_REACH = 60  # characters before a figure where a running-tally word makes it one
_AFTER = 12  # characters after it (`19个项目在会上集中签约`)
_EVENT_REACH = 400  # characters before a figure, in its article, where the event's day is told
_SENTENCE_ENDS = "。！？!?\n"


def signed_on_day(text: str, article_start: int, sentence: tuple[int, int], figure: tuple[int, int], period: Period,
                  published: date | None) -> Period:
    """The event's day when the figure's sentence tells a signing at the event (`现场签约`, `会上签订`, `集中签约`) with no
    running-tally word before the figure (`累计`, `截至`, `以来`), a sentence of its article before it tells a signing
    event held on a day (`3月1日,…集中签约仪式举行`), and period is the level as of that day (`None..D`) or the year
    an event's name gave (`3月1日,2024年…签约仪式举行`: not the figure's own year); else period."""
    as_of = period.start is None and period.end is not None
    if not as_of and (period.end is None or period != year_period(period.end.year)
                      or time_mentions(text, max(sentence[0], figure[0] - _EVENT_REACH), figure[0])):
        return period
    lo = max(sentence[0], figure[0] - _REACH)
    if _RUNNING.search(text, max(lo, figure[0] - _RUNNING_REACH), figure[0]) is not None \
            or _SIGNED.search(text, lo, min(sentence[1], figure[1] + _AFTER)) is None:
        return period
    day = _held_on(text, max(article_start, figure[0] - _EVENT_REACH), figure[0], period, published)
    if day is None or (day != period.end if as_of else day.year != period.end.year):
        return period
    return Period(day, day)


def _held_on(text: str, lo: int, pos: int, anchor: Period, published: date | None) -> date | None:
    """The last day written in text[lo:pos] whose sentence goes on to a signing event held (`签约仪式举行`)."""
    found = None
    for tm in time_mentions(text, lo, pos):
        p = resolve(tm, anchor, published)
        if p is None or p.start is None or p.start != p.end:
            continue
        end = min((i for i in (text.find(c, tm.end, pos) for c in _SENTENCE_ENDS) if i >= 0), default=pos)
        if _HELD.search(text, tm.end, end) is not None:
            found = p.start
    return found
