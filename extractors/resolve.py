"""Resolution: mention + document context → Fact (indicator, family, period, region, status, quote, offsets).

Time and place follow the article: a date or year that opens a sentence (`7月4日0—24时,`, `一、2020年工作回顾`,
a dateline after `本报讯(…)`) holds for the rest of the article; expressions inside a sentence hold for the
numbers after them in that sentence. Every period is computed from the report's date, never the clock.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

import regex

from .catalog import Catalog, Indicator
from .context import DocContext
from .fact import Fact
from .lexicon import lexicon
from .match import Mention
from .periods import Period, TimeMention, default_period, period_at, resolve, time_mentions, week_ending
from .regions import find_regions, region_spans
from .sentences import Segmented, Sentence

_SPACES = regex.compile(r"\s+")
_LOOKBACK = 240   # characters before a number that may hold its time, place and status words
_MAX_QUOTE = 400  # longer "sentences" (tables, run-on text) are quoted around the match
_OPENING = lexicon().compile(r"\s*{dateline_opening}?{item_number}?\s*")
_TARGET_BEFORE = regex.compile(
    r"预期目标|预期|(?:报告|规划|会议|纲要)提出|目标(?:是|为|值|[:：])|目标(?=[,，]?\s*(?:增长|达到|实现|突破|超过))"
    r"|力争|计划(?=完成|实现|达到|新增|投资|建设|开工|实施|发行|在|于|到|用|\d)|拟|确保(?!完成)|要求达到")
_TARGET_AFTER = regex.compile(r"[”\"]?\p{Han}{0,4}目标")
_ESTIMATE = regex.compile(r"预计|预估|估计")
_ACTUAL_RESET = regex.compile(r"实际完成|完成了?(?:年度|全年)?目标")
_MONEY_WORDS = regex.compile(r"业绩|产值|收入|销售|营业额|金额|资金|投资|利润|税|营收|总额|生产总值|GDP|消费|贸易|进出口|债")
_ABSTRACT = regex.compile(r"\d岁|方面|问题|环节|举措|措施|要求|原则|意识|自信|维护|确立|坚持|排名|位次|名次|等次|批次|步骤|"
                          r"板块|阶段|作风|机制|体系|理念|战略|活动|课题|层级|年龄|周年|^\p{Han}?$")
_AT = set("在于赴到从自")
_LIST_NEXT = set("、和及与")
_CONTINUES = regex.compile(r"同时|此外|另外|与此同时|而且|并且|其中")
_THIS_IS = regex.compile(r"\s*这(?:是|笔|些)\p{Han}[^。！？]*?(?:的|笔)(?P<noun>\p{Han}{2,8})[。！!]?\s*$")


@dataclass(slots=True)
class _Draft:
    fact: Fact
    explicit: bool   # a time expression decided the period (not the report's default year)


def _status(text: str, sentence: Sentence, m: Mention, period: Period, published) -> str:
    """actual, target or estimate: cue words before the number in its sentence (预计, 预期目标, 力争, 拟 …),
    `…目标` right after it, or a period that has not begun yet."""
    before = text[max(sentence.start, m.start - _LOOKBACK):m.start]
    reset = None
    for r in _ACTUAL_RESET.finditer(before):
        reset = r.end()
    scope = before[reset:] if reset is not None else before
    if _ESTIMATE.search(scope):
        return "estimate"
    if _TARGET_BEFORE.search(scope) or _TARGET_AFTER.match(text, m.end, min(len(text), m.end + 8)):
        return "target"
    if published and period.start and period.start > published:
        return "target"  # a period that has not begun yet (明年, 2025年 in a 2024 report)
    return "actual"


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
    """Turns the mentions of one document into facts, sentence by sentence, keeping the article anchors."""

    def __init__(self, text: str, seg: Segmented, ctx: DocContext, catalog: Catalog, source: str, to_source):
        self.text, self.seg, self.ctx, self.catalog = text, seg, ctx, catalog
        self.source, self.to_source = source, to_source
        self.anchor = default_period(ctx.published)
        self.article = -1
        self.article_region: str | None = None
        self.drafts: list[_Draft] = []
        self.last_fact_sentence = -2
        self.paragraph = -1
        self.para_anchor = self.anchor
        self.sentence_anchor = self.anchor
        self._context_key, self._context_ids = -1, frozenset()

    def _enter(self, s: Sentence) -> None:
        if s.article != self.article:
            self.article = s.article
            self.anchor = default_period(self.ctx.published)
            a = self.seg.articles[s.article]
            first = find_regions(a.headline, 0, len(a.headline), self.ctx.city, self.ctx.province)
            self.article_region = first[-1][1] if first else None  # the headline line nearest the body
            # `长春市2022年国民经济和社会发展统计公报`: a year in the headline is the article's year
            for tm in time_mentions(a.headline, 0, len(a.headline)):
                if tm.match["y"] or tm.match["yrange"]:
                    self.anchor = resolve(tm, self.anchor, self.ctx.published) or self.anchor
                    break
        if s.paragraph != self.paragraph:
            self.paragraph = s.paragraph
            self.para_anchor = self.anchor

    def _opening_time(self, s: Sentence, times: list[TimeMention], first_in_article: bool,
                      previous: tuple[Sentence, list[TimeMention]] | None) -> int:
        """Apply a time expression that opens the sentence; return where it ended.

        In a headline or an article's first sentence (its dateline) it holds for the whole article, else for
        the rest of the paragraph. A sentence opening with `同时`/`此外` continues the previous one's time.
        """
        o = _OPENING.match(self.text, s.start, s.end)
        pos = o.end() if o else s.start
        headline = self.seg.paragraphs[s.paragraph][0] in self.seg.headline_starts
        current = self.para_anchor
        if previous and previous[0].paragraph == s.paragraph and _CONTINUES.match(self.text, pos):
            current, _ = period_at(self.text, previous[0].start, previous[0].end, self.para_anchor,
                                   self.ctx.published, mentions=previous[1])
        found = False
        for tm in times:
            if tm.start < pos:
                continue
            if tm.start - pos > 2:
                break
            p = resolve(tm, current, self.ctx.published)
            if p is None or (headline and tm.match["ymd"] and p.end == self.ctx.published):
                break  # the masthead's date is when the page came out, not what it reports on
            current, pos, found = p, tm.end, True
        if found and (headline or first_in_article):
            self.anchor = current
        if first_in_article and self.article_region is None:
            # `本报讯 今年以来,梅河口市…`: the place the lead names is the article's place
            # the first place the lead names, unless `在上海…举行` (where, not whom) or a list (`长春、吉林两市`)
            named = region_spans(self.text, s.start, s.end, None, None)
            if named and self.text[named[0][0] - 1:named[0][0]] not in _AT:
                after = self.text[named[0][1]:named[0][1] + 1]
                self.article_region = named[0][2] if after not in _LIST_NEXT else None
        self.para_anchor = current if found else self.para_anchor
        self.sentence_anchor = current
        return pos

    def _enclosed(self, pos: int, before: int) -> bool:
        """The place at pos sits inside a parenthesis that closes before `before`."""
        lo = max(0, pos - _LOOKBACK)  # bounded: a scan back to the text's start per figure is quadratic
        return (self.text.find(")", pos, before) != -1
                and self.text.rfind("(", lo, pos) > self.text.rfind(")", lo, pos))

    def _clause_start(self, s: Sentence, pos: int) -> int:
        """Where the place words that may govern pos begin: after the last `;` of the sentence."""
        lo = max(s.start, pos - _LOOKBACK)
        cut = max(self.text.rfind(";", lo, pos), self.text.rfind("；", lo, pos))
        return cut + 1 if cut >= 0 else lo

    def _status(self, s: Sentence, m: Mention, period: Period) -> str:
        return _status(self.text, s, m, period, self.ctx.published)

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

    def add_sentence(self, index: int, s: Sentence, mentions: list[Mention], times: list[TimeMention],
                     first_in_article: bool = False,
                     previous: tuple[Sentence, list[TimeMention]] | None = None) -> None:
        """Resolve the mentions of sentence number `index` (sentences must come in text order; sentences
        with neither numbers nor an opening time expression may be skipped)."""
        self._enter(s)
        after_opening = self._opening_time(s, times, first_in_article, previous)
        if not mentions:
            if self.last_fact_sentence == index - 1:
                self._maybe_rename(s)
            return
        count = len(self.drafts)
        places = find_regions(self.text, s.start, s.end, self.ctx.city, self.ctx.province)
        place_pos = [pos for pos, _ in places]
        context = self._context(s)
        whole_quote = self._quote(s.start, s.end) if s.end - s.start <= _MAX_QUOTE else None
        for m in mentions:
            quote = whole_quote or self._quote(max(s.start, m.start - _MAX_QUOTE // 2),
                                               min(s.end, m.end + _MAX_QUOTE // 2))
            ind = self.catalog.classify(m.kind, m.subject, m.unit, context, m.part)
            unit = m.unit
            if unit is None:
                if not _MONEY_WORDS.search(m.subject + self.text[m.end:m.end + 6]):
                    continue
                unit = "CNY"
                ind = self.catalog.classify(m.kind, m.subject, unit, context, m.part)
            family = _family_of(m, ind)
            if family is None:
                continue
            period, explicit = period_at(self.text, max(s.start, after_opening, m.start - _LOOKBACK), m.start,
                                         self.sentence_anchor, self.ctx.published,
                                         skip_baselines=m.kind in ("change", "delta"), mentions=times)
            explicit = explicit or period != default_period(self.ctx.published)
            if ind is not None and ind.period == "week" and not explicit and self.ctx.published:
                period = week_ending(self.ctx.published)
            subject = m.subject
            if ind is not None:
                for _ in range(3 if ind.strip else 0):  # `咨询类占` → 咨询类 → 咨询
                    subject = ind.strip.sub("", subject)
                subject = ind.subject_template.format(subject=subject or ind.name_zh)
            k = bisect_left(place_pos, m.start) - 1
            while k >= 0 and self._enclosed(places[k][0], m.start):
                k -= 1  # `(长春市1例、吉林市1例),新增无症状感染者5例`: a breakdown's places end with it
            named_here = places[k][1] if k >= 0 and places[k][0] >= self._clause_start(s, m.start) else None
            region = m.place or named_here or self.article_region or self.ctx.city
            start, end = self.to_source[m.start], self.to_source[m.end - 1] + 1
            status = self._status(s, m, period)
            if status == "target" and period.start and period.end and period.start.month == 1 \
                    and period.start.day == 1 and period.start.year == period.end.year:
                period = Period(period.start, date(period.start.year, 12, 31))  # a target is for the whole year
            ps, pe = _iso(period)
            value = m.value * m.sign
            high = m.value_high * m.sign if m.value_high is not None else None
            if high is not None and high < value:
                value, high = high, value
            fact = Fact(doc=self.ctx.name, published=self.ctx.published_iso, family=family,
                        indicator=ind.id if ind else None, subject=subject, region=region,
                        period_start=ps, period_end=pe, value=value, value_high=high, unit=unit,
                        qualifier=m.qualifier, status=status, quote=quote,
                        start=start, end=end, rule=m.rule)
            self.drafts.append(_Draft(fact, explicit))
        if len(self.drafts) > count:
            self.last_fact_sentence = index

    def _maybe_rename(self, s: Sentence) -> None:
        """`这是…的第一笔奖励资金。` names what the single amount of the previous sentence was."""
        m = _THIS_IS.match(self.text, s.start, s.end)
        if not m or not self.drafts:
            return
        last = self.drafts[-1]
        if (len(self.drafts) > 1 and self.drafts[-2].fact.quote == last.fact.quote) \
                or last.fact.unit not in ("CNY", "USD"):
            return  # only a sentence with a single amount is named by the next one
        para = self.seg.paragraphs[s.paragraph]
        context = self.text[para[0]:para[1]] + " " + self.seg.articles[s.article].headline
        noun = regex.sub(r"^第[一二三四五六七八九十]+笔", "", m["noun"])
        ind = self.catalog.classify("level", noun, last.fact.unit, self.catalog.context_hits(context))
        renamed = {"subject": noun} | ({"indicator": ind.id, "family": ind.family} if ind is not None else {})
        last.fact = replace(last.fact, **renamed)

    def facts(self) -> list[Fact]:
        """The facts, without repeats (a headline restating the body counts once)."""
        out: list[Fact] = []
        seen: dict[tuple, int] = {}
        for d in self.drafts:
            f = d.fact
            if not f.subject and not f.indicator:
                continue  # `同比增长5%。` on its own: a number that says nothing about what it measures
            key = (f.family, f.indicator or f.subject, f.value, f.unit, f.status)
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
        return out
