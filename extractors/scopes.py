"""Scopes: what the document, article, section and paragraph being read set for the figures in them.

Scopes nest: document (its date, place and year: context.py) → article (its headline's year and place, or the
place its lead is about, or its story's) → section (a numbered heading's year, place, plan status and budget) →
paragraph (a time expression that opens it, a target list's introduction, the place its opening is about) →
sentence → clause. A figure's period and region come from the innermost scope that settles them, else stay
empty. A dateline (`本报北京5月3日电`) says where a story was filed, never what it measures.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import DocContext
from .lexicon import lexicon
from .match import Mention
from .period_dates import Period, default_period, year_period
from .periods import TimeMention, attributive_end, period_at, resolve, time_mentions
from .places import Place, place_mentions
from .regions import (
    BREAKDOWN_ITEM,
    GROUP,
    chain_end,
    clause_start,
    division_chain,
    in_list,
    is_topic,
    landed_place,
    mention_place,
    named_in_clause,
    one_place,
    region_of,
    sole_division,
    stories,
    story_place,
)
from .sentences import Segmented, Sentence
from .status import ESTIMATE_HEADING, PLAN_HEADING

_LEX = lexicon()
_ZONE_ANAPHOR = _LEX.compile("zone_anaphor")
_ZONE_NAME = _LEX.compile("zone_name_tail")
_FROM_PLACE = _LEX.compile("from_place")
_ZONE_OPENING = 40   # characters: a zone's profile names its place at the very start of its paragraph
_OPENING = _LEX.compile(r"\s*{dateline_opening}?{attribution}?{comparison_opening}?{item_number}?\s*")
_DATELINE = _LEX.compile(r"\s*{dateline_opening}")
_OF_WHICH = _LEX.words("of_which")[0]
_BUDGET_ACCOUNT = _LEX.compile("budget_account")
_LEAD_NOT_SCOPE = _LEX.compile("(?:{lead_place_not_scope_before})$")
_LIST_NEXT = frozenset(_LEX.words("list_joiner"))
_CONTINUES = _LEX.compile("continuation")
_SENTENCE_MARKS = ("。", "!", "?", "！", "？", "\n")
_SENTENCE_ENDS = _SENTENCE_MARKS[:-1]  # a kept line break ends a sentence too (`……\n这些年,`)
# `乐清市16例`, `历城区(直办5620件`: an item, no topic (`夏河县发生5.7级地震` is one)
_DIVISIONS = ("province", "city", "county")  # China's: a foreign topic named again is often a new story
_PARAGRAPH_REACH = 400  # characters of the paragraph before a sentence that may hold its place
_DASH_ITEM = _LEX.compile(r"\s*{dash_item}")
_RESTATED = _LEX.compile(r"{time_restated}")
_EVENT_DATE = _LEX.compile("event_date_after")


@dataclass(slots=True)
class Scope:
    anchor: Period
    place: Place | None = None
    target: bool = False
    opened: bool = False   # a sentence of its body has been read (its first one may set its time)
    named: bool = False    # its heading named its place
    estimated: str | None = None  # its heading estimates these (`收入预计和支出安排`: revenue, 收入)
    account: str | None = None    # the budget its heading names (`社会保险基金`): the owner of generic figures


class ScopeReader:
    """Keeps the scopes in force while a document is read sentence by sentence: `_enter` a sentence, then ask
    the period (`para_anchor`, `sentence_anchor`), place (`_region`) and status (`_scope().target`) in force."""

    def __init__(self, text: str, seg: Segmented, ctx: DocContext):
        self.text, self.seg, self.ctx = text, seg, ctx
        self.doc_anchor = self._document_anchor()
        self.article = Scope(self.doc_anchor, ctx.region)
        self.section: Scope | None = None
        self.top_section: Scope | None = None
        self.article_index = self.section_index = self.paragraph = -1
        self.article_named = False   # the headline named the article's place
        self._stories: list[tuple[int, int, int]] | None = None  # per article: its story (regions.stories)
        self.para_anchor = self.sentence_anchor = self.doc_anchor
        self.para_target = False
        self.para_year_end = False   # the paragraph opened with a year-end (`年末…`)
        # a national paper's scope (全国) is its national stories' place, not every story's; an article of no
        # known scope is about its story's place too
        self._story_scoped = ctx.region is None or (ctx.region.level == "national" and ctx.region_source == "publisher")

    def _document_anchor(self) -> Period:
        """A report whose title names a time (`2015年…统计公报`, `2024年7月…分析`) describes that time, as does a
        year in an undated report's file name; else the report's date."""
        published, year, period = self.ctx.published, self.ctx.year, self.ctx.period
        if period is not None and (published is None or period.start is None or period.start <= published):
            return period
        if year and (published is None or year < published.year):
            return year_period(year)
        return default_period(published)

    # --- scopes -----------------------------------------------------------------------------------------

    def _headline_scope(self, headline: str, base: Scope) -> Scope:
        """A headline's (or heading's) year and place; `named` says it named a place."""
        scope = Scope(base.anchor, base.place, base.target)
        for tm in time_mentions(headline, 0, len(headline)):
            if _EVENT_DATE.match(headline, tm.end) or attributive_end(headline, tm, len(headline)) is not None:
                continue  # `…确定2029年在青岛召开`, `落实2030年可持续发展议程`: an event's year, not the figures'
            if tm.match["y"] or tm.match["yrange"] or tm.match["ym"] or tm.match["relative"] or tm.match["plan"] \
                    or tm.match["ymdr"] or tm.match["mdr"]:  # `(2024年4月8日—4月14日)`: a weekly report's week
                scope.anchor = resolve(tm, scope.anchor, self.ctx.published) or scope.anchor
                break
        named = [m for m in place_mentions(headline) if m.subject and m.kind not in ("scope", "body", "china")]
        specific = [m for m in named if m.kind != "group"]
        if named:  # the first specific place of the headline line nearest the body, else a group's none
            last_line = headline.rfind(" ") + 1
            nearest = [m for m in specific if m.start >= last_line] or specific
            first = chain_end(specific, specific.index(nearest[0])) if nearest else named[-1]
            scope.place = mention_place(first, [base.place, self.ctx.region])
            scope.named = True
        return scope

    def _enter(self, s: Sentence) -> None:
        if s.article != self.article_index:
            self.article_index = s.article
            a = self.seg.articles[s.article]
            planned = self.article.target
            self.article = self._headline_scope(a.headline, Scope(self.doc_anchor, self.ctx.region))
            self._plan_article(a.headline, planned)
            self.article_named = self.article.named
            if not self.article.named and self._story_scoped:
                place = self._story_scope(s.article)
                # with no known scope a story of several unrelated places leaves its sentences to name theirs
                self.article.place = place if place is not GROUP or self.ctx.region is not None else None
            self.section, self.section_index, self.top_section = None, -1, None
        if s.section != self.section_index and s.section >= 0:
            self._enter_section(s.section)
        if s.paragraph != self.paragraph:
            dash_item = self.paragraph == s.paragraph - 1 and _DASH_ITEM.match(
                self.text, *self.seg.paragraphs[s.paragraph]) is not None
            self.paragraph = s.paragraph
            if not dash_item:  # `——经济运行总体平稳。…`: an item of the list the paragraph before opened
                self.para_anchor = self._scope().anchor
                self.para_target = False
                self.para_year_end = False

    def _plan_article(self, headline: str, planned: bool) -> None:
        """A work report printed as headed parts (`●今年发展主要目标和下一阶段工作总体部署`): a part headed by a plan,
        and every part after it, holds this year's plans, as a plan section does."""
        if self.ctx.kind != "work-report" or not (planned or PLAN_HEADING.search(headline)):
            return
        self.article.target = True
        if self.article.anchor == self.doc_anchor and self.ctx.published:
            self.article.anchor = year_period(self.ctx.published.year)

    def _story_scope(self, index: int) -> Place | None:
        """A national paper's article whose headline names no place: the place of its story (a sub-heading's
        story began at an earlier headline, which may name it)."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        opener, start, end = self._stories[index]
        lead = self.seg.articles[opener]
        if opener != index:
            head = self._headline_scope(lead.headline, Scope(self.doc_anchor, self.ctx.region))
            if head.named:
                return head.place
        # the opening article's own text first: the whole story brings the places of its side stories; with no
        # paper behind it, a place named once is no story's place
        least = 1 if self.ctx.region is not None else 2
        return story_place(self.text, lead.start, lead.end, least) or story_place(self.text, start, end, least) \
            or self.article.place

    def _enter_section(self, index: int) -> None:
        """A numbered heading: its year, place and plan status hold for its section. In a work report the plan
        sections after a plan heading stay plans."""
        section = self.seg.sections[index]
        heading = section.heading
        if section.level == 1:
            self.top_section = None
        parent = self.top_section if section.level > 1 else None   # `（一）` inside `二、…草案`
        base = self.section or self.article
        years = {tm.text[tm.start:tm.end] for tm in time_mentions(heading, 0, len(heading))}
        scope = self._headline_scope(heading, Scope(self.article.anchor, base.place)) if len(years) <= 1 \
            else Scope(self.article.anchor, base.place, opened=True)  # `2019年和今年以来`: no one time
        if len(years) == 0 and self.section is not None and self.ctx.kind == "work-report":
            scope.anchor = self.section.anchor
        plan = PLAN_HEADING.search(heading) is not None
        estimated = ESTIMATE_HEADING.search(heading)
        scope.estimated = estimated["what"] if estimated else None
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

    def _scope(self) -> Scope:
        return self.section or self.article

    def _scopes(self) -> list[Place | None]:
        return [self._scope().place, self.article.place, self.ctx.region]

    def _opening_time(self, s: Sentence, times: list[TimeMention], first_in_article: bool,
                      previous: tuple[Sentence, list[TimeMention]] | None) -> int:
        """Apply a time expression that opens the sentence; return where it ended.

        In a headline, an article's first sentence (its dateline) or a section's first sentence it holds for the
        whole scope, else for the rest of the paragraph. A sentence opening with `同时`/`此外` continues the
        previous one's time.
        """
        o = _OPENING.match(self.text, s.start, s.end)
        pos = o.end() if o else s.start
        headline = self.seg.paragraphs[s.paragraph][0] in self.seg.headline_starts
        current = self.para_anchor
        if previous and previous[0].paragraph == s.paragraph and _CONTINUES.match(self.text, pos):
            current, _ = period_at(self.text, previous[0].start, previous[0].end, self.para_anchor,
                                   self.ctx.published, skip_baselines=True, mentions=previous[1])
        found, before = False, current
        for tm in times:
            if tm.start < pos:
                continue
            if tm.start - pos > 2 and not _RESTATED.fullmatch(self.text, pos, tm.start):
                break
            if (told := attributive_end(self.text, tm, s.end)) is not None:
                if found and tm.start == pos:  # `去年5月7日至8日的…会议上`: the whole date is the meeting's
                    current, found = before, False
                pos = max(pos, told)  # `记者10日从商务部获悉：春节黄金周期间…`: the time after it opens
                continue  # `按照上年不变价计算，前三季度…`: a price base, not the sentence's time
            if tm.match["now"] and not found:
                current = default_period(self.ctx.published)  # `目前,…`: now, not an earlier sentence's day
            p = resolve(tm, current, self.ctx.published)
            if p is None or (headline and tm.match["ymd"] and p.end == self.ctx.published):
                break  # the masthead's date is when the page came out, not what it reports on
            current, pos, found = p, tm.end, True
        first_in_section = self.section is not None and not self.section.opened
        # a level as of a day (`2015年末…`) dates its paragraph; the article or section it opens is that year
        year_end = found and current.start is None and current.end is not None and (current.end.month, current.end.day) == (12, 31)
        wide = year_period(current.end.year) if year_end else current
        if found and first_in_article and current.start is not None and current.start == current.end:
            wide = Period(None, current.end)  # `1月20日,县长…作报告时,…`: a lead's day is as of when, not a day's flow
        if found and (headline or first_in_article or first_in_section):
            self._scope().anchor = wide
        if found and first_in_article:
            self.article.anchor = wide  # the article's lead dates the article, whatever section it opens
        if self.section is not None and not headline:
            self.section.opened = True
        if first_in_article and not self.article_named:
            self._lead_place(s)
        self.para_anchor = wide if found else self.para_anchor   # `年末…`: its sentence, not its paragraph
        if found and s.start == self.seg.paragraphs[s.paragraph][0] + (o.end() - s.start if o else 0) or (
                found and s.start == self.seg.paragraphs[s.paragraph][0]):
            self.para_year_end = year_end  # `年末共有…。…学校237所`: the paragraph's stocks are year-end levels
        self.sentence_anchor = current
        return pos

    def _lead_place(self, s: Sentence) -> None:
        """`本报讯 今年以来,梅河口市…`: the place an article's lead is about is the article's place — not the
        dateline's (`本报北京…电`), not where something happened (`在上海…举行`), not one of a list."""
        if self.article.place is GROUP:
            return  # a story about several unrelated places: its lead's is one of them, not the story's
        d = _DATELINE.match(self.text, s.start, s.end)
        body = d.end() if d else s.start
        for m in place_mentions(self.text, body, s.end):
            if m.kind in ("scope", "body", "china") or m.comparison:
                continue  # a national body in a lead says who acts, not what the story is about
            if not m.subject or _LEAD_NOT_SCOPE.search(self.text, max(body, m.start - 2), m.start) \
                    or not is_topic(self.text, m, body) or _OF_WHICH in self.text[body:m.start] \
                    or BREAKDOWN_ITEM.match(self.text, m.end):
                return  # `…增长9.8%。其中，乐清市增长10.5%`, `…1例(城厢区1例)`: a part's place is not the story's
            if self.text[m.end:m.end + 1] in _LIST_NEXT:
                return
            self.article.place = mention_place(m, [self.ctx.region])
            return

    def _region(self, m: Mention, s: Sentence, places: list, starts: list[int]) -> str | None:
        if m.place is not None:
            return m.place or None  # "": an item of a list by place that the gazetteer does not know
        scopes = self._scopes()
        named = named_in_clause(self.text, places, starts, s.start, m.start)
        if named is not None and named.kind == "scope":  # `该县`, `全市`: the place the paragraph is about, if any
            k = starts.index(named.start)
            before = places[k - 1] if k and places[k - 1].end == named.start and places[k - 1].kind == "place" \
                else None   # `广西全区`, `内蒙古全区`: the place written right before the scope word
            topic = before or self._paragraph_place(s, clause_start(self.text, s.start, m.start), anaphor=True)
            scopes = ([mention_place(topic, scopes)] if topic is not None else []) + scopes
        named = named or landed_place(self.text, places, starts, m.start, m.end, s.end)
        if named is not None and named.kind == "scope" and not any(scopes):
            a = self.seg.articles[s.article]   # a scope word in a report of no known place: the one it names
            return region_of(sole_division(self.text, a.start, a.end, named.scope))
        if named is not None:
            return region_of(mention_place(named, scopes))
        if self._group_figure(places, clause_start(self.text, s.start, m.start), m.start):
            return None  # `累计收到港澳台地区通报确诊病例33例`: a group's figure, whoever reports it
        opened = self._paragraph_place(s, clause_start(self.text, s.start, m.start)) or self._profiled_zone(s, m.start)
        if opened is not None:
            return region_of(mention_place(opened, scopes))
        for place in scopes:
            if place is not None:
                return region_of(place)
        return None

    def _group_figure(self, places: list, lo: int, pos: int) -> bool:
        """A group of places names the figure's subject (lo..pos): not where people come from (`来自…各地`) and not
        a whole written before it (`全国各地`, `全省各地`: the whole)."""
        wholes = {q.end for q in places if q.kind in ("national", "scope")}
        return any(p.kind == "group" and lo <= p.start < pos and p.start not in wholes
                   and not _FROM_PLACE.search(self.text, max(lo, p.start - 4), p.start) for p in places)

    def _profiled_zone(self, s: Sentence, pos: int):
        """`绵阳高新技术产业开发区位于四川省绵阳市…。` then `…园区内…开复工率达100%`: a paragraph that speaks of `园区`
        and names no place is about the zone the paragraph before opened with (its city, by the usual rules)."""
        para_start = self.seg.paragraphs[s.paragraph][0]
        if s.paragraph == 0 or _ZONE_ANAPHOR.search(self.text, para_start, pos) is None:
            return None
        lo, hi = self.seg.paragraphs[s.paragraph - 1]
        opening = [m for m in place_mentions(self.text, lo, min(hi, lo + _ZONE_OPENING))
                   if m.kind == "place" and m.subject and not m.comparison]
        first = next((i for i in range(lo, hi) if not self.text[i].isspace()), hi)
        if opening and opening[0].start == first and _ZONE_NAME.match(self.text, opening[0].end):
            return opening[0]
        return None

    def _paragraph_place(self, s: Sentence, pos: int, anaphor: bool = False):
        """The place the sentence or its paragraph is about, when the figure's own clause names none:
        `截至5月1日24时,31个省区市…现有确诊病例557例;累计治愈出院病例77685例` (the sentence's topic, across its
        `;`), the place the paragraph's opening sentence is about (`眉山高新区统筹推进…。截至目前,…新开工项目16个`,
        `在浙江安吉,…。全县…`), or the whole country an earlier sentence is about (`截至…,31个省区市…。新增…`).
        A place named in a later sentence is that sentence's: news sentences in a row are often about different
        places (`餐饮消费更显年味。…北京重点监测餐饮企业…。某外卖平台…`), unless the figure's clause refers back
        (`anaphor`: `这些年,靖安县…。2018年,该县生产总值…`)."""
        para_start = self.seg.paragraphs[s.paragraph][0]
        lo = max(para_start, s.start - _PARAGRAPH_REACH, pos - 2 * _PARAGRAPH_REACH)  # a run-on sentence: bounded
        mentions = [m for m in place_mentions(self.text, lo, pos) if m.kind != "scope" and m.subject
                    and not m.comparison and (m.kind != "china" or m.start >= s.start)]  # `中国…`: its sentence's
        topics: dict[int, list] = {}   # sentence start → its topic places, in order
        for k, m in enumerate(mentions):
            sentence_start = max(lo, max(self.text.rfind(c, lo, m.start) for c in _SENTENCE_MARKS) + 1)
            if is_topic(self.text, m, sentence_start) and not in_list(self.text, mentions, k) \
                    and not BREAKDOWN_ITEM.match(self.text, m.end) and self.text[m.start - 1] not in _LIST_NEXT:
                topics.setdefault(sentence_start, []).append(m)
        first = min(topics, default=para_start)  # after a byline or a sub-heading line, still the opening
        opening_start = first if not any(c in self.text[para_start:first] for c in _SENTENCE_ENDS) else para_start
        for start in sorted(topics, reverse=True):
            places = division_chain(topics[start])
            single = one_place(places)  # `甘肃省甘南藏族自治州夏河县`: a chain is one place, its last
            if start >= s.start or (single and (anaphor or start == opening_start or places[0].kind == "national")):
                return places[-1]
            opening = topics.get(opening_start)  # `2017年，上海…。虹桥机场…。…`: the same division again keeps it
            if opening and one_place(opening) and opening[-1].place == places[-1].place \
                    and opening[-1].kind == "place" and opening[-1].place.level in _DIVISIONS:
                return opening[-1]
            return None  # a place named mid-paragraph (`…。北京重点监测企业…。某平台…`) is its sentence's
        return None
