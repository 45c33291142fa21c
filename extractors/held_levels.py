"""Levels held at a day, not summed over the span that dates them: the year-end stocks a paragraph or an earlier
sentence opened (`年末共有…`), a balance, a population, a count held now (`全县现有学校228所`), a level compared
with the year-end before.

Mixed into FigurePeriods (figure_periods.py), which asks them once a figure's status is known.
"""

from __future__ import annotations

from .clause_times import counted_now, own_clause_start
from .lexicon import lexicon
from .mention import Mention
from .period_dates import Period, year_period
from .sentences import Sentence
from .story_spans import is_flow

_LEX = lexicon()
_YEAR_END_REACH = 24   # characters after a level that may compare it with an earlier year's end
YEAR_FLOW_KINDS = ("communique",)  # a statistical communiqué's `累计派出…` is summed over its year
_BALANCE = _LEX.compile("balance_cue")
_POPULATION = _LEX.compile("population_stock")
STATE_RATIO = _LEX.compile("state_ratio")
_STANDING = _LEX.compile("standing_count_cue")
_STANDING_UNITS = _LEX.table("standing_count_cue", "units")
_YEAR_END_COMPARED = _LEX.compile("year_end_comparison_after")
_FLOW = _LEX.compile("flow_verb")
_FLOW_NOT_RATE = _LEX.compile("year_end_flow")  # a flow word other than a rate's own `率`
_PERSON = _LEX.table("population_stock", "unit")
_HELD_MEASURE = _LEX.compile("year_held_measure")
_HELD_FLOW = _LEX.compile("held_level_flow")


class HeldLevels:
    """The Resolver's tests of a level held at a day (needs text, ctx, sentence_timed, sentence_anchor,
    para_year_end, para_year_end_told)."""

    def _among_year_end_stocks(self, m: Mention) -> bool:
        """m is told among year-end stocks: its paragraph opened with a year-end (`年末共有…`), or, for a state ratio
        in a sentence no time opens, an earlier sentence did (`…。年末实有自然保护区4个。森林覆盖率达63%`). A sentence
        that opens with a span of its own (`截至2018年底，…。2018年广东实际利用外资…`) tells that span's flow of a flow measure."""
        if self.sentence_timed and self.sentence_anchor.start is not None and is_flow(m):
            return False
        return self.para_year_end or (self.para_year_end_told and not self.sentence_timed
                                      and STATE_RATIO.search(m.subject) is not None)

    def _flow_in_clause(self, clause: int, m: Mention) -> bool:
        """m's clause names a flow (`录取率`, `全年…`); a state ratio's own `率` is none: `年末共有…。…广播综合人口
        覆盖率99.5%` is the coverage at the year's end, like the stocks before it."""
        flow = _FLOW_NOT_RATE if STATE_RATIO.search(m.subject) else _FLOW
        return flow.search(self.text, clause, m.start) is not None

    def _held_count(self, m: Mention, s: Sentence, unit: str) -> bool:
        """A count held now (`全县现有学校228所`), or in a communiqué a count of standing institutions
        (`全县设有卫生单位23个，其中县直单位6个`)."""
        return counted_now(self.text, s.start, m.start) or (
            self.ctx.kind in YEAR_FLOW_KINDS and unit in _STANDING_UNITS
            and counted_now(self.text, s.start, m.start, _STANDING))

    def _held_at_end(self, m: Mention, s: Sentence, period: Period, unit: str) -> bool:
        """A level a span dates that is held at its end: a balance, a population, a count held now under a span that
        is no calendar year (`自…以来,…现有无症状感染者16例`), a level compared with the year-end before."""
        return bool(_BALANCE.search(m.subject) or (unit == _PERSON and _POPULATION.search(m.subject))
                    or (period != year_period(period.end.year) and counted_now(self.text, s.start, m.start))
                    or ((period.end.month, period.end.day) == (12, 31) and _YEAR_END_COMPARED.match(
                        self.text, m.end, min(len(self.text), m.end + _YEAR_END_REACH))))

    def _standing_at_end(self, m: Mention, clause: int) -> bool:
        """A measure that stands on a day (`高铁运营里程`, `森林覆盖率`) whose subject and clause name no flow
        (`新增…里程`, `脱贫…人口`): held at its span's end (`2018年，…高铁运营里程超2.9万公里` → as of 2018-12-31)."""
        return _HELD_MEASURE.search(m.subject) is not None and _HELD_FLOW.search(m.subject) is None \
            and _HELD_FLOW.search(self.text, own_clause_start(self.text, clause, m.start), m.start) is None

    def _standing_period(self, period: Period, status: str) -> Period:
        """A standing measure's level at its span's end; an actual one told under a span still running (the story's
        year) is the level as of the report, not at a year's end still ahead."""
        published = self.ctx.published
        end = min(period.end, published) if status == "actual" and published else period.end
        return Period(None, end)
