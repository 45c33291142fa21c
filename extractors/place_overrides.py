"""The checks that take a figure out of the place in force: a zone named after a county outside the city, a zone
the gazetteer does not know opening a listed clause, an unnamed or a foreign firm, an international body, the zone the paragraph before profiled, an example opening a national feature's part, the central funds of a story of many places, and the division where a national scope's figure happens (mixed into
scope_places.ScopePlaces)."""

from __future__ import annotations

from .firm_figures import firm_actor
from .gazetteer import gazetteer
from .landed_places import allotted_place
from .lexicon import lexicon
from .macro_regions import central_funds_before
from .park_zones import is_park
from .place_chains import _ancestry
from .place_labels import foreign_firm
from .place_words import county_short_names
from .places import place_mentions
from .regions import GROUP
from .sentences import Sentence
from .story_places import stories

_LEX = lexicon()
_ZONE_ANAPHOR = _LEX.compile("zone_anaphor")
_ZONE_NAME = _LEX.compile("zone_name_tail")
_ANONYMOUS_FIRM = _LEX.compile("anonymous_firm")
_ONE_VILLAGE = _LEX.compile_at("one_village_opening")
_INTERNATIONAL_BODY = _LEX.compile("international_body")
_NOT_SUBJECT_BEFORE = _LEX.words("place_not_subject_before")
_NOT_SUBJECT_REACH = max(len(w) for w in _NOT_SUBJECT_BEFORE)
_ZONE_OPENING = 40   # characters: a zone's profile names its place at the very start of its paragraph
_ZONE_KIND = _LEX.compile("zone_kind")
_ZONE_ITEM = _LEX.compile_at("zone_item_opening")
_SYSTEM_REPORT = _LEX.compile_at("system_report_after")
_CLAUSE_CUTS = (";", "；")
_ZONE_NAME_REACH = 8   # characters before a zone's kind word where the county it is named after may stand
_SHORT_NAME_SIZES = (2, 3, 4)
_NAME_RUN = _LEX.compile(r"\p{Han}+")  # a zone's name: no mark between its county and its kind word
_WHERE_IT_HAPPENED = _LEX.compile("where_it_happened")
_AT = _LEX.words("lead_place_not_scope_before")[0]  # 在
_ACTIVITY_AT = _LEX.compile("(?:{activity_place_before})$")
_EVENT_VENUE = _LEX.compile_at("event_venue")
_CUE_REACH = 3   # characters of a word before a place that says the activity happens there
COMMA_CLAUSE_ENDS = (",", "，", ";", "；", "。")
DIVISIONS = ("province", "city", "county")  # China's: a foreign topic named again is often a new story
CLAUSE_REACH = 240  # characters before a figure its comma clause is looked for in


class PlaceOverrides:
    """What in a figure's clause or paragraph makes the place in force not the figure's (text, seg: ScopeReader's)."""

    def _zone_elsewhere(self, s: Sentence, pos: int, scopes: list) -> bool:
        """A zone in the figure's sentence named after a county (by its short name, which names no place
        alone: `梅河口经济开发区`, written with no mark between them) that lies outside the innermost division in force
        (the paper's city)."""
        home = next((p for p in scopes if p is not None and p.level in DIVISIONS), None)
        if home is None:
            return False
        lo = max(s.start, pos - CLAUSE_REACH)
        g, shorts = gazetteer(), county_short_names()
        for zone in _ZONE_KIND.finditer(self.text, lo, pos):
            for i in range(max(lo, zone.start() - _ZONE_NAME_REACH), zone.start()):
                for size in _SHORT_NAME_SIZES:
                    if _NAME_RUN.fullmatch(self.text, i, zone.start()) is None:
                        continue  # `乡村振兴贷、绿色园区贷`: a short name in another list item names no zone
                    county = g.named(shorts.get(self.text[i:i + size], ""))
                    if county is not None and home.name not in _ancestry(g, county):
                        return True
        return False

    def _unknown_zone_item(self, s: Sentence, lo: int, pos: int) -> bool:
        """`渝中区接待…;万盛经开区接待53.13万人次`: the figure's clause after `;` (from lo) opens with a zone's own name
        the gazetteer does not know: the figure is that zone's, not the place the sentence opened with."""
        if lo <= s.start or self.text[lo - 1] not in _CLAUSE_CUTS:
            return False
        zone = _ZONE_ITEM.match(self.text, lo)
        return zone is not None and zone.end() <= pos and not place_mentions(self.text, lo, zone.end())

    def _anonymous_firms(self, s: Sentence, pos: int) -> bool:
        """An unnamed firm (`某外卖平台`) in the figure's comma clause is what the figure measures."""
        reach = max(s.start, pos - CLAUSE_REACH)  # a run-on sentence: the clause is looked for nearby only
        lo = max(reach, max(self.text.rfind(c, reach, pos) for c in COMMA_CLAUSE_ENDS) + 1)
        return _ANONYMOUS_FIRM.search(self.text, lo, pos) is not None

    def _one_village(self, s: Sentence, pos: int) -> bool:
        """A clause of the figure's sentence before it opens with the story's one village (`村里新建了36处…`, `那是村集体
        投资400万元…`): the village's figure, not the story's city (`one_village_opening`)."""
        lo = max(s.start, pos - CLAUSE_REACH)
        opens = [lo] + [i + 1 for i in range(lo, pos) if self.text[i] in COMMA_CLAUSE_ENDS]
        return any(_ONE_VILLAGE.match(self.text, at, pos) is not None for at in opens)

    def _anonymous_firm_after(self, s: Sentence, place_end: int, pos: int) -> bool:
        """An unnamed firm (`一家纺织厂`, `某外卖平台`) in the figure's comma clause, after the clause that names the
        place: the place only sets the scene (`在河南商丘，…，一家纺织厂综合生产力提高了25%`)."""
        reach = max(s.start, pos - CLAUSE_REACH)
        lo = max(reach, max(self.text.rfind(c, reach, pos) for c in COMMA_CLAUSE_ENDS) + 1)
        return place_end <= lo and _ANONYMOUS_FIRM.search(self.text, lo, pos) is not None

    def _firm_story(self, s: Sentence) -> bool:
        """The article's headline opens with one firm as its actor (`某银行积极发挥金融服务作用`): a firm's own story,
        whose figures are the firm's, not a place its other paragraphs name (only a figure's own clause names one)."""
        opener = stories(self.text, self.seg.articles)[s.article][0]  # a sub-heading's story is its opener's
        headline = self.seg.articles[opener].headline.strip()
        actor = firm_actor(headline, 0) if headline else None
        return actor is not None and _SYSTEM_REPORT.match(headline, actor[1]) is None  # `最高人民法院工作报告`

    def _international_body(self, s: Sentence, pos: int) -> bool:
        """An international body the sentence speaks of before the figure, not as a recipient or partner
        (`向世卫组织捐助`, `与联合国合作`: the giver's figure)."""
        for body in _INTERNATIONAL_BODY.finditer(self.text, max(s.start, pos - CLAUSE_REACH), pos):
            before = self.text[max(0, body.start() - _NOT_SUBJECT_REACH):body.start()]
            if not any(before.endswith(w) for w in _NOT_SUBJECT_BEFORE):
                return True
        return False

    def _foreign_firm(self, places: list, pos: int) -> bool:
        """A foreign firm (`日本某集团全球销量`) in the figure's comma clause owns the figure: neither its home country
        nor the paper's or story's place is where it is, unless the clause says where in China it works
        (`在华工厂`, `在苏州新建的工厂`: that place's, as before)."""
        lo = max(0, pos - CLAUSE_REACH)
        lo = max(lo, max(self.text.rfind(c, lo, pos) for c in COMMA_CLAUSE_ENDS) + 1)
        firms = [p.end for p in places if lo <= p.start < pos and foreign_firm(self.text, p)]
        return bool(firms) and not any(firms[0] <= p.start < pos and p.place is not None and p.place.level not in ("foreign", "world")
                                       for p in places)

    def _profiled_zone(self, s: Sentence, pos: int):
        """`绵阳高新技术产业开发区位于四川省绵阳市…。` then `…园区内…开复工率达100%`: a paragraph that speaks of `园区`
        and names no place is about the zone the paragraph before opened with (the park named after its city, or
        else its city, by the usual rules)."""
        para_start = self.seg.paragraphs[s.paragraph][0]
        if s.paragraph == 0 or _ZONE_ANAPHOR.search(self.text, para_start, pos) is None:
            return None
        lo, hi = self.seg.paragraphs[s.paragraph - 1]
        opening = [m for m in place_mentions(self.text, lo, min(hi, lo + _ZONE_OPENING))
                   if (m.kind == "place" or is_park(m)) and m.subject and not m.comparison]
        first = next((i for i in range(lo, hi) if not self.text[i].isspace()), hi)
        if opening and opening[0].start == first and (is_park(opening[0]) or _ZONE_NAME.match(self.text, opening[0].end)):
            return opening[0]  # `南充高新技术产业园区位于…`: the park itself, a region of its own
        return None

    def _where_it_happened(self, places: list, starts: list[int], lo: int, pos: int, national):
        """`在武汉市入院的首批41例病例`, the sentence's only place, or the division money is allotted to in the
        figure's clause (lo..pos): the figure is that division's, not the national scope's."""
        if len(places) == 1 and places[0].kind == "place" and places[0].place is not None \
                and places[0].place.level in DIVISIONS and self.text[places[0].start - 1] == _AT:
            m = _WHERE_IT_HAPPENED.match(self.text, places[0].end)
            if m is not None and m.end() == pos:
                return places[0].place
        allotted = allotted_place(self.text, places, starts, lo, pos)  # `中央财政拨付湖南的…`
        return self._activity_place(places, pos) or (allotted.place if allotted else national)

    def _activity_place(self, places: list, pos: int):
        """`公司立足宁夏…,规划投资14亿元`: the sentence's one place, a Chinese division where its activity happens
        (lexicon activity_place_before), named before the figure: the figure's, not the national scope's."""
        if len(places) != 1 or places[0].start >= pos:
            return None
        p = places[0]
        if p.kind != "place" or p.place is None or p.place.level not in DIVISIONS or not p.subject or p.comparison:
            return None
        if _ACTIVITY_AT.search(self.text, max(0, p.start - _CUE_REACH), p.start) is None \
                or _EVENT_VENUE.match(self.text, p.end) is not None:
            return None  # `销往广东`, `与江苏合作`, `在北京召开`: a market, a partner, a venue
        return p.place

    def _example_under_subheading(self, article: int) -> bool:
        """A national paper's part under a sub-heading of a story that has no narrower place (`安全灵活，强化逆周期调节⏎
        专项债主要是为…⏎3月7日，四川省首次发行…`): the place its lead opens with is an example the part begins with, so
        it is not the part's place; its own sentences keep it, the rest stay the story's."""
        inner = self.article.place if self.article.place is not None else self.ctx.region
        return self._subheading(article) and self.ctx.region is not None and self.ctx.region.level == "national" \
            and (inner is None or inner.level == "national")

    def _central_funds_of_a_group_story(self, scopes: list, s: Sentence, pos: int) -> bool:
        """`中央资金累计安排140亿元` in a national paper's story of many unrelated places (no single place of its own):
        the central government's funds are the country's, not no one's."""
        inner = next((p for p in scopes if p is not None), None)
        return inner is GROUP and any(p is not None and p.level == "national" for p in scopes) \
            and central_funds_before(self.text, s.start, pos)
