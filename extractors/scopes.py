"""Scopes: what the document, article, section and paragraph being read set for the figures in them.

Scopes nest: document (its date, place and year: context.py) → article (its headline's year and place, or the
place its lead is about, or its story's) → section (a numbered heading's year, place, plan status and budget) →
paragraph (a time expression that opens it, a target list's introduction, the place its opening is about) →
sentence → clause. A figure's period and region come from the innermost scope that settles them, else stay
empty. A dateline (`本报北京5月3日电`) says where a story was filed, never what it measures.

The place readers (a paragraph's or lead's place, a profiled zone's, a scope word's) are scope_places.py, and the
time readers (the time a sentence opens with, a lead's day) scope_times.py, and whether a paragraph goes on with the
one before paragraphs_going_on.py, all mixed into ScopeReader.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .context import DocContext
from .event_leads import lead_held_day
from .event_spans import event_span
from .gazetteer import Place
from .headline_scope import HeadlineScopes
from .label_scopes import Label, label_at, labels
from .lexicon import lexicon
from .list_items import ListItems
from .paragraphs_going_on import ParagraphsGoingOn
from .period_dates import Period, default_period, year_period
from .periods import resolve, time_mentions
from .regions import (
    GROUP,
)
from .scope_places import ScopePlaces
from .scope_times import ScopeTimes
from .sentences import Segmented, Sentence
from .status import ESTIMATE_HEADING, ESTIMATED_EXECUTION, PLAN_HEADING
from .story_days import delivered_in_title_year, story_day
from .story_places import own_paper_story, stories, story_place
from .story_spans import held_span, lead_bounds, lead_span, report_review_year, reported_year

_LEX = lexicon()
_BUDGET_ACCOUNT = _LEX.compile("budget_account")
_DASH_ITEM = _LEX.compile(r"\s*{dash_item}")
_PAPER_SCOPES = ("national", "province")  # a paper whose place is this wide has stories of narrower places


@dataclass(slots=True)
class Scope:
    anchor: Period
    place: Place | None = None
    target: bool = False
    opened: bool = False   # a sentence of its body has been read (its first one may set its time)
    named: bool = False    # its heading named its place
    estimated: str | None = None  # its heading estimates these (`收入预计和支出安排`: revenue, 收入)
    estimating: bool = False  # its heading or an introduction in it tells estimated execution (`预计执行情况：`)
    account: str | None = None    # the budget its heading names (`社会保险基金`): the owner of generic figures
    undated: bool = False  # its heading names two times (`2020年和“十三五”时期工作回顾`): the latest holds


class ScopeReader(HeadlineScopes, ScopePlaces, ScopeTimes, ParagraphsGoingOn):
    """Keeps the scopes in force while a document is read sentence by sentence: `_enter` a sentence, then ask
    the period (`para_anchor`, `sentence_anchor`), place (`_region`) and status (`_scope().target`) in force."""

    def __init__(self, text: str, seg: Segmented, ctx: DocContext):
        self.text, self.seg, self.ctx = text, seg, ctx
        self.paper = ctx   # the document's own context; self.ctx is the story's (its `published`: the story's today)
        self.story_days: dict[int, date] = {}   # article → the day its dateline filed it, before the paper's
        self.doc_anchor = self._document_anchor()
        self.article = Scope(self.doc_anchor, ctx.region)
        self.section: Scope | None = None
        self.top_section: Scope | None = None
        self.article_index = self.section_index = self.paragraph = -1
        self.article_named = False   # the headline named the article's place
        self.lead_topic: tuple[int, Place | None] = (-1, None)   # (article, the division its lead opens with)
        self.lead_villages: dict[int, object] = {}   # article → the village its lead's chain ends in (scope_places)
        self.lead_days: dict[int, Period] = {}   # article → the day its lead tells its figures as of (headline_repeats)
        self.lead_events: dict[int, tuple[int, Period]] = {}  # article → its lead's paragraph, the event days it opens with
        self._stories: list[tuple[int, int, int]] | None = None  # per article: its story (story_places.stories)
        self._reviewed: dict[int, Period | None] = {}  # per story opener: the year its work report reviews
        self._labels = labels(text, seg)   # place labels over parts of a story (`河南兰考——`: label_scopes.py)
        self.label: Label | None = None    # the label whose reach holds the paragraph being read
        self.whole_lead = -1   # the article whose place its lead's whole gave (`全市经济运行…`: scope_places._whole_lead)
        self._story_pending: int | None = None   # the article whose story's place is yet to be read (_settle_story)
        self._story_places: dict[tuple[int, int, int], Place | None] = {}  # (start, end, least) → story_place
        self._last_paragraph_place: tuple = (None, None)  # (sentence, pos, anaphor) → place: ScopePlaces
        self.para_anchor = self.sentence_anchor = self.doc_anchor
        self.para_dated = self.sentence_dated = False  # a time written in the paragraph / sentence set the anchor
        self.para_timed = self.sentence_timed = False  # any time word (`目前` too) opened one of its sentences
        self.para_target = False
        self.para_year_end = False   # the paragraph opened with a year-end (`年末…`)
        self.para_year_end_told = False   # one of its sentences opened with a year-end (`…。年末实有…`)
        self._told_day: tuple[int, Period | None] = (-1, None)   # (sentence start, the day that opened it) in a paragraph
        self._told_year: tuple[int, Period | None] = (-1, None)  # (sentence start, the recalled year that opened it)
        self._para_opening: tuple[int, Period | None] = (-1, None)  # (paragraph, the time its first sentence left)
        self._month_total: tuple[int, Period | None] = (-1, None)  # (sentence start, `4月,…累计完成`'s Jan–Apr)
        self.story_span: Period | None = None  # the span the article's lead reviews its place's economy over
        self.lead_held: Period | None = None  # the day the article's lead tells an event held on (event_leads.py)
        self.event_span: Period | None = None  # the span of days the lead gives the event the story tells of
        self._sentence_starts = [s.start for s in seg.sentences]
        self.list_items = ListItems(text, seg.paragraphs)   # lists written one item a paragraph
        self._list_anchor: tuple[tuple[int, int], Period] | None = None  # (introduction, end) → the time it set
        # a national paper's scope (全国) is its national stories' place, not every story's, and so is a provincial
        # paper's province (浙江日报's story on a county's sock fair is the county's); an article of no known scope is
        # about its story's place too
        self._story_scoped = ctx.region is None or (
            ctx.region.level in _PAPER_SCOPES and ctx.region_source == "publisher")

    def _document_anchor(self) -> Period:
        """A report whose title names a time (`2015年…统计公报`, `2024年7月…分析`) describes that time, as does a
        year in an undated report's file name; else the report's date (an undated text that says its year keeps that
        year for its time words, not for its undated figures)."""
        published, year, period = self.ctx.published, self.ctx.year, self.ctx.period
        if period is not None and (published is None or period.start is None or period.start <= published):
            return period
        if year and (published is None or year < published.year):
            return year_period(year)
        if published is None and self.ctx.told_year:  # `前三季度` in an undated text that says its year
            return Period(None, None, told_year=self.ctx.told_year)
        return default_period(published)

    # --- scopes -----------------------------------------------------------------------------------------

    def _enter(self, s: Sentence) -> None:
        if s.article != self.article_index:
            self.article_index = s.article
            a = self.seg.articles[s.article]
            planned, held, span = self.article.target, self.article.anchor, self.story_span
            self.ctx = self._story_context(s.article)
            self.doc_anchor = self._document_anchor()
            self.article = self._headline_scope(a.headline, Scope(self.doc_anchor, self.ctx.region), a.start)
            self._plan_article(a.headline, planned)
            self.article_named = self.article.named
            self.story_span = lead_span(text=self.text, seg=self.seg, starts=self._sentence_starts, article=s.article,
                                        anchor=self.article.anchor, published=self.ctx.published,
                                        place_led=s.article == 0 and self.ctx.region_source == "lead",
                                        story_end=self._story_end(s.article))
            lead = lead_bounds(self.seg, self._sentence_starts, s.article)
            self.event_span = event_span(self.text, lead, self.article.anchor, self.ctx.published)
            self.lead_held = lead_held_day(self.text, lead, self.article.anchor, self.ctx.published)
            year = reported_year(self.text, self.seg, self._sentence_starts, s.article, self.ctx.published)
            if year is not None and self.article.anchor in (self.doc_anchor, year_period(year)):
                self.article.anchor = year_period(year)  # `…发布2022年…统计公报。全年…`: the report's year,
                self.story_span = None                   # not the day it was issued or presented on
            self._review_report(s.article)
            carried = span or held_span(held, self.ctx.published)  # the span the story's lead set goes on
            if carried is not None and self.article.anchor == self.doc_anchor and self._subheading(s.article):
                self.story_span = self.story_span or carried   # under a sub-heading that names no time
            # the story's place is read when a place is first asked for: most articles' sentences hold no figure
            self._story_pending = s.article if not self.article.named and self._story_scoped else None
            self.section, self.section_index, self.top_section = None, -1, None
        new_section = s.section != self.section_index and s.section >= 0
        if new_section:
            self._settle_story()
            for skipped in self._skipped_parents(s):  # `二、运行情况` with no sentence of its own over `(一)…`
                self._enter_section(skipped)
            self._enter_section(s.section)
        if s.paragraph != self.paragraph:
            adjacent = self.paragraph == s.paragraph - 1
            item = self._list_item(s.paragraph, new_section)
            dash_item = adjacent and (_DASH_ITEM.match(self.text, *self.seg.paragraphs[s.paragraph]) is not None
                                      or self._breaks_down(s.paragraph)
                                      or not new_section and self._viewpoint_goes_on(s.paragraph))
            self.paragraph = s.paragraph
            self.label = label_at(self._labels, self.seg.paragraphs[s.paragraph][0]) if self._labels else None
            if item is not None:  # `…如下:一、…。` then `二、…`: the list's introduction dates every item
                self.para_anchor = self._introduced_anchor(item)
            elif not dash_item and not (adjacent and self._target_list_goes_on(s.paragraph)):
                # `——经济运行总体平稳。…`: an item of the list the paragraph before opened
                self.para_anchor = self._scope().anchor if self.label is None or self.label.year is None \
                    else year_period(self.label.year)   # `2018年济南市——` over a data box: its year
                self.para_dated = self.para_timed = False
                self.para_target = False
                self.para_year_end = self.para_year_end_told = False

    def _settle_story(self) -> None:
        """The article's place from its story (_story_scope), if still to be read: before anything reads a place."""
        if self._story_pending is not None:
            place = self._story_scope(self._story_pending)
            self._story_pending = None
            # with no known scope a story of several unrelated places leaves its sentences to name theirs
            self.article.place = place if place is not GROUP or self.ctx.region is not None else None

    def _plan_article(self, headline: str, planned: bool) -> None:
        """A work report printed as headed parts (`●今年发展主要目标和下一阶段工作总体部署`): a part headed by a plan,
        and every part after it, holds this year's plans, as a plan section does."""
        if self.ctx.kind != "work-report" or not (planned or PLAN_HEADING.search(headline)):
            return
        self.article.target = True
        if self.article.anchor == self.doc_anchor and self.ctx.published:
            self.article.anchor = year_period(self.ctx.published.year)

    def _review_report(self, index: int) -> None:
        """A work report's story (`…作工作报告。` then `报告显示,2022年,…`) tells the year the report reviews: its
        sub-headed parts (`平安广州`) are that review, so their figures with no time of their own, counts and rates as
        well as flows, are that year's (kinds67b); the lead's own article keeps the paper's day for its `今年` and its
        plans, its flows dated by the story's span."""
        opener = self._stories[index][0] if self._subheading(index) else index
        review = report_review_year(self.text, self.seg, self._sentence_starts, index, self.article.anchor,
                                    self.ctx.published, self._story_end(index))
        if review is not None:
            self._reviewed[opener] = review
        review = self._reviewed.get(opener)
        if review is not None and opener != index and self.article.anchor == self.doc_anchor:
            self.article.anchor = review

    def _story_end(self, index: int) -> int:
        """Where the story the article opens or goes on ends (its sub-headed parts with it)."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        return self._stories[index][2]

    def _subheading(self, index: int) -> bool:
        """The article is a sub-heading of the story before it (no dateline or credit opens it: story_places.py)."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        return self._stories[index][0] != index

    def _story_context(self, index: int) -> DocContext:
        """The document's context as the article's story tells it: today is the day its dateline filed it
        (`本报曼谷5月16日电` in the paper of the 17th), when that is before the paper's day."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        opener, start, end = self._stories[index]
        day = story_day(self.text, (start, end), self.seg.articles[opener].headline, self.paper.published)
        if day is None and (day := delivered_in_title_year(self.paper)) is None:
            return self.paper
        self.story_days[index] = day
        return replace(self.paper, published=day)

    def _lead_dated(self, article: int, period: Period) -> bool:
        """period is the day the article's lead told its event on (`主席团26日上午…举行`), a day before the paper's: that
        day dates the figure, even where it is the story's today too (`本报北京5月26日电`)."""
        day, published = self.lead_days.get(article), self.paper.published
        return day == period and day.end is not None and published is not None and day.end < published

    def _story_scope(self, index: int) -> Place | None:
        """A national paper's article whose headline names no place: the place of its story (a sub-heading's
        story began at an earlier headline, which may name it)."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        opener, start, end = self._stories[index]
        lead = self.seg.articles[opener]
        if opener != index:
            head = self._headline_scope(lead.headline, Scope(self.doc_anchor, self.ctx.region), lead.start)
            if head.named:
                return head.place
        # the opening article's own text first: the whole story brings the places of its side stories; with no
        # paper behind it, a place named once is no story's place
        if self.ctx.region_source == "publisher" and self.ctx.region.level != "national" \
                and own_paper_story(self.text, start, end, self.ctx.region):
            return self.ctx.region
        least = 1 if self.ctx.region is not None else 2
        return self._story_place(lead.start, lead.end, least) or self._story_place(start, end, least) \
            or self.article.place

    def _story_place(self, start: int, end: int, least: int) -> Place | None:
        """story_place, once per range: the articles under one story's sub-headings all ask for its lead's and its
        whole story's place (half of the calls were repeats)."""
        key = (start, end, least)
        if key not in self._story_places:
            self._story_places[key] = story_place(self.text, start, end, least)
        return self._story_places[key]

    def _enter_section(self, index: int) -> None:
        """A numbered heading: its year, place and plan status hold for its section. In a work report the plan
        sections after a plan heading stay plans."""
        section = self.seg.sections[index]
        heading = section.heading
        if section.level == 1:
            self.top_section = None
        parent = self.top_section if section.level > 1 else None   # `（一）` inside `二、…草案`
        base = parent or self.article   # a sibling's place (`(二)加大“三区三州”…`) is not the next one's
        years = {tm.text[tm.start:tm.end] for tm in time_mentions(heading, 0, len(heading))}
        scope = self._headline_scope(heading, Scope(self.article.anchor, base.place)) if len(years) <= 1 \
            else Scope(self._latest_time(heading), base.place, opened=True, undated=True)
        if len(years) == 0 and self.section is not None and self.ctx.kind == "work-report":
            scope.anchor = self.section.anchor
        plan = PLAN_HEADING.search(heading) is not None
        estimated = ESTIMATE_HEADING.search(heading)
        scope.estimated = estimated["what"] if estimated else None
        scope.estimating = ESTIMATED_EXECUTION.search(heading) is not None or (parent is not None and parent.estimating)
        account = _BUDGET_ACCOUNT.search(heading)
        scope.account = account["account"] if account else None
        if parent is not None and len(years) == 0:
            scope.anchor = parent.anchor
        scope.target = plan or (parent is not None and parent.target) or (
            self.section is not None and self.section.target and self.ctx.kind == "work-report")
        if plan and scope.anchor == self.article.anchor and self.ctx.published:
            scope.anchor = year_period(self.ctx.published.year)  # a plan with no year is this year's
        self.section, self.section_index = scope, index
        if section.level == 1:
            self.top_section = scope

    def _skipped_parents(self, s: Sentence) -> list[int]:
        """The top-level sections of s's article between the one in force and s's, that hold no sentence of their own:
        they head s's section (its year, place and plan), not the one before them."""
        begin = self.seg.articles[s.article].start
        return [k for k in range(self.section_index + 1, s.section)
                if self.seg.sections[k].level == 1 and self.seg.sections[k].start >= begin]

    def _latest_time(self, heading: str) -> Period:
        """Of a heading's two times, the one reaching latest, the narrower of two that end together: `2019年和今年以来
        工作回顾` reviews this year so far last, `2020年和“十三五”时期` the year 2020 (not the plan's five years)."""
        periods = [p for tm in time_mentions(heading, 0, len(heading))
                   if (p := resolve(tm, self.article.anchor, self.ctx.published)) is not None]
        return max(periods, key=lambda p: (p.end or date.min, p.start or date.min), default=self.article.anchor)

    def _scope(self) -> Scope:
        return self.section or self.article

    def _scopes(self) -> list[Place | None]:
        self._settle_story()
        labelled = [self.label.place] if self.label is not None else []
        return [*labelled, self._scope().place, self.article.place, self.ctx.region]
