"""The year and place an article's headline (or a section's heading) sets for its scope (a Scope mixin of the
ScopeReader): an event's year is no figure's, a page credit names the paper, a list item is no scope, the world a
story serves is none, and the headline is read where it stands so the document's short county names count."""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import gazetteer
from .lexicon import lexicon
from .period_dates import year_period
from .periods import after_baseline_word, resolve, time_mentions
from .place_chains import chain_end
from .places import place_mentions
from .regions import BREAKDOWN_ITEM, GROUP, mention_place
from .undating_times import attributive_end

_LEX = lexicon()
_EVENT_DATE = _LEX.compile("event_date_after")
_PAGE_CREDIT = _LEX.compile("page_credit")
_COLUMN_TAG = _LEX.compile("column_tag")
_ON_CHINA = _LEX.compile("foreign_words_on_china")
_VENUE = _LEX.compile_at("event_venue")
_VENUE_BEFORE = frozenset(_LEX.words("lead_place_not_scope_before")[:2])  # 在, 于
_COMPARED = _LEX.compile("headline_compared_place")
_ZONE_AFTER = _LEX.compile_at("titled_zone_after_place")
_COMPARED_TIME = _LEX.compile("headline_compared_time")  # `天津开发区…`: the zone's story, not the city's  # `…增长15% 高出全国平均…`: a base, not the story's place


class HeadlineScopes:
    """Mixin of the ScopeReader: what a headline or heading line sets."""

    def _headline_scope(self, headline: str, base, at: int | None = None):
        """A headline's (or heading's) year and place; `named` says it named a place. An article's headline (at: where
        it stands in the text) names the document scope's counties by their short names too (`咸丰:…` in 恩施's paper)."""
        scope = type(base)(base.anchor, base.place, base.target)  # a fresh scope of the base's time and place
        times = time_mentions(headline, 0, len(headline))
        for i, tm in enumerate(times):
            if _EVENT_DATE.match(headline, tm.end) or attributive_end(headline, tm, len(headline)) is not None \
                    or after_baseline_word(headline, tm.start) or _COMPARED_TIME.search(headline, 0, tm.start):
                continue  # `…确定2029年在青岛召开`, `落实2030年可持续发展议程`: an event's year, not the figures';
                # a table's header `比上年增长(%)`: the base of its changes
            if self.ctx.session_year is not None and tm.match["y"] \
                    and resolve(tm, scope.anchor, self.ctx.published) == year_period(self.ctx.session_year):
                continue  # `2020年东宝区政府工作报告`: the session's year, not the year the report reviews
            if tm.match["y"] or tm.match["yrange"] or tm.match["ym"] or tm.match["relative"] or tm.match["plan"] \
                    or tm.match["ymdr"] or tm.match["mdr"] or tm.match["mend"] or tm.match["part"]:  # `(2024年4月8日—4月14日)`: a weekly
                # report's week; `我省外贸前5月增长15%`: the months so far
                scope.anchor = resolve(tm, scope.anchor, self.ctx.published) or scope.anchor
                scope.anchor = _part_within(times[i + 1:], tm.end, scope.anchor, self.ctx.published)
                break
        if (credit := _PAGE_CREDIT.search(headline)) is not None:
            headline = headline[:credit.start()]  # `…启幕 2015年10月19日 来源: 浙江在线-浙江日报`: the paper's name
        named = [m for m in self._headline_places(headline, at) if m.subject and m.kind not in ("scope", "body", "china")
                 and not BREAKDOWN_ITEM.match(headline, m.end)  # `2.包头市9例(…)`: an item of a list, no scope
                 and not (headline[m.start - 1:m.start] in _VENUE_BEFORE and _VENUE.match(headline, m.end))
                 and _COMPARED.search(headline, max(0, m.start - 2), m.start) is None]
        zoned = [m for m in named if _ZONE_AFTER.match(headline, m.end) is not None]
        if zoned and len(named) == len(zoned):  # `天津开发区上半年生产总值突破千亿`: the zone's story, no place's
            scope.place, scope.named = GROUP, True
            return scope
        # `…大会在西班牙举行`: where an event is held, not what the story's figures are about
        if (tag := _COLUMN_TAG.match(headline)) is not None and any(m.start >= tag.end() for m in named):
            named = [m for m in named if m.start >= tag.end()]  # `【世界快播报】江西…`: the portal's column, not a place
        specific = [m for m in named if m.kind != "group"]
        if named:  # the first specific place of the headline line nearest the body, else a group's none
            last_line = headline.rfind(" ") + 1
            nearest = [m for m in specific if m.start >= last_line] or specific
            first = chain_end(specific, specific.index(nearest[0]), headline) if nearest else named[-1]
            scope.place = mention_place(first, [base.place, self.ctx.region])
            if scope.place is not None and scope.place.level == "foreign" and _ON_CHINA.match(headline, first.end):
                scope.place = gazetteer().national  # `美国…涉华谎言与事实真相`: the speaker's; China's answer
            if scope.place is not None and scope.place.level == "world":
                scope.place = GROUP  # `携手全球抗疫`, `中国产品助力全球`: the world a story serves, not its figures'
            scope.named = True
        return scope

    def _headline_places(self, headline: str, at: int | None) -> list:
        """The places a headline names, read in the text where it stands (so with the document's short county names)
        when it is written there as it reads (its lines joined by spaces)."""
        end = at + len(headline) if at is not None else 0
        if at is None or self.text[at:end].replace("\n", " ") != headline:
            return place_mentions(headline)
        return [replace(m, start=m.start - at, end=m.end - at) for m in place_mentions(self.text, at, end)]


def _part_within(after: list, end: int, period, published):
    """`2020年第二季度…`: the part of the year written right after it (the quarter), else the year."""
    if not after or after[0].start != end:
        return period
    within = resolve(after[0], period, published)
    return within if within is not None and within.start and period.start and within.start >= period.start \
        and within.end and period.end and within.end <= period.end else period
