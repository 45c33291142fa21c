"""A sentence's opening formulae before its time (an addressee, a dateline, `据…消息`, a cause clause, `为…,现将…`):
where they end, and whether a day its source told the data on comes before the data's own time."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .sentences import Sentence

_LEX = lexicon()
OPENING = _LEX.compile(
    r"\s*{addressee_line}?{item_bullet}?{dateline_opening}?(?:{speaker_day_opening}|{attribution}|{announcement_of_time}|{viewpoint_opening}|{overview_label}|{glued_heading})?{estimate_opening}?"
    r"{announcement_opening}?{comparison_opening}?{item_number}?{cause_clause}?\s*{time_lead_in}?")
_CAUSE = _LEX.compile("cause_clause")
ATTRIBUTED_GAP = _LEX.compile(r"\s?[,，]?\s?{attribution}[“\"]?(?:{until})?")  # `10月6日,据…消息称,“十一”期间`,
# `12月15日,省市场监管局发布消息,截至12月13日,…`: the data's time (or the day it runs to) is next
_TOLD_BY_REACH = 12  # characters of a body's name before the day it told the data on
_CLAUSE_MARK = re.compile("[,，。;；]")


def opened_by_formula(text: str, start: int, end: int, time_start: int) -> bool:
    """The sentence's opening formulae (an addressee, `为…,现将…`) end right at the time at time_start, however long."""
    o = OPENING.match(text, start, end)
    return o is not None and o.end() >= time_start


def told_then_span(text: str, start: int, times: list) -> bool:
    """The sentence from start opens (past its formulae, a body's name) with the day its source told the data and
    the data's own time right after the attribution (`长沙海关10月15日发布消息,前三季度我省…`): times[1] opens it."""
    if len(times) < 2:
        return False
    o = OPENING.match(text, start, times[0].start)
    lo = o.end() if o is not None else start
    return times[0].start - lo <= _TOLD_BY_REACH and not _CLAUSE_MARK.search(text, lo, times[0].start) \
        and ATTRIBUTED_GAP.fullmatch(text, times[0].end, times[1].start) is not None


def after_cause(text: str, s: Sentence) -> int:
    """Where the sentence's opening cause clause (`受去年3月…影响,`) ends; its start if it opens with none."""
    o = OPENING.match(text, s.start, s.end)
    cause = _CAUSE.search(text, s.start, o.end()) if o is not None else None
    return cause.end() if cause is not None else s.start
