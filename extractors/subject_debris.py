"""Subject debris: the clause's words a cut leaves in a finished subject (a manner adverb, an act of the things counted,
a comparison, a preceding clause, a range), trimmed off; and subjects that name nothing whatever is trimmed (audit
sheet 45). Word lists in `lexicon/subject_debris.toml`."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .quantities import UNIT_KINDS
from .subject_places import strip_place_prefix

_LEX = lexicon()
_MANNER = _LEX.compile("debris_manner_word")
_HAVING = _LEX.compile("debris_total_having")
_STATE_TAIL = _LEX.compile("debris_counted_state_tail")
_COMPARISON_LEAD = _LEX.compile("debris_comparison_lead")
_SHARE_TAIL = _LEX.compile("debris_change_share_tail")
_CLAUSE_BEFORE = _LEX.compile("debris_clause_before_scope")
_RELATIVE_TIME = _LEX.compile("debris_relative_time_lead")
_TRAILING_CLAUSE = _LEX.compile("debris_trailing_clause")
_RANGE_TAIL = _LEX.compile("debris_range_tail")
_TURN_TAIL = _LEX.compile("debris_turn_tail")
_COMPARISON_TAIL = _LEX.compile("debris_comparison_tail")
_NAMES_NOTHING = _LEX.compile("debris_names_nothing")
_MIN_NAME = 2  # characters: what is left must still name something
_MIN_STATE_KEPT = 3  # characters: `项目顺利投产` keeps its act, a bare `项目` would name no set
_BRACKET_TAIL = regex.compile(r"[(][^()]*[)]$")  # a measure of the measure or a scope, read as written
_PERCENT = "%"
_POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # a figure in points
_GROWTH = "growth_rate"


def without_debris(subject: str, unit: str | None = None, family: str | None = None) -> str:
    """`超额完成全国一般工商业电价` → 全国一般工商业电价, `安塞共有剪纸艺人` → 安塞剪纸艺人, `…重大项目正式揭牌` → …重大项目,
    `…发行利率较基准利率` → …发行利率, `大项目多我国利用外资` → 我国利用外资, `…的到碳强度` → 碳强度, `镇街范围内` → 镇街,
    `村村容村貌大变样` → 村; a growth rate in percent of `…利用外资占整体利用外资` → …利用外资 (the part's own growth; a
    share's level keeps its whole, share_named names it). A cut that leaves less than a name leaves the subject as
    it was."""
    if (aside := _BRACKET_TAIL.search(subject)) is not None and aside.start() >= _MIN_NAME:
        return without_debris(subject[:aside.start()], unit, family) + aside[0]  # `…(超额完成任务)`: its own words
    trimmed = subject
    growth = unit == _PERCENT and family == _GROWTH
    cuts = (_edge_cut, _word_cut) if unit == _POINTS else (_clause_cut, _edge_cut, _word_cut)  # a contribution's driver
    for cut in cuts:
        trimmed = cut(trimmed, growth)
    if (clause := _TRAILING_CLAUSE.search(trimmed)) is not None and clause.start() >= 1:
        return trimmed[:clause.start()]  # `村村容村貌大变样` → 村: the thing counted, one character may name it
    return trimmed


def _kept(before: str, after: str) -> str:
    return after if len(after) >= _MIN_NAME else before


def _clause_cut(subject: str, growth: bool) -> str:
    """A preceding clause or a relative clause's time cut off the subject's opening."""
    for lead in (_CLAUSE_BEFORE, _RELATIVE_TIME):
        if (m := lead.match(subject)) is not None:
            subject = _kept(subject, subject[m.end():])
    return subject


def _edge_cut(subject: str, growth: bool) -> str:
    """A state or act of the things counted, a range, a comparison's first word or (for a growth rate) a share's whole
    cut off the end."""
    tails = (_STATE_TAIL, _RANGE_TAIL, _TURN_TAIL, _COMPARISON_TAIL) + ((_SHARE_TAIL,) if growth else ())
    for tail in tails:
        m = tail.search(subject)
        least = _MIN_STATE_KEPT if tail is _STATE_TAIL else _MIN_NAME
        if m is None or m.start() < least:
            continue
        subject = subject[:m.start()]
    return subject


def _word_cut(subject: str, growth: bool) -> str:
    """Manner adverbs and a verb of having cut wherever they stand."""
    return _kept(subject, _HAVING.sub("", _MANNER.sub("", subject)))


def names_no_measure(subject: str) -> bool:
    """`远高于美国`, `只花`, `属贵州省`, `…召集起来`: a comparison's other side, a spending verb, a membership or a story's
    act, which no cut makes a measure's name."""
    return _COMPARISON_LEAD.search(subject) is not None or _NAMES_NOTHING.search(subject) is not None


def compared_place(subject: str) -> bool:
    """`远高于美国` before `2%、日本1.3%…的经济增速`: the other side of a comparison is a place alone, whose own figure
    follows: the figure is that place's measure (the one named before), not a fragment."""
    m = _COMPARISON_LEAD.match(subject)
    return m is not None and m.end() < len(subject) and not strip_place_prefix(subject[m.end():])
