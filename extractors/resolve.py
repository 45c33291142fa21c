"""Resolution: a mention and the scopes in force (scopes.py) → Fact (indicator, family, period, region, status,
quote, offsets), or nothing when the number is no fact (a hypothetical, a rule, a person's story …).

Each field of a fact comes from the innermost scope that settles it, else stays empty: a wrong place or year
sends a number to the wrong chart. Every period is computed from the report's date, never the clock.

The Resolver's test of a mention that is no fact is figure_filters.py, its reading of the time that opens a
figure's clause clause_times.py, the period a figure's words, kind and status give it figure_periods.py, and the
last word on its drafts (renaming, final filters, one fact per figure) draft_facts.py (all mixed into Resolver);
unreported_figures.py tells a classified figure that reports no fact (a story, a rule, one person's figure).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import regex

from .abroad_zones import zone_abroad
from .breakdown_items import found_part
from .breakdown_measures import BreakdownParts
from .budget_bases import budget_base
from .bulletin_days import BulletinDays, bulletin_family, bulletin_period, held_count, left_to_bulletin
from .case_parts import day_count_part, in_origin_section
from .catalog import Catalog
from .clause_times import ClauseTimes
from .context import DocContext
from .continued_status import StatusCarry
from .customs_districts import district_trade
from .day_flows import day_flow_of
from .division_counts import above_counted, beyond_reach, clause_places
from .domestic_figures import domestic_region
from .draft_facts import Draft, DraftFacts
from .economy_forecasts import economy_forecast, unsettled_crisis_figure
from .estimate_notes import noted_estimate
from .fact import Fact
from .fact_subjects import FactSubjects
from .figure_context import FigureContext
from .figure_filters import (
    _LOOKBACK,
    BARE_CASE_WORD,
    FigureFilters,
    _family_of,
    _implicit_unit,
    covid_in,
    disease_of_deaths,
    part_family,
)
from .figure_owners import figure_owner
from .figure_periods import FigurePeriods
from .firm_figures import firm_region, part_direction
from .headed_measures import headed_measure
from .hotline_categories import listed_category
from .invested_works import money_level
from .item_wholes import holding_wholes
from .kept_regions import kept_region
from .lexicon import lexicon
from .mention import Mention, with_subject
from .merged_lines import PLATFORM_PARTS, listed_part, merged_line_part
from .merged_lines import TOTAL as LINE_TOTAL
from .part_wholes import PartWholes
from .period_dates import Period
from .periods import TimeMention
from .place_items import PlaceItems
from .places import place_mentions
from .project_regions import project_region
from .project_status import counts_other_things, planned_project_size, project_size_indicator
from .regions import clause_start
from .scopes import ScopeReader
from .sentences import Segmented, Sentence, inside_bracket
from .status import ESTIMATED_EXECUTION_OPENING, TARGET_ENUMERATION, figure_status
from .story_history import told_long_ago
from .subjects import opening_origin, with_origin
from .tables import TableFigure
from .tallied_figures import one_thing_attribute, untallied_detail
from .unreported_figures import unreported_figure
from .unyeared_times import unyeared_time
from .works_sizes import one_works_size, works_size_indicator
from .year_bases import year_based

_LEX = lexicon()
_SPACES = regex.compile(r"\s+")
_MAX_QUOTE = 400  # longer "sentences" (tables, run-on text) are quoted around the match
_COVID_FIRST = _LEX.table("covid_first_reported", "first")  # no case before it is a covid case
_LIST_ITEM_GAP = _LEX.compile(r"\s?{list_joiner}")
_SAME_ITEM_CHANGE = _LEX.compile("same_item_change")
_CLAUSE_END = regex.compile(r"[,，;；:：。！？!?]")
_LEAD_REACH = 40  # characters of a figure's sentence before it (`跑遍了…`) and after it (`18个…军营`) that its clause may tell
_HEADLINE_REACH = 400  # characters after a headline's count where its article's lead may write the reporting day
_COUNTED_REACH = 16  # characters after a count's number that may name the divisions it counts (`个深度贫困县`)


def _iso(p: Period) -> tuple[str | None, str | None]:
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)


class Resolver(FigureFilters, FigureContext, ClauseTimes, FigurePeriods, ScopeReader, DraftFacts, BreakdownParts,
               PlaceItems, FactSubjects, PartWholes):
    """Turns the mentions of one document into facts, sentence by sentence, keeping the scopes in force."""

    def __init__(self, text: str, seg: Segmented, ctx: DocContext, catalog: Catalog, source: str, to_source):
        super().__init__(text, seg, ctx)
        self.catalog, self.source, self.to_source = catalog, source, to_source
        self.bulletin_days = BulletinDays(text, ctx.published, ctx.year)
        self.drafts: list[Draft] = []
        self.last_fact_sentence = -2
        self._reset_context()
        self._last_subject: tuple[int, str] = (-1, "")   # the paragraph and subject of the last figure
        self._before: tuple[int, int, str] = (-1, -1, "")  # a sentence's start, and _last_subject as it began
        self._last_whole: tuple = (-1, "", None, None)   # the last fact's figure: where it ends, kind, unit, period
        self._listed_end = -1  # where the last item read as part of a `分别` change list ends (figure_periods.py)
        self._origin: tuple[int, str | None] = (-1, None)  # the paragraph and case origin in force
        self._account: tuple[int, str | None] = (-1, None)  # the paragraph and the budget its last account named
        self._opening_end = 0   # where the time that opens the sentence being read ends
        self._firm_figure = (-1, 0, None)  # a sentence, its first firm's figure's end and indicator (its `其中` parts)
        self._carry = StatusCarry()  # the status of the sentence before, for one that continues it

    # --- figures ----------------------------------------------------------------------------------------

    def _bulletin_told_on(self, article: int) -> date | None:
        """The day a bulletin's counts were told: the paper's, else (an undated page) the day its lead opened with."""
        lead = self.lead_days.get(article)
        return self.ctx.published or (lead.end if lead is not None else None)

    def _quote(self, start: int, end: int) -> str:
        a, b = self.to_source[start], self.to_source[end - 1] + 1
        return _SPACES.sub("", self.source[a:b])

    def add_sentence(self, index: int, s: Sentence, mentions: list[Mention], times: list[TimeMention],
                     first_in_article: bool = False,
                     previous: tuple[Sentence, list[TimeMention]] | None = None) -> None:
        """Resolve the mentions of sentence number `index` (sentences must come in text order; sentences
        with neither numbers nor an opening time expression may be skipped)."""
        self._enter(s)
        after_opening = self._opening_end = self._opening_time(s, times, first_in_article, previous)
        enumeration = TARGET_ENUMERATION.search(self.text, s.start, s.end)
        if ESTIMATED_EXECUTION_OPENING.match(self.text, s.start, s.end) is not None:
            self._scope().estimating = True  # `全年一般公共预算预计执行情况：…`: the rest of its section is estimated
        if enumeration and not mentions:
            self.para_target = True
        if not mentions:
            if self.last_fact_sentence == index - 1:
                self._maybe_rename(s)
            return
        mentions = self._of_origin(s, mentions)
        count = len(self.drafts)
        places = place_mentions(self.text, s.start, s.end)
        starts = [p.start for p in places]
        context = self._context(s)
        whole_quote = self._quote(s.start, s.end) if s.end - s.start <= _MAX_QUOTE else None
        item_start = after_opening
        for m in mentions:
            self._add(m, s, places, starts, context, whole_quote, item_start, times,
                      self.para_target or (enumeration is not None and enumeration.end() <= m.start))
            # `上年结转收入180.04亿元、抗疫特别国债收入10000亿元`: a time inside one list item is not the next one's
            if _LIST_ITEM_GAP.match(self.text, m.end) and not _SAME_ITEM_CHANGE.match(self.text, m.end) \
                    and self._item_time(item_start, m, times):
                item_start = max(item_start, m.end)
        if enumeration is not None:
            self.para_target = True
        holding_wholes(self.drafts[count:])  # `疑似病例65例,其中:青岛市25例,…`: a whole holds its items' places
        if len(self.drafts) > count:
            self.last_fact_sentence = index

    def _of_origin(self, s: Sentence, mentions: list[Mention]) -> list[Mention]:
        """Case counts after a sentence that opens with their origin (`境外输入…`), to the paragraph's end."""
        origin = opening_origin(self.text, s.start)
        if origin or self._origin[0] != s.paragraph:
            self._origin = (s.paragraph, origin)
        return with_origin(mentions, self._origin[1]) if self._origin[1] else mentions

    def add_table_figures(self, s: Sentence, figures: list[TableFigure]) -> None:
        """The figures of a table's row whose cells sit in sentence s: in the scope the table stands in."""
        self._enter(s)
        context = self._context(s)
        for f in figures:
            m = Mention(f.kind, f.subject, abs(f.value), None, f.unit, "exact", -1 if f.value < 0 else 1,
                        f.cell.start, f.cell.end, "table")
            count = len(self.drafts)
            self._add(m, s, [], [], context, f.quote, s.start, [], False)
            if f.year and len(self.drafts) > count and (self.drafts[-1].fact.period_end or "")[:4] != str(f.year):
                self.drafts.pop()   # a `2020年` column in a 2021 report: the scope would date it wrongly

    def _owned_region(self, ownership, span: tuple[int, int, int], unit: str | None, region: str | None) -> str | None:
        """The region of a figure a zone, a firm or one project owns (span: its sentence's, clause's and own start)."""
        if ownership.zone_place:
            return ownership.zone_place
        if ownership.firm_owned:
            return firm_region(self.text, span, ownership.owned, unit, region)
        return project_region(self.text, span[0], span[2], region) if ownership.project_owned else region

    def _add(self, m: Mention, s: Sentence, places, starts, context, whole_quote, after_opening, times,
             enumerated: bool) -> None:
        clause = clause_start(self.text, s.start, m.start)
        if (m := self._as_part(m, s)) is None:
            return
        if self._abstains(m, s, clause):
            return
        para_start = self.seg.paragraphs[s.paragraph][0]
        ownership = figure_owner(self.text, (self.seg.articles[s.article].start, para_start, s.start, clause), m,
                             self._firm_figure)
        m = with_subject(m, headed_measure(self.text, s.start, s.end, ownership.subject, m.end))  # `（四）普通高中学生资助…`
        if s.section >= 0 and (origin := in_origin_section(self.seg.sections[s.section].heading, m.subject)):
            m = with_subject(m, origin)  # `一、本地疫情` … `累计治愈出院病例570例`: the local cases' only
        ind = self.catalog.classify(m.kind, m.subject, m.unit, context, m.part, self.ctx.kind)
        unit = m.unit
        if unit is None:
            unit = _implicit_unit(m.subject, self.text[m.end:m.end + 6])
            if unit is None:
                return
            ind = self.catalog.classify(m.kind, m.subject, unit, context, m.part, self.ctx.kind)
        if (sized := project_size_indicator(ind and ind.id, self.text, m.end)
                or works_size_indicator(ind and ind.id, self.text, (s.start, m.start), m.subject,
                                        money_level(m.kind, unit))
                or part_direction(ownership.whole, ind and ind.id)) is not None:
            ind = self.catalog.by_id[sized]  # `投资15亿元的…项目`: its total; `在华累计投资…其中…投资`: the whole's direction
        if counts_other_things(ind and ind.id, self.text, clause, m.start, m.end) or ind and found_part(m.subject):
            ind = None  # `为20多个变电站提供设备`: substations, whatever projects the subject carried; `…（集中隔离发现）`:
            # one way the day's cases were found, a part of the place's count
        family = part_family(self.text, s.start, m, _family_of(m, ind))
        if (self._other_disease or family == "covid") and BARE_CASE_WORD.search(m.subject):
            owner = disease_of_deaths(self.text, self._last_whole[0], self._last_subject[1], m.start,
                                      m.subject if m.kind == "zero" else "")
            if owner is None and (self._other_disease or self._notifiable and not covid_in(self.text, s.start, m.start)):
                return  # `法定传染病…,死亡126例,较上月下降34%`: a death count that names no disease of its own
            if owner is not None:  # `法定传染病9075例,死亡2人`, covid in the list of diseases or not: the diseases'
                m, ind, family = replace(m, subject=owner), None, "other"
        if family == "covid" and self._other_disease:
            ind, family = None, "other"  # `乙类传染病…病例`: another disease's cases, no covid figure
        if family is None or unreported_figure(self.text, s, clause, m, unit, ind, family, self.ctx.published):
            return  # someone's story, a rule, a name, a session, one person's figure … (unreported_figures.py)
        period, explicit, explicit_own = self._figure_period(m, s, clause, after_opening, times, ind, family,
                                                                  unit)
        if ind is None and family == "other" and told_long_ago(self.text, s.start, m.start, m.subject,
                                                               period.end, self.ctx.published):
            return  # `1942年，…。11月8日，…以26艘舰艇…`: a story told of a year long past (story.py)
        subject = self._subject(m, ind, s.paragraph)
        if unsettled_crisis_figure(self.text, clause, m.start):
            return  # `远高于国际金融危机期间萎缩4.5%的水平`: a past crisis's figure, no settled time (economy_forecasts.py)
        reach = min(s.end, m.end + _LOOKBACK)  # a run-on sentence: the clause's end is searched nearby only
        clause_end = _CLAUSE_END.search(self.text, m.end, reach)
        status = figure_status(self.text, s.start, m.start, m.end, m.qualifier, period, self.ctx.told_on,
                               self._scope().target or enumerated, clause,
                               clause_end.start() if clause_end else reach, self.ctx.published is not None)
        estimated = self._scope().estimated
        if estimated and status != "estimate" and estimated in m.subject:
            status = "estimate"  # `收入预计和支出安排`: the revenue is estimated, the spending planned
        if status == "actual" and self._scope().estimating:
            status = "estimate"  # under `预计执行情况：`: what the year is expected to close at
        if status == "actual" and noted_estimate(self.text, m.end):
            status = "estimate"  # `…增长5.5%以上(预计数,下同)`: this figure and the report's later ones
        status = self._carry.carried(self.text, s.paragraph, s.start, m.start, status, period)  # `…预计…。加上…`
        if ind is None and family == "other" and status == "actual" and untallied_detail(
                self.text, (s.start, s.end), m.end, m.subject, period, explicit, self.ctx):
            return  # `5只羊有20只蹄子` in a national paper's story: a particular, told as no tally (tallied_figures.py)
        if ind is None and family == "other" and status == "actual" and one_thing_attribute(
                self.text, (s.start, s.end), (m.start, m.end), self.ctx):
            return  # `铁路全长278公里`: one object's attribute, dated or not, no reported figure (tallied_figures.py)
        if status == "actual" and planned_project_size(self.text, (s.start, s.end), m.start, m.subject, unit):
            status = "target"  # `…工厂投资超过50亿元，年初十已经开工`: a project's planned size (project_status.py)
        period = self._status_period(m, s, clause, period, explicit, explicit_own, status, unit)
        if (planned := budget_base(self.text, clause, m.start, unit, period)) is not None:
            period, status = planned, "target"  # `完成年初预算24.6亿元的59.7%`: the year's plan
        period = self._story_period(m, s, clause, period, explicit, status)
        period = self._project_size_period(m, s, ind, period)  # `总投资逾200亿元的…工程`: its size, no flow
        if one_works_size(ind and ind.id, self.text, (s.start, m.start), m.subject,
                          explicit_own or any(s.start <= tm.start < m.start for tm in times)):
            period = Period(None, self.ctx.published)  # `某某高铁，…，投资…` under `去年…`: as of the story's day
        if (listed := listed_category(ind and ind.id, self.text, s.start, m.start, m.subject)) is not None:
            ind = self.catalog.by_id[listed]  # `…集中在农林畜牧水利1590件,…;社会保障1485件`, `(一)诉求分类情况`
            family = ind.family  # `诉求量前10位的分别是:` over a plain count: the hotline's
        if ind is not None and ind.id in PLATFORM_PARTS and merged_line_part(self.text, m.start, m.subject):
            ind = self.catalog.by_id[PLATFORM_PARTS[ind.id]]  # `…;12315…热线共接听来电8459人次`: a line taken in
        elif ind is not None and ind.id == LINE_TOTAL and listed_part(self.text, s.start, clause, m.start):
            ind = self.catalog.by_id[PLATFORM_PARTS[ind.id]]  # `其中,…政务服务诉求100件`: a part of the total
        if status == "actual" and m.time is None and (family == "covid" or ind is None and held_count(unit, m.subject)) \
                and (day := self.bulletin_days.day_at(self.seg.articles[s.article].start, m.start) or (
                    self.bulletin_days.headline_day(m.start, min(self.seg.articles[s.article].end, m.end + _HEADLINE_REACH))
                    if self.seg.paragraphs[s.paragraph][0] in self.seg.headline_starts else None)) is not None:
            told = self.text[max(s.start, m.start - _LOOKBACK, day[1]):m.start]
            if left_to_bulletin(period, self._bulletin_told_on(s.article), told, day[0], day[2]):  # a time told stays
                period = bulletin_period(day[0], m.subject, ind is not None and ind.period == "day" or m.part and
                                         day_count_part(self.text, s.start, m.start), told, day[2])  # `…。…出院21例`
            family = bulletin_family(family, m.subject)  # `目前在院372例`: covid patients
        if period.end is not None and (flow := day_flow_of(ind and ind.id, m.subject, self.text, para_start,
                                                            m.start)) is not None:
            ind, period = self.catalog.by_id[flow], Period(period.end, period.end)  # `0-24时,…。治愈出院…7例`
        if family == "covid" and self.ctx.published and self.ctx.published < _COVID_FIRST:
            ind, family = None, "other"  # a 2019 report's `远程病例讨论200多例`: kept as counted, of no covid
        value = m.value * m.sign
        high = m.value_high * m.sign if m.value_high is not None else None
        if high is not None and high < value:
            value, high = high, value
        quote = whole_quote or self._quote(max(s.start, m.start - _MAX_QUOTE // 2), min(s.end, m.end + _MAX_QUOTE // 2))
        region = above_counted(m.subject, unit, self._region(m, s, places, starts),
                               clause_places(self.text, places, m.start), self.text[m.end:m.end + _COUNTED_REACH])
        region = beyond_reach(self.text, s.start, m.start, region)
        status, period = economy_forecast(self.text, (clause, m.start), subject, region, status, period, unit)
        ps, pe = _iso(period)
        subject = year_based(self.text, clause, m.end, m.kind, subject, pe)  # `比2005年提高…`: no year-on-year change
        if zone_abroad(self.text, s.start, m.start, region):
            region = None  # `目前园区共引进投资项目…` in a story on a park abroad: the park's (abroad_zones.py)
        region = kept_region(self.text, s.start, m.start, region, status)  # `这家农场…纯收益…`: none (kept_regions.py)
        if district_trade(self.text, self.seg.articles[s.article].start, s.start, m.start, subject):
            region = None  # `上海海关关区实现进出口…`: all the district's customs clears, no place's (customs_districts.py)
        region = domestic_region(subject, region, self.ctx.region and self.ctx.region.name,
                                 bool(clause_places(self.text, places, m.start)))  # `实现国内旅游收入…`: the country's
        fact = Fact(doc=self.ctx.name, published=self.paper.published_iso, family=family,
                    indicator=ind.id if ind else None, subject=subject,
                    region=self._owned_region(ownership, (s.start, clause, m.start), unit, region),
                    period_start=ps, period_end=pe, value=value, value_high=high, unit=unit,
                    qualifier=m.qualifier, status=status, quote=quote,
                    start=self.to_source[m.start], end=self.to_source[m.end - 1] + 1, rule=m.rule)
        para_start = self.seg.paragraphs[s.paragraph][0]
        headline = para_start in self.seg.headline_starts or para_start in self.seg.lead_starts
        clause_timed = explicit and any(clause <= tm.start < m.start for tm in times)  # `,四季度增长1.9%`
        lead = self.text[max(s.start, m.start - _LEAD_REACH):m.start]  # what the sentence tells before the figure
        after = self.text[m.end:min(s.end, m.end + _LEAD_REACH)]  # and after it, in the same (normalised) text
        told = unyeared_time(times, s.start, clause, m.start) if ps is None and pe is None and status == "actual" \
            and self.ctx.published is None else ""  # `7月受理…` on a page with no year: the month stays in the subject
        self.drafts.append(Draft(fact, explicit, headline, bool(m.place), clause_timed, s.article, lead, after, told))
        self._last_whole = (m.end, m.kind, unit, period)
        self._carry.note(s.paragraph, s.start, status, period)
        if ownership.firm_owned and self._firm_figure[0] != s.start:  # the whole its parts follow: the sentence's first
            self._firm_figure = (s.start, m.end, ind and ind.id)
        self._note_total(s.paragraph, m, unit)
        self._note_place_whole(s, m, unit)
        if not inside_bracket(self.text, s.start, m.start):  # `(重症病例2例、危重症2例)。其中:城厢区30例`
            self._last_subject = (s.paragraph, m.subject)
