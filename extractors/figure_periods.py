"""A figure's period: the time its own words, its clause and its sentence give it (periods.py), shaped by what it
is — a change over a year's start, a level at a day's or a year's end, a part over its whole's time — and, once
its status is known, by that: an undated plan has no year, a target or forecast covers its whole year.

Mixed into the Resolver (resolve.py), whose text, segmentation, document context and scopes it reads; which
levels are held at a day rather than summed over their span is held_levels.py's.
"""

from __future__ import annotations

from datetime import date

from .case_parts import day_count_part
from .catalog import Indicator
from .clause_times import (
    bare_year_until_flow,
    running_total,
    scene_item_start,
    since_works_began,
    until_bare_year_change,
    vague_clause_end,
    year_end_spilled,
)
from .dated_levels import dated_levels_change
from .deadline_stocks import deadline_stock, year_end_level
from .event_leads import names_no_event
from .event_signings import signed_on_day
from .event_spans import told_over_event
from .event_starts import event_began
from .figure_filters import _LOOKBACK
from .held_levels import STATE_RATIO, YEAR_FLOW_KINDS, HeldLevels
from .lexicon import lexicon
from .mention import Mention
from .period_dates import Period, default_period, week_ending, year_period
from .periods import TimeMention, period_at, resolve, time_mentions
from .quarter_ends import quarter_change, quarter_flow
from .recurring_periods import recurring_period
from .running_counts import running_in_clause
from .sentences import Sentence, same_bracket
from .settled_years import settled_year
from .started_changes import started_year
from .stated_averages import counted_average_years
from .story_plans import story_plan_year
from .story_spans import as_told, dated_in_paragraph, is_flow
from .this_year_flows import this_year_flow
from .trailing_times import without_trailing_times
from .undated_changes import UNKNOWN, undated_change, wide_paper
from .unplaced_bases import unplaced_base
from .year_progress import done_so_far
from .year_spans import (
    compared_years_ago,
    from_to_year,
    over_base_year,
    past_years_average,
    plan_end_average,
    plan_goal_years,
    respective_item,
    since_span_average,
)
from .year_spread_items import year_of_spread

_LEX = lexicon()
_PLAN_YEAR_OPENING = _LEX.compile_at(r"\s?{plan_year_opening}")  # `全年计划…`: the year the plan is for
_PLANNING_KINDS = ("work-report",)  # a work report's undated plans are for its own year
_STOCK = _LEX.compile("stock_cue")
_NOW_BOUND = _LEX.compile("now_bound_clause")
_CURRENT_CASES = _LEX.compile("current_case_count")
_DAY_CASES = _LEX.compile("case_day_subject")
_YEAR_END_STATE = _LEX.compile("year_end_state_ratio")
_OF_WHICH = _LEX.words("of_which")[0]
_SINCE_NEW_YEAR = _LEX.compile("since_new_year")
_NEW_YEAR_AMOUNT = _LEX.compile("since_new_year_amount")
_NEW_YEAR_EXTRA = _LEX.compile("since_new_year_extra")
_EXTRA_REACH = 40  # characters back to the amount added since the year's start an extra is told after
_COMPLETION_FORECAST = _LEX.compile("completion_forecast")
_YEAR_PLAN = _LEX.compile("year_plan_named")
_REMAINING_STOCK = _LEX.compile("remaining_stock")
_ONE_PROJECT = _LEX.compile("single_project_total")
_STANDING_MEASURE = _LEX.compile("standing_measure")
_PROJECT_AFTER = _LEX.compile("single_project_after")
_PROJECT_SET = _LEX.compile("project_set_count")
_PROJECT_TOTAL = "investment.project_total"


class FigurePeriods(HeldLevels):
    """The Resolver's periods of one figure (needs text, seg, ctx, sentence/doc anchors, _last_whole,
    _listed_end)."""

    def _figure_period(self, m: Mention, s: Sentence, clause: int, after_opening: int, times: list[TimeMention],
                       ind: Indicator | None, family: str, unit: str) -> tuple[Period, bool, bool]:
        """The period the words give, whether a time word settled it, and whether the figure's own clause did."""
        start, anchor = max(s.start, after_opening, m.start - _LOOKBACK), self.sentence_anchor
        if (vague := vague_clause_end(self.text, s.start, m.start)) is not None:
            start, anchor = max(start, vague), default_period(self.ctx.published)  # `…2020年…；近期，拟下达3亿元`
        elif (scene := scene_item_start(self.text, s.start, m.start)) is not None and scene > start \
                and self._day_before(start, scene, anchor, times):
            start = scene  # `2月11日,…医疗队驰援武汉…;在贵州安顺,458名…`: the day is the first item's event only
        period, explicit = period_at(self.text, start, m.start, anchor, self.ctx.published,
                                     skip_baselines=m.kind in ("change", "delta"),
                                     mentions=without_trailing_times(self.text, start, m.start, times))
        explicit_own = explicit
        if not explicit and (opening := self._clause_opening(s, m, times)) is not None:
            period, explicit = opening, True  # `陈斌说，2018年…收入增长2.9%、利润总额下降4.67%`
        elif not explicit and (began := event_began(self.text, self.seg.articles[s.article].start,
                                                    self.seg.paragraphs[s.paragraph][0], self.ctx.published)):
            period, explicit = Period(began, self.ctx.published), True  # `今年1月起，…启动…整治。⏎整治活动开展以来，…`
        own = next((tm for tm in times if tm.start == m.time), None) if m.time is not None else None
        if own is not None and (p := resolve(own, self.sentence_anchor, self.ctx.published)) is not None:
            period, explicit = p, True  # `一季度、二季度、三季度…分别为…`: each figure its own time
        if m.kind in ("change", "delta"):
            period = quarter_change(self.text, s.start, m.start, m.end, period)  # `一季度末，…较上季末增加…`: the quarter
            period = quarter_flow(self.text, s.start, m.start, period, m.subject, True)  # `…；保费收入…，同比增长2.3%`
            period = dated_levels_change(self.text, s.start, m.start, period, self.ctx.published)  # `1月25日，800万只；…`
        year_end = period.start is None and period.end is not None and (period.end.month, period.end.day) == (12, 31)
        if m.kind == "change" and period.end and (period.start is None or period == year_period(period.end.year)) \
                and (began := started_year(self.text, self.seg.paragraphs[s.paragraph][0], s.start,
                                           (m.start, m.end), period.end)) is not None:
            period = Period(began, period.end)  # `2001年，某市开始实施…。截至2018年，…提高20%`: since that start
        elif period.end and (m.kind in ("change", "delta") and (year_end or _SINCE_NEW_YEAR.search(
                self.text, max(s.start, m.start - 12), m.start + 6)) or m.kind == "level" and _NEW_YEAR_AMOUNT.search(
                self.text, max(s.start, m.start - 12), m.start)
                or _NEW_YEAR_EXTRA.search(self.text, max(s.start, m.start - _EXTRA_REACH), m.start)) \
                and not until_bare_year_change(self.text, s.start, m.start, m.end):
            # `比年初增长16.9%`, `年末…比上年末下降0.91%`: a change covers the year up to its day
            period = Period(date(period.end.year, 1, 1), period.end)
        if m.kind == "change":
            period = plan_end_average(self.text, s.start, m.end, over_base_year(self.text, clause, m.end, period), s.end)
            period = counted_average_years(self.text, s.start, m.end, period)  # `与2020年相比，两年平均增长`: 2021–2022
            heading = self.seg.sections[s.section].heading if s.section >= 0 else ""
            period = since_span_average(self.text, s.start, m.end, period, self.sentence_anchor)  # `“十三五”以来，…`
            period = past_years_average(self.text, self.seg.paragraphs[s.paragraph][0], m.end, period, heading)
        elif m.kind == "delta":
            period = over_base_year(self.text, clause, m.end, period)  # `较1978年增加了779平方公里`: since then
        elif m.kind == "level":
            reached = from_to_year(self.text, clause, m.start, m.end, period, self.ctx.published)
            if reached != period and reached.end is not None and reached == year_period(reached.end.year) \
                    and period.start is not None and period.end is not None and period.start.year < period.end.year \
                    and _STANDING_MEASURE.search(m.subject):
                reached = Period(None, reached.end)  # `5年来，…运营线路从17条增加到22条`: the lines at each year's end
            period = compared_years_ago(self.text, m.end, s.end, reached)  # `…41409人，较5年前上升`: the last year's
        period = plan_goal_years(self.text, clause, m.start, period)  # `“十三五”规划确定的…降低15%`: 2016–2020
        period = year_of_spread(self.text, clause, m.start, m.end, period)  # `今明两年…分别增长3.9%和4.6%`: 2019, 2020
        # `2023年主要预期目标是:…,一般公共预算收入增长6%`: the year written at the sentence's head dates all its items
        explicit = explicit or period != self.doc_anchor or (self.sentence_dated and period == self.sentence_anchor)
        explicit = explicit or self._lead_dated(s.article, period)  # `主席团26日上午…举行` filed that day: dated by the lead
        if ind is not None and ind.period == "week" and not explicit and self.ctx.published \
                and period == default_period(self.ctx.published):  # a weekly measure in a month's report
            period = week_ending(self.ctx.published)
        if m.kind == "level" and period.start is not None and period.start == period.end and (
                _STOCK.search(m.subject) or ind is not None and ind.period == "point"):
            period = Period(None, period.end)  # `累计确诊`, `1月23日…时,某国公开确诊病例1例`: the level that day
        elif m.kind == "level" and family == "covid" and period.start is not None and period.end is not None \
                and _CURRENT_CASES.search(m.subject):
            period = Period(None, period.end)  # `…至…24时，累计…，住院病例12例`: held at the span's end, not over it
        elif (ind is not None and ind.period == "day" or (ind is None or ind.period is None) and family == "covid" and (
                m.part and day_count_part(self.text, s.start, m.start) or _DAY_CASES.search(m.subject))) \
                and period.start is None and period.end \
                and period != default_period(self.ctx.published) and not _STOCK.search(m.subject) \
                and not running_in_clause(self.text, s.start, m.start):  # `…,已解除医学观察10778人`: held so far
            # `当日新增…` under a bulletin's day: that day's count; so are the parts of a day's count that no
            # indicator names (`新增无症状感染者682例,其中…本土628例(上海503例…)`) and the counts whose own name says
            # they came or changed kind that day (`另有4例境外输入无症状感染者转确诊病例`)
            period = Period(period.end, period.end)
        whole_end, whole_kind, whole_unit, whole_period = self._last_whole
        if s.start <= whole_end <= m.start and (whole_kind, whole_unit) == (m.kind, unit) \
                and (m.part and _OF_WHICH in self.text[whole_end:m.start]
                     or same_bracket(self.text, s.start, whole_end, m.start)) \
                and not any(whole_end <= tm.start < m.start for tm in times):
            period = whole_period  # `新增…13例,其中境外输入2例`, `住院病例12例(本土9例,…)`: a part over its whole's time
        elif (whole_kind == "change" or whole_end == self._listed_end) and m.kind == "level" and whole_unit == unit \
                and respective_item(self.text, clause, whole_end, m.start):
            period, self._listed_end = whole_period, m.end  # `较2020年分别提高2.94%、7.81%和4.73%`: the first's years
        if m.kind == "level" and unplaced_base(self.text, self.seg.paragraphs[s.paragraph][0], clause, m.start, m.end):
            period, explicit = Period(None, None), True  # `由新中国成立前的90%降至…`: a base no calendar places
        return period, explicit, explicit_own

    def _beyond_lead_event(self, s: Sentence, m: Mention, period: Period) -> bool:
        """m, in a paragraph after the lead, is dated by nothing but the event days the lead opened with, and its
        sentence names nothing of the event: those days are not its time."""
        lead = self.lead_events.get(s.article)
        return lead is not None and lead[0] != s.paragraph and period == lead[1] and not self.sentence_timed \
            and not self._timed_before(s, m) and names_no_event(self.text, (s.start, s.end), (m.start, m.end))

    def _day_before(self, start: int, end: int, anchor: Period, times: list[TimeMention]) -> bool:
        """The times in text[start:end] name one day (an event's) or the span since one (`自9月30日重新开街以来`)."""
        day, explicit = period_at(self.text, start, end, anchor, self.ctx.published, mentions=times)
        return explicit and day.start is not None and (day.start == day.end or any(
            tm.match["sinced"] for tm in times if start <= tm.start < end))

    def _planned_back_then(self, s: Sentence, m: Mention) -> bool:
        """The last time before a target in its sentence is a recalled past (`两年前`, `当时`): the plan's day."""
        before = time_mentions(self.text, s.start, m.start)
        return bool(before) and bool(before[-1].match["back"] or before[-1].match["then"])

    def _timed_before(self, s: Sentence, m: Mention) -> bool:
        """A time is written in m's sentence before it (`2022年，全县共有300户申报…`)."""
        return any(s.start <= tm.start < m.start for tm in time_mentions(self.text, max(s.start, m.start - _LOOKBACK), m.start))

    def _this_year(self, period: Period) -> bool:
        """period is the report's year, whole or so far (`2020年`, `今年` in a May 2020 report)."""
        day = self.ctx.published
        return day is not None and period.start == date(day.year, 1, 1) and period.end is not None and period.end >= day

    def _status_period(self, m: Mention, s: Sentence, clause: int, period: Period, explicit: bool,
                       explicit_own: bool, status: str, unit: str) -> Period:
        """The period once the figure's status and kind are known (a plan's year, a stock's day, a year's flow)."""
        if status in ("target", "estimate") and not explicit_own and _COMPLETION_FORECAST.search(
                self.text, max(s.start, m.start - _LOOKBACK), m.start):
            period = Period(None, None)  # `项目建成达产后,预计可实现产值超1500亿元`: some year after completion
        elif status == "target" and self._planned_back_then(s, m):
            period = Period(None, None)  # `两年前,规划年产量5万吨的…项目落户…`: when it was planned, not what for
        elif status in ("target", "estimate") and not explicit and _NOW_BOUND.search(
                self.text, max(s.start, m.start - _LOOKBACK), m.start):
            pass  # `截至目前,…预计总投资超600亿元`: planned money held now, as of the report (not the year's plan)
        elif status == "target" and not explicit and self.ctx.told_on and _YEAR_PLAN.search(m.subject):
            period = year_period(self.ctx.told_on.year)  # `…项目年度计划415亿元`: the plan of the year it is told in
        elif status in ("target", "estimate") and not explicit and self.ctx.kind not in _PLANNING_KINDS \
                and not _PLAN_YEAR_OPENING.match(self.text, s.start):
            period = Period(None, None)  # `计划再申报17个`, `预计将产生…`: a plan or forecast no time word dates has no year
            # (`全年计划新签约…`, `今年计划…` open with the year told in: that year's plan)
        elif status == "target" and period.end and not year_end_level(self.text, clause, m.start, m.kind, period,
                                                                       self.ctx.published) and (period.start is None or (
                period.start.month == 1 and period.start.day == 1 and period.start.year == period.end.year
                and period.end == self.ctx.published)):
            period = year_period(period.end.year)  # a target: the whole year, not its part so far (`力争一季度…` keeps it)
        elif status == "estimate" and period.end and period.end == self.ctx.published and period.start == date(
                period.end.year, 1, 1):
            period = year_period(period.end.year)  # `预计今年…增长10%`: a forecast for the year, not its part so far
        if m.kind == "level" and self._among_year_end_stocks(m) and not explicit_own and period.end and \
                period == year_period(period.end.year) and not self._flow_in_clause(clause, m):
            period = Period(None, period.end)  # `年末共有…。…省级体育传统项目学校237所`: a year-end stock
        elif m.kind == "level" and self.ctx.kind in YEAR_FLOW_KINDS and period.end \
                and period == year_period(period.end.year) and _YEAR_END_STATE.search(m.subject):
            period = Period(None, period.end)  # `森林覆盖率63%`, `城镇供水普及率100%` in a year's communiqué: at its end
        elif m.kind == "level" and not explicit_own and not self.sentence_dated and period.end and \
                self.ctx.kind not in YEAR_FLOW_KINDS and period == year_period(period.end.year) \
                and running_total(self.text, s.start, m.start):
            period = Period(None, period.end)  # a year's review: `累计支持733万户…` is a running total at its end
        elif m.kind == "level" and self._this_year(period) \
                and _REMAINING_STOCK.search(self.text, max(clause, m.start - _LOOKBACK), m.start):
            period = Period(None, self.ctx.published)  # `2020年，力争…剩余的24个…`: what is left now
        elif m.kind == "level" and not explicit_own and period.end and period == year_period(period.end.year) \
                and self._held_count(m, s, unit) and not self._timed_before(s, m):
            # `全县现有学校228所` under a year's heading: the count at its end (or the report's day), not the year's
            period = Period(None, min(period.end, self.ctx.published or period.end))
        elif m.kind == "level" and period.start is None and period.end and (period.end.month, period.end.day) == (
                12, 31) and (year_end_spilled(self.text, s.start, m.start)
                             or bare_year_until_flow(self.text, s.start, m.start, m.subject)):
            period = year_period(period.end.year)  # `年末…;在外务工总收入59.06亿元`, `截至2020年,…生产…`: the year's flow
        elif m.kind == "level":
            period = quarter_flow(self.text, s.start, m.start, period, m.subject, False)  # `一季度末，…；保费收入1.7万亿元`: the quarter's
        if m.kind == "level" and period.start is not None and period.end and self._held_at_end(m, s, period, unit):
            period = Period(None, period.end)  # `贷款余额288亿元` in a year's report, `…以来,…现有…16例`: at its end
        elif m.kind == "level" and period.start is not None and period.end and period.start != period.end \
                and self._standing_at_end(m, clause):
            period = self._standing_period(period, status)  # `2018年，…高铁运营里程超2.9万公里`: at its end
        elif m.kind == "level" and period.start is not None and period.end and since_works_began(self.text, s.start, m.start):
            period = Period(None, period.end)  # `2018年，…隧道开累成洞98.5公里`: the total since the works began
        elif m.kind == "level" and period.start is not None and period.end and period.start.year < period.end.year \
                and STATE_RATIO.search(m.subject):
            period = Period(None, period.end)  # `2016年以来，…；绿化覆盖率达到44%`: the state at the span's end
        if m.kind == "level":  # `预计到2050年非洲人口将达25亿`: the stock at that year's end
            period = deadline_stock(self.text, s.start, m.start, m.subject, period)
        if status == "actual":  # `今年粮食总产量…` in a December story: the year's harvest, counted
            # `2020年，…。…投入资金…` in a May story: what is done so far; not in a report whose title names that
            # whole year (`2021年…统计公报` put online in its June)
            if not explicit_own and period != self.ctx.period:
                period = done_so_far(self.text, (self.seg.articles[s.article].start, s.start), m.start, m.subject,
                                     period, self.ctx.published)
            period = settled_year(self.text, s.start, m.start, m.subject, period, self.ctx.published)
            period = this_year_flow(self.text, s.start, m.start, period, is_flow(m), m.subject)  # `截至今年7月，…实现产值…`
        # `每年…`: a rate over a span, or as of the report's day when told as current; else no period
        return recurring_period(self.text, s.start, m.start, period, self.ctx.published, status == "actual")

    def _project_size_period(self, m: Mention, s: Sentence, ind: Indicator | None, period: Period) -> Period:
        """One project's size (`总投资逾200亿元的南沙港四期工程`) is no flow of the span in force: as of its end (or the
        story's day, if earlier); a set of projects a count or an act gathers (`40个重点项目…投资额…`) keeps its time."""
        if m.kind != "level" or period.start is None or period.end is None or period.start == period.end \
                or ind is None or ind.id != _PROJECT_TOTAL or not (
                    _ONE_PROJECT.search(m.subject) or _PROJECT_AFTER.match(self.text, m.end, min(s.end, m.end + 40))) \
                or _PROJECT_SET.search(self.text, max(s.start, m.start - _LOOKBACK), m.start):
            return period
        published = self.ctx.published
        return Period(None, min(period.end, published) if published else period.end)

    def _story_period(self, m: Mention, s: Sentence, clause: int, period: Period, explicit: bool,
                      status: str) -> Period:
        """A flow nothing dated (the paper's day, no start) in a story whose lead set a span: that span
        (`初步统计,前三季度…。…第二产业增加值222.8亿元,增长6.2%`; an estimate of it too: `据统计预测,…增长12%`), unless
        a time of its paragraph stands before it;
        a change nothing dated on a national or provincial paper: no period (undated_changes.py)."""
        if self._beyond_lead_event(s, m, period):
            return Period(None, None)  # `8月27—29日,…联展…开幕。…。记者了解到,…年产袜子25亿双`: not the fair's days
        if (day := signed_on_day(self.text, self.seg.articles[s.article].start, (s.start, s.end), (m.start, m.end),
                                 period, self.ctx.published)) != period:
            return day  # `3月1日,…集中签约仪式举行。现场集中签约11个项目`: that day's deals, not a stock up to it
        span = self.story_span
        if status == "target" and not explicit and period == Period(None, None) and (plan := story_plan_year(
                self.text, self.seg, self._sentence_starts, s.article, span, self.ctx.published)) is not None:
            return plan  # `…作工作报告。报告指出,2022年,…。…划定发展预期目标,…增长3%`: the story's year's plan
        told = not explicit or (period == self.article.anchor and period.start is None)  # the lead's day, as told
        if span is not None and told and status in ("actual", "estimate") and as_told(period, span, self.ctx.published) \
                and is_flow(m) and not dated_in_paragraph(self.text, self.seg.paragraphs[s.paragraph][0], m.start,
                                                          span, self.ctx.published):
            return span
        if self.event_span is not None and told and status == "actual" \
                and told_over_event(self.text, s.start, m.start):
            return self.event_span  # `4月28日至5月10日举办的…网购节期间…。活动期间，…增长40%`
        if status == "actual" and wide_paper(self.ctx) and undated_change(
                self.text, m, clause, period, explicit, self.sentence_timed or self.para_timed, self.ctx.published):
            return UNKNOWN  # `示范企业生产成本平均降低22%`: a change over some past span the text does not give
        return period
