"""Resolution: mention + scopes → Fact (indicator, family, period, region, status, quote, offsets).

Scopes nest: document (its date, place and year: context.py) → article (its headline's year and place, or the
place its lead is about) → section (a numbered heading's year, place and plan status) → paragraph (a time
expression that opens it, a target list's introduction) → sentence → clause. Each field of a fact comes from the
innermost scope that settles it, else stays empty: a wrong place or year sends a number to the wrong chart.
A dateline (`本报北京5月3日电`) says where a story was filed, never what it measures. Every period is computed from
the report's date, never the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import regex

from .catalog import Catalog, Indicator
from .context import DocContext
from .fact import Fact
from .lexicon import lexicon
from .match import Mention
from .periods import (
    Period,
    TimeMention,
    default_period,
    is_attributive,
    over_base_year,
    period_at,
    resolve,
    time_mentions,
    week_ending,
    year_period,
)
from .places import Place, place_mentions
from .quantities import UNIT_KINDS, unit_name
from .regions import (
    GROUP,
    chain_end,
    clause_start,
    in_list,
    is_topic,
    mention_place,
    named_in_clause,
    one_place,
    region_of,
    stories,
    story_place,
)
from .sentences import Segmented, Sentence
from .status import ESTIMATE_HEADING, PLAN_HEADING, TARGET_ENUMERATION, figure_status
from .subjects import subject_is_narrative

_LEX = lexicon()
_SPACES = regex.compile(r"\s+")
_LOOKBACK = 240   # characters before a number that may hold its time, place and status words
_MAX_QUOTE = 400  # longer "sentences" (tables, run-on text) are quoted around the match
_OPENING = _LEX.compile(r"\s*{dateline_opening}?{attribution}?{comparison_opening}?{item_number}?\s*")
_DATELINE = _LEX.compile(r"\s*{dateline_opening}")
_MONEY_WORDS = _LEX.compile("money_subject")
_ABSTRACT = _LEX.compile("abstract_subject")
_HYPOTHETICAL = _LEX.compile("hypothetical")
_CONVERSION = _LEX.compile("conversion")
_EQUIVALENCE = _LEX.compile("equivalence")
_POLICY_STANDARD = _LEX.compile("policy_standard")
_ARTICLE_OF_LAW = _LEX.compile("article_of_law")
# after 相当于 a ratio is the fact (`R&D经费支出相当于地区生产总值的2.2%`): the units of ratios, from the lexicon
_RATIO_UNITS = frozenset(u for u, kind in UNIT_KINDS.items() if kind in ("percent", "permille", "point", "times"))
_STOCK = _LEX.compile("stock_cue")
_LEAD_NOT_SCOPE = _LEX.compile("(?:{lead_place_not_scope_before})$")
_LIST_NEXT = frozenset(_LEX.words("list_joiner"))
_CONTINUES = _LEX.compile("continuation")
_SINCE_NEW_YEAR = _LEX.compile("since_new_year")
_SENTENCE_MARKS = ("。", "!", "?", "！", "？", "\n")  # a kept line break ends a sentence too (`……\n这些年,`)
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"
_LIST_ITEM_GAP = _LEX.compile(r"\s?{list_joiner}")
# `乐清市16例`, `历城区(直办5620件`: an item, no topic (`夏河县发生5.7级地震` is one)
_BREAKDOWN_ITEM = regex.compile(r"\s?(?:[(（]\s?\p{Han}{0,3}|\p{Han}?)\s?\d")
_PARAGRAPH_REACH = 400  # characters of the paragraph before a sentence that may hold its place
_CLAUSE_END = regex.compile(r"[,，;；:：。！？!?]")
_DASH_ITEM = _LEX.compile(r"\s*{dash_item}")
_RESTATED = _LEX.compile(r"{time_restated}")
_THIS_IS = _LEX.compile("this_names_previous")
_NTH_AMOUNT = _LEX.compile("nth_amount")
_CURRENCIES = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "currency")
_MONEY_UNIT = unit_name(_LEX.words("default_currency")[0])
_IMPLICIT: dict[str, str] = _LEX.values("implicit_unit")


@dataclass(slots=True)
class _Draft:
    fact: Fact
    explicit: bool   # a time expression decided the period (not the report's default)
    headline: bool = False


@dataclass(slots=True)
class _Scope:
    anchor: Period
    place: Place | None = None
    target: bool = False
    opened: bool = False   # a sentence of its body has been read (its first one may set its time)
    named: bool = False    # its heading named its place
    estimated: str | None = None  # its heading estimates these (`收入预计和支出安排`: revenue, 收入)


def _implicit_unit(subject: str, after: str) -> str | None:
    """A scaled number without a unit: money after money words (`销售收入达3亿`), people after people words
    (`贫困人口减少1109万`), else none (no fact)."""
    if _MONEY_WORDS.search(subject + after):
        return _MONEY_UNIT
    head = next((w for w in _IMPLICIT if subject.endswith(w) or subject[:-2].endswith(w)), None)
    return _IMPLICIT[head] if head else None


def _iso(p: Period) -> tuple[str | None, str | None]:
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)


def _family_of(m: Mention, ind: Indicator | None) -> str | None:
    if ind is not None:
        return ind.family
    if m.kind == "change":
        return "growth_rate"
    if m.kind in ("level", "delta") and len(m.subject) >= 2 and not _ABSTRACT.search(m.subject):
        return "other"
    return None


class Resolver:
    """Turns the mentions of one document into facts, sentence by sentence, keeping the scopes in force."""

    def __init__(self, text: str, seg: Segmented, ctx: DocContext, catalog: Catalog, source: str, to_source):
        self.text, self.seg, self.ctx, self.catalog = text, seg, ctx, catalog
        self.source, self.to_source = source, to_source
        self.doc_anchor = self._document_anchor()
        self.article = _Scope(self.doc_anchor, ctx.region)
        self.section: _Scope | None = None
        self.top_section: _Scope | None = None
        self.article_index = self.section_index = self.paragraph = -1
        self.article_named = False   # the headline named the article's place
        self._stories: list[tuple[int, int, int]] | None = None  # per article: its story (regions.stories)
        self.para_anchor = self.sentence_anchor = self.doc_anchor
        self.para_target = False
        self.drafts: list[_Draft] = []
        self.last_fact_sentence = -2
        self._context_key, self._context_ids = -1, frozenset()
        # a national paper's scope (全国) is its national stories' place, not every story's
        self._national_paper = ctx.region is not None and ctx.region.level == "national" \
            and ctx.region_source == "publisher"

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

    def _headline_scope(self, headline: str, base: _Scope) -> _Scope:
        """A headline's (or heading's) year and place; `named` says it named a place."""
        scope = _Scope(base.anchor, base.place, base.target)
        for tm in time_mentions(headline, 0, len(headline)):
            if tm.match["y"] or tm.match["yrange"] or tm.match["ym"] or tm.match["relative"] or tm.match["plan"]:
                scope.anchor = resolve(tm, scope.anchor, self.ctx.published) or scope.anchor
                break
        named = [m for m in place_mentions(headline) if m.subject and m.kind != "scope"]
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
            self.article = self._headline_scope(a.headline, _Scope(self.doc_anchor, self.ctx.region))
            self.article_named = self.article.named
            if not self.article.named and self._national_paper:
                self.article.place = self._story_scope(s.article)
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

    def _story_scope(self, index: int) -> Place | None:
        """A national paper's article whose headline names no place: the place of its story (a sub-heading's
        story began at an earlier headline, which may name it)."""
        if self._stories is None:
            self._stories = stories(self.text, self.seg.articles)
        opener, start, end = self._stories[index]
        lead = self.seg.articles[opener]
        if opener != index:
            head = self._headline_scope(lead.headline, _Scope(self.doc_anchor, self.ctx.region))
            if head.named:
                return head.place
        # the opening article's own text first: the whole story brings the places of its side stories
        return story_place(self.text, lead.start, lead.end) or story_place(self.text, start, end) \
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
        scope = self._headline_scope(heading, _Scope(self.article.anchor, base.place)) if len(years) <= 1 \
            else _Scope(self.article.anchor, base.place, opened=True)  # `2019年和今年以来`: no one time
        if len(years) == 0 and self.section is not None and self.ctx.kind == "work-report":
            scope.anchor = self.section.anchor
        plan = PLAN_HEADING.search(heading) is not None
        estimated = ESTIMATE_HEADING.search(heading)
        scope.estimated = estimated["what"] if estimated else None
        if parent is not None and len(years) == 0:
            scope.anchor = parent.anchor
        scope.target = plan or (parent is not None and parent.target) or (
            self.section is not None and self.section.target and self.ctx.kind == "work-report")
        if plan and scope.anchor == self.article.anchor and self.ctx.published:
            scope.anchor = year_period(self.ctx.published.year)  # a plan with no year is this year's
        self.section, self.section_index = scope, index
        if section.level == 1:
            self.top_section = scope

    def _scope(self) -> _Scope:
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
        found = False
        for tm in times:
            if tm.start < pos:
                continue
            if tm.start - pos > 2 and not _RESTATED.fullmatch(self.text, pos, tm.start):
                break
            if is_attributive(self.text, tm, s.end):
                continue  # `按照上年不变价计算，前三季度…`: a price base, not the sentence's time
            p = resolve(tm, current, self.ctx.published)
            if p is None or (headline and tm.match["ymd"] and p.end == self.ctx.published):
                break  # the masthead's date is when the page came out, not what it reports on
            current, pos, found = p, tm.end, True
        first_in_section = self.section is not None and not self.section.opened
        # a level as of a day (`2015年末…`) dates its paragraph; the article or section it opens is that year
        year_end = found and current.start is None and current.end is not None and (current.end.month, current.end.day) == (12, 31)
        wide = year_period(current.end.year) if year_end else current
        if found and (headline or first_in_article or first_in_section):
            self._scope().anchor = wide
        if found and first_in_article:
            self.article.anchor = wide  # the article's lead dates the article, whatever section it opens
        if self.section is not None and not headline:
            self.section.opened = True
        if first_in_article and not self.article_named:
            self._lead_place(s)
        self.para_anchor = wide if found else self.para_anchor   # `年末…`: its sentence, not its paragraph
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
            if m.kind == "scope" or m.comparison:
                continue
            if not m.subject or _LEAD_NOT_SCOPE.search(self.text, max(body, m.start - 2), m.start) \
                    or not is_topic(self.text, m, body):
                return
            if self.text[m.end:m.end + 1] in _LIST_NEXT:
                return
            self.article.place = mention_place(m, [self.ctx.region])
            return

    # --- figures ----------------------------------------------------------------------------------------

    def _context(self, s: Sentence) -> frozenset[str]:
        """The context-bound indicators that the paragraph's and headline's words allow (cached per paragraph)."""
        if self._context_key != s.paragraph:
            para = self.seg.paragraphs[s.paragraph]
            self._context_key = s.paragraph
            self._context_ids = self.catalog.context_hits(
                self.text[para[0]:para[1]] + " " + self.seg.articles[s.article].headline)
        return self._context_ids

    def _quote(self, start: int, end: int) -> str:
        a, b = self.to_source[start], self.to_source[end - 1] + 1
        return _SPACES.sub("", self.source[a:b])

    def _region(self, m: Mention, s: Sentence, places: list, starts: list[int]) -> str | None:
        if m.place:
            return m.place
        scopes = self._scopes()
        named = named_in_clause(self.text, places, starts, s.start, m.start)
        if named is not None and named.kind == "scope":  # `该县`, `全市`: the place the paragraph is about, if any
            topic = self._paragraph_place(s, clause_start(self.text, s.start, m.start), anaphor=True)
            scopes = ([mention_place(topic, scopes)] if topic is not None else []) + scopes
        if named is not None:
            return region_of(mention_place(named, scopes))
        opened = self._paragraph_place(s, clause_start(self.text, s.start, m.start))
        if opened is not None:
            return region_of(mention_place(opened, scopes))
        for place in scopes:
            if place is not None:
                return region_of(place)
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
        mentions = [m for m in place_mentions(self.text, lo, pos)
                    if m.kind != "scope" and m.subject and not m.comparison]
        topics: dict[int, list] = {}   # sentence start → its topic places, in order
        for k, m in enumerate(mentions):
            sentence_start = max(lo, max(self.text.rfind(c, lo, m.start) for c in _SENTENCE_MARKS) + 1)
            if is_topic(self.text, m, sentence_start) and not in_list(self.text, mentions, k) \
                    and not _BREAKDOWN_ITEM.match(self.text, m.end):
                topics.setdefault(sentence_start, []).append(m)
        for start in sorted(topics, reverse=True):
            places = topics[start]
            single = one_place(places)  # `甘肃省甘南藏族自治州夏河县`: a chain is one place, its last
            if start >= s.start or (single and (anaphor or start == para_start or places[0].kind == "national")):
                return places[-1]
            return None  # a place named mid-paragraph (`…。北京重点监测企业…。某平台…`) is its sentence's
        return None

    def _abstains(self, m: Mention, s: Sentence, clause: int) -> bool:
        """A hypothetical (`每增长1个百分点`), a conversion (`(1英镑约合8.7元)`), an equivalence
        (`相当于60多家医院`), a policy's rate (`每亩补助1200元`) or a number in a title (`《关于…3年行动计划》`)
        is no fact."""
        if _HYPOTHETICAL.search(self.text, clause, m.start) or _POLICY_STANDARD.search(self.text, clause, m.start):
            return True
        if m.unit not in _RATIO_UNITS and _EQUIVALENCE.search(self.text, clause, m.start):
            return True
        if _ARTICLE_OF_LAW.search(self.text, max(clause, m.start - 8), m.end):
            return True  # `基本法23条`: an article's number
        lo = max(s.start, m.start - _LOOKBACK)
        if self.text.rfind(_TITLE_OPEN, lo, m.start) > self.text.rfind(_TITLE_CLOSE, lo, m.start):
            return True
        paren = self.text.rfind("(", max(s.start, m.start - 40), m.start)
        return paren != -1 and self.text.find(")", paren, m.start) == -1 and bool(
            _CONVERSION.search(self.text, paren, min(s.end, m.end + 20)))

    def add_sentence(self, index: int, s: Sentence, mentions: list[Mention], times: list[TimeMention],
                     first_in_article: bool = False,
                     previous: tuple[Sentence, list[TimeMention]] | None = None) -> None:
        """Resolve the mentions of sentence number `index` (sentences must come in text order; sentences
        with neither numbers nor an opening time expression may be skipped)."""
        self._enter(s)
        after_opening = self._opening_time(s, times, first_in_article, previous)
        if TARGET_ENUMERATION.search(self.text, s.start, s.end) and not mentions:
            self.para_target = True
        if not mentions:
            if self.last_fact_sentence == index - 1:
                self._maybe_rename(s)
            return
        count = len(self.drafts)
        places = place_mentions(self.text, s.start, s.end)
        starts = [p.start for p in places]
        context = self._context(s)
        whole_quote = self._quote(s.start, s.end) if s.end - s.start <= _MAX_QUOTE else None
        enumeration = TARGET_ENUMERATION.search(self.text, s.start, s.end)
        item_start = after_opening
        for m in mentions:
            self._add(m, s, places, starts, context, whole_quote, item_start, times,
                      self.para_target or (enumeration is not None and enumeration.end() <= m.start))
            # `上年结转收入180.04亿元、抗疫特别国债收入10000亿元`: a time inside one list item is not the next one's
            if _LIST_ITEM_GAP.match(self.text, m.end):
                item_start = max(item_start, m.end)
        if enumeration is not None:
            self.para_target = True
        if len(self.drafts) > count:
            self.last_fact_sentence = index

    def _add(self, m: Mention, s: Sentence, places, starts, context, whole_quote, after_opening, times,
             enumerated: bool) -> None:
        clause = clause_start(self.text, s.start, m.start)
        if self._abstains(m, s, clause):
            return
        ind = self.catalog.classify(m.kind, m.subject, m.unit, context, m.part, self.ctx.kind)
        unit = m.unit
        if unit is None:
            unit = _implicit_unit(m.subject, self.text[m.end:m.end + 6])
            if unit is None:
                return
            ind = self.catalog.classify(m.kind, m.subject, unit, context, m.part, self.ctx.kind)
        family = _family_of(m, ind)
        if family is None:
            return
        period, explicit = period_at(self.text, max(s.start, after_opening, m.start - _LOOKBACK), m.start,
                                     self.sentence_anchor, self.ctx.published,
                                     skip_baselines=m.kind in ("change", "delta"), mentions=times)
        own = next((tm for tm in times if tm.start == m.time), None) if m.time is not None else None
        if own is not None and (p := resolve(own, self.sentence_anchor, self.ctx.published)) is not None:
            period, explicit = p, True  # `一季度、二季度、三季度…分别为…`: each figure its own time
        year_end = period.start is None and period.end is not None and (period.end.month, period.end.day) == (12, 31)
        if m.kind in ("change", "delta") and period.end and (year_end or _SINCE_NEW_YEAR.search(
                self.text, max(s.start, m.start - 12), m.start + 6)):
            # `比年初增长16.9%`, `年末…比上年末下降0.91%`: a change covers the year up to its day
            period = Period(date(period.end.year, 1, 1), period.end)
        if m.kind == "change":
            period = over_base_year(self.text, clause, m.end, period)
        explicit = explicit or period != self.doc_anchor
        if ind is not None and ind.period == "week" and not explicit and self.ctx.published:
            period = week_ending(self.ctx.published)
        if period.start is not None and period.start == period.end and _STOCK.search(m.subject):
            period = Period(None, period.end)  # `累计确诊` under a day's heading: the level that day
        subject = self._subject(m, ind)
        reach = min(s.end, m.end + _LOOKBACK)  # a run-on sentence: the clause's end is searched nearby only
        clause_end = _CLAUSE_END.search(self.text, m.end, reach)
        status = figure_status(self.text, s.start, m.start, m.end, m.qualifier, period, self.ctx.published,
                               self._scope().target or enumerated, clause,
                               clause_end.start() if clause_end else reach)
        estimated = self._scope().estimated
        if estimated and status != "estimate" and estimated in m.subject:
            status = "estimate"  # `收入预计和支出安排`: the revenue is estimated, the spending planned
        if status == "target" and period.end and (period.start is None or (
                period.start.month == 1 and period.start.day == 1 and period.start.year == period.end.year)):
            period = year_period(period.end.year)  # a target is for the whole year
        value = m.value * m.sign
        high = m.value_high * m.sign if m.value_high is not None else None
        if high is not None and high < value:
            value, high = high, value
        quote = whole_quote or self._quote(max(s.start, m.start - _MAX_QUOTE // 2), min(s.end, m.end + _MAX_QUOTE // 2))
        ps, pe = _iso(period)
        fact = Fact(doc=self.ctx.name, published=self.ctx.published_iso, family=family,
                    indicator=ind.id if ind else None, subject=subject, region=self._region(m, s, places, starts),
                    period_start=ps, period_end=pe, value=value, value_high=high, unit=unit,
                    qualifier=m.qualifier, status=status, quote=quote,
                    start=self.to_source[m.start], end=self.to_source[m.end - 1] + 1, rule=m.rule)
        headline = self.seg.paragraphs[s.paragraph][0] in self.seg.headline_starts
        self.drafts.append(_Draft(fact, explicit, headline))

    def _subject(self, m: Mention, ind: Indicator | None) -> str:
        subject = m.subject
        if ind is not None:
            for _ in range(3 if ind.strip else 0):  # `咨询类占` → 咨询类 → 咨询
                subject = ind.strip.sub("", subject)
            subject = ind.subject_template.format(subject=subject or ind.name_zh)
        return subject

    def _maybe_rename(self, s: Sentence) -> None:
        """`这是…的第一笔奖励资金。` names what the single amount of the previous sentence was."""
        m = _THIS_IS.match(self.text, s.start, s.end)
        if not m or not self.drafts:
            return
        last = self.drafts[-1]
        if (len(self.drafts) > 1 and self.drafts[-2].fact.quote == last.fact.quote) \
                or last.fact.unit not in _CURRENCIES:
            return  # only a sentence with a single amount is named by the next one
        para = self.seg.paragraphs[s.paragraph]
        context = self.text[para[0]:para[1]] + " " + self.seg.articles[s.article].headline
        noun = _NTH_AMOUNT.sub("", m["noun"])
        ind = self.catalog.classify("level", noun, last.fact.unit, self.catalog.context_hits(context))
        renamed = {"subject": noun} | ({"indicator": ind.id, "family": ind.family} if ind is not None else {})
        last.fact = replace(last.fact, **renamed)

    def facts(self) -> list[Fact]:
        """The facts, without repeats (a headline restating the body counts once)."""
        out: list[Fact] = []
        heads: list[bool] = []
        seen: dict[tuple, int] = {}
        for d in self.drafts:
            f = d.fact
            if not f.subject and not f.indicator:
                continue  # `同比增长5%。` on its own: a number that says nothing about what it measures
            if f.family == "other" and subject_is_narrative(f.subject):
                continue  # a piece of narrative, not the name of a measure (decided after renaming)
            key = (f.family, f.indicator or f.subject, f.value, f.unit, f.status)
            if key in seen and heads[seen[key]] and not d.headline:
                out[seen[key]], heads[seen[key]] = f, False  # the body's own figure, not the headline's
                continue
            if f.indicator and key in seen:
                other = out[seen[key]]
                same_time = other.period_end == f.period_end and other.region == f.region
                if other.quote != f.quote and (same_time or not d.explicit):
                    continue  # a headline or summary restating a figure of the body
            exact = key + (f.period_end, f.subject, f.region)
            if exact in seen:
                continue
            seen.setdefault(key, len(out))
            seen[exact] = len(out)
            out.append(f)
            heads.append(d.headline)
        return out
