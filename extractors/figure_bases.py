"""Naming a change told against a base: a yearly average (`年均增长10%` → …(年均)), the same part of a named year
(`比2019年同期增长…` → …(比2019年同期)), another period than last year (`比清明假期`), and a gap's next base
(`快于全省…、全国…` → …(快于全国)). Mixed into FigureNaming, whose sentence state it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .level_moves import based_move
from .lexicon import lexicon
from .quantities import UNIT_KINDS
from .subjects import RATE_WORD

if TYPE_CHECKING:
    from .figure_state import Figure

_LEX = lexicon()
_YEARLY_AVERAGE = _LEX.compile("yearly_average_change")
_YEAR_BASE = _LEX.compile("earlier_year_same_period")  # `比2019年同期增长…`: a change over more than a year
_YEAR_BASE_NAME = _LEX.table("earlier_year_same_period", "name")
OTHER_BASE = _LEX.compile("other_period_base")  # `比清明假期增长…`: against another period than last year
_NEXT_BASE = _LEX.compile("next_gap_base")
_GAP_OPENED = _LEX.compile("gap_first_base")
_GAP_REACH = 12  # characters: the verb and the first base before the first margin
POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # 个百分点


def without_rate(subject: str) -> str:
    """`GDP增速` → GDP: after a change of a rate (`增速比上年提高0.5个百分点`) a growth rate named by no subject of
    its own (`2014年增长7.7%`) measures the thing again, not its rate."""
    rate = RATE_WORD.search(subject)
    return subject[:rate.start()] if rate and rate.start() > 1 else subject


class FigureBases:
    """The base-naming steps of FigureNaming."""

    def _yearly_average(self, f: Figure, subject: str) -> str | None:
        """`…,年均增长10%` → 农民人均纯收入(年均), `地区生产总值年均实际增长…` → 地区生产总值(年均实际): a change told
        as a yearly average keeps the qualifier; None when the change is no such average or names nothing."""
        avg = _YEARLY_AVERAGE.search(f.left, 0, f.d.end()) if f.change and f.d and f.spread is None else None
        if avg is None:
            return None
        word = avg["average"] + (avg["kind"] or "")
        cut = next((n for n in range(len(word), 0, -1) if subject.endswith(word[:n])), 0)  # `进出口总额年`(平均 dropped)
        # the measure before, not its rate (`…比一季度回落4.8个百分点;两年平均增长6.0%`: GDP's, not GDP增速's)
        measure = subject[:len(subject) - cut] or without_rate(regex.sub(r"[(][^()]*[)]$", "", self.prev_subject or ""))
        return f"{measure}({word})" if len(measure) >= 2 else None

    def _year_based(self, f: Figure, subject: str) -> str | None:
        """`…同比增长15.2%,比2019年同期增长12.0%` → 规上工业增加值(比2019年同期): a change against the same part of a
        named year keeps its base, the measure before when the clause names none; so does a change in percent against
        another period than last year (`比清明假期增长32.1%` → …(比清明假期)) and one in points of a level that is no growth
        rate (`PMI…较上月回升0.1个百分点` → …(较上月)); None for any other change."""
        if not f.change or f.d is None or f.spread is not None:
            return None
        last = self.mentions[-1] if self.mentions else None
        after_change = last is not None and last.kind == "change"
        level_move = False
        if (base := _YEAR_BASE.match(f.d.group())) is not None:
            name = _YEAR_BASE_NAME.format(year=base["year"])
        elif based_move(f.q.unit, subject, (self.prev_subject, after_change),
                        (self.text, self.start, last.start if last else None)) \
                and (other := OTHER_BASE.match(f.d.group())) is not None:
            name, level_move = other["base"], f.q.unit == POINTS  # `比清明假期`, `较上月末`: not year-on-year
        else:
            return None
        if level_move:  # a level's move: the level named before whole (`…(占全部规模以上工业比重)`)
            measure = subject or self.prev_subject or ""
        else:
            measure = subject or without_rate(regex.sub(r"[(][^()]*[)]$", "", self.prev_subject or ""))
        return f"{measure}({name})" if len(measure) >= 2 else None

    def _next_base(self, f: Figure, prev: str) -> str | None:
        """`快于全省2.2个百分点、全国4.3个百分点`: the later figure is the same rate's gap over the comparison's next
        base (its verb not written again), named `…(快于全国)`; None unless the figure before is that comparison's
        margin, right after its verb and first base."""
        if not self.mentions or (base := _NEXT_BASE.fullmatch(self.text, self.mentions[-1].start, f.q.start)) is None:
            return None
        lo = max(self.start, self.mentions[-1].start - _GAP_REACH)
        gap = _GAP_OPENED.search(self.text, lo, self.mentions[-1].start)
        return f"{regex.sub(r'[(（][^()（）]*[)）]$', '', prev)}({gap['verb']}{base['other']})" if gap else None
