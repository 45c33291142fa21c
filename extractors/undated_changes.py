"""A change no time dates on a wide paper: `示范企业生产成本平均降低22%`, `全区PM2.5浓度同比下降3.1%` told as an
achievement with no time of its own, its paragraph's, its section's or its story's covers some past span the text
does not give, so its period is unknown (null..null), not the paper's day. A stock or level told as current keeps
that day; so does every figure of a bulletin or a city paper, whose date dates its news, and a change in a
sentence or paragraph a time opened (`目前`, `近年来`: the time words read it already), a rate per year (`每年上涨10%`: recurring_periods.py) and a change
measured against a time (`比上年增加190万亩`, `较去年同期增长`): the current figure against that time's.
"""

from __future__ import annotations

from datetime import date

from .context import DocContext
from .mention import Mention
from .period_dates import Period, default_period
from .periods import after_baseline_word, time_mentions
from .recurring_periods import rate_cue

_CHANGE_KINDS = ("change", "delta")
_WIDE_PAPER_LEVELS = ("national", "province")  # a paper this wide tells stories its date does not date
UNKNOWN = Period(None, None)


def undated_change(text: str, m: Mention, clause: int, period: Period, explicit: bool, timed: bool,
                   published: date | None) -> bool:
    """m is a change whose period fell back to the paper's day: no time word of its own, none opening its sentence
    or paragraph (`timed`), no rate word or compared time in its clause making it current."""
    if m.kind not in _CHANGE_KINDS or explicit or timed or published is None or period != default_period(published):
        return False
    return not _compared_with_time(text, clause, m.end) and rate_cue(text, clause, m.start) is None


def _compared_with_time(text: str, clause: int, pos: int) -> bool:
    """The clause measures the change against a time (`比上年增加190万亩`): the current figure against that time's."""
    return any(after_baseline_word(text, tm.start) for tm in time_mentions(text, clause, pos))


def wide_paper(ctx: DocContext) -> bool:
    """A national or provincial paper, known by its publisher, whose stories its date does not date."""
    return ctx.region is not None and ctx.region.level in _WIDE_PAPER_LEVELS and ctx.region_source == "publisher"
