"""Where a figure is, when its own clause names no place: the place a sentence or its paragraph opens with, the
place an article's lead is about, the zone a paragraph profiled before, a scope word's place (`该县`, `全市`)
— ScopeReader's place readers (the ScopePlaces mixin; the scopes they read are scopes.py's)."""

from __future__ import annotations

from .bilateral_figures import bilateral_figure, invested_abroad, invested_in, pair_region, traded_with
from .deputy_homes import unless_deputy_home
from .gazetteer import gazetteer
from .group_figures import group_figure, group_holder, localities_figure
from .landed_places import allotted_place, benefited_place, landed_place
from .lexicon import lexicon
from .local_places import local_place, organ_county
from .macro_regions import central_funds_before, macro_not_carried
from .mention import Mention
from .organ_internals import organ_internal
from .paragraph_places import ParagraphPlaces
from .place_chains import chain_end
from .place_overrides import CLAUSE_REACH, DIVISIONS, PlaceOverrides
from .places import place_mentions
from .quoted_zones import zone_place
from .regions import (
    BREAKDOWN_ITEM,
    GROUP,
    clause_start,
    is_topic,
    mention_place,
    named_in_clause,
    national_scope,
    region_of,
    sole_division,
)
from .repeated_measures import repeated_place
from .scope_fallbacks import (
    lead_division,
    lead_opening_place,
    sole_named_division,
    sole_named_town,
    speaker_division,
    story_town,
)
from .scope_sets import scope_set, widened
from .semicolon_items import item_opening_place
from .sentences import Sentence
from .single_bodies import place_named_body, place_named_site, single_body_figure
from .story_places import person_home, stories
from .story_spans import lead_bounds
from .story_villages import story_village_of
from .village_places import (
    chained_community,
    chained_village,
    holds_village,
    is_village_region,
    is_village_scope,
    lead_village,
    paragraph_village,
    story_village,
    surely_introduced,
    village_before,
    village_heading,
    village_topic,
)
from .zone_regions import zone_region

_LEX = lexicon()
_CALLOUT = _LEX.compile("figure_callout")
_DATELINE = _LEX.compile(r"\s*{dateline_opening}")
_OF_WHICH = _LEX.words("of_which")[0]
_LEAD_NOT_SCOPE = _LEX.compile("(?:{lead_place_not_scope_before})$")
_LIST_NEXT = frozenset(_LEX.words("list_joiner"))
_SURVEY_OFFICE = _LEX.compile_at("survey_office_after")
SENTENCE_ENDS = ("。", "!", "?", "！", "？")
_ETCETERA = _LEX.words("etcetera")[0]
_WHOLE_LEVELS = ("province", "city", "county", "district", "prefecture")  # a division's whole, not a town's


class ScopePlaces(PlaceOverrides, ParagraphPlaces):
    """The ScopeReader's reading of the place in force at a figure (the scopes it keeps: scopes.py)."""

    def _lead_place(self, s: Sentence) -> None:
        """`本报讯 今年以来,梅河口市…`: the place an article's lead is about is the article's place — not the
        dateline's (`本报北京…电`), not where something happened (`在上海…举行`), not one of a list, nor a
        caption under a figure callout (`98.2%` over `截至4月21日,湖北省…开工率…达98.2%`)."""
        if _CALLOUT.fullmatch(self.seg.articles[s.article].headline) is not None:
            return
        d = _DATELINE.match(self.text, s.start, s.end)
        body = d.end() if d else s.start
        found = place_mentions(self.text, body, s.end)
        for k, m in enumerate(found):
            if k == 0 and m.kind == "scope" and self._whole_lead(s, m, body):
                return  # `上半年,全市经济运行总体平稳`: a report of no known place about its city's whole
            if m.kind in ("scope", "body", "china") or m.comparison or _SURVEY_OFFICE.match(self.text, m.end):
                continue  # a national body in a lead says who acts, not what the story is about; an office, its source
            if m.kind == "national" and not (m.subject and is_topic(self.text, m, body)):
                continue  # `通报今年上半年全国环境空气质量状况:全国339个城市…`: the whole country's report, named again
            if not m.subject or _LEAD_NOT_SCOPE.search(self.text, max(body, m.start - 2), m.start) \
                    or not is_topic(self.text, m, body) or _OF_WHICH in self.text[body:m.start] \
                    or BREAKDOWN_ITEM.match(self.text, m.end) and m.kind != "national":
                return  # `…增长9.8%。其中，乐清市增长10.5%`, `…1例(城厢区1例)`: a part's place is not the story's
            last = chain_end(found, k, self.text)  # `安徽省蚌埠市`: the city
            if self.text[m.end:m.end + 1] in _LIST_NEXT or person_home(self.text, found, found.index(last)):
                return  # `这几天，湖南郴州的“90后”曾某…`: where the anecdote's person lives, not the story's place
            self._settle_story()
            if self.article.place is GROUP:
                return  # a story about several unrelated places: its lead's is one of them, not the story's
            if self._example_under_subheading(s.article):
                return  # `安全灵活…⏎3月7日，四川省首次发行…`: a national feature's example, not its part's place
            self.article.place = mention_place(last, [self.ctx.region])
            return

    def _whole_lead(self, s: Sentence, m, body: int) -> bool:
        """A report of no known place whose lead opens with its place's whole (`上半年,全市经济运行…`, `全县…`) is about
        the one division of that level the article names (`固始县` → 信阳市): every figure its sentences place nowhere
        else (under `农业:` and `其中` parts too) is that division's. Two divisions named: none."""
        if self.ctx.region is not None or m.scope not in _WHOLE_LEVELS or not m.subject \
                or not is_topic(self.text, m, body):
            return False
        self._settle_story()
        if self.article.place is not None:
            return False
        a = self.seg.articles[s.article]
        self.article.place = sole_division(self.text, a.start, a.end, m.scope)
        self.whole_lead = s.article if self.article.place is not None else -1
        return self.article.place is not None

    def _examples_of_whole_lead(self, m: Mention, s: Sentence) -> bool:
        """A `其中` part that lists named examples (`其中,某山、某岛等景区接待游客增速…`) under an article whose place
        only its whole lead gave: the named sites' own figures, not the place's (a category part, `其中,食品制造业增长…`,
        is the place's)."""
        return self.whole_lead == s.article and self._of_which(s) and _ETCETERA in self.text[s.start:m.start]

    def _region(self, m: Mention, s: Sentence, places: list, starts: list[int]) -> str | None:
        """The figure's place; a village heading its sentence before it (`连樟村有21户…脱贫；2017年，26户…`, `如今的
        大陆村，…`) owns it rather than the city, province or country in force: the village as written when the article
        introduced it after its county, else none (a county in force stays, and a village its clause names)."""
        region = self._place_region(m, s, places, starts)
        if m.place is None and (whole := scope_set(self.text, places, starts, m.start, m.unit)) is not None:
            region = widened(region, mention_place(whole, self._scopes()))  # `跻身全省首批40个…`: the province's set
        if m.place is not None or region is None or is_village_region(region) \
                or named_in_clause(self.text, places, starts, s.start, m.start) is not None:
            return region
        village = unless_deputy_home(self.text, village_heading(self.text, s.start, m.start, is_topic), m.start) \
            or self._paragraph_village(s, m.start) or self._story_village(s, m.start)
        if (village is None or village.place is None) and self._one_village(s, m.start):  # `村里…`: the story's village
            place = story_village_of(self.text, self.seg.articles[s.article].start, s.start, m.start)
            return region if place is None or self._county_or_below(region) and not holds_village(region, place) \
                else region_of(place)
        if village is None or self._county_or_below(region) and (village.place is None or not holds_village(
                region, village.place) or not surely_introduced(self.text, village)):
            return region  # a county in force stays for a village the article never placed in it
        return region_of(village.place)

    def _story_village(self, s: Sentence, pos: int):
        """The village the lead of s's article ends its chain in, for a later paragraph naming no place."""
        if s.article not in self.lead_villages:  # read once per article
            lead = lead_bounds(self.seg, self._sentence_starts, s.article)
            self.lead_villages[s.article] = lead_village(self.text, *lead) if lead is not None else None
        v = self.lead_villages[s.article]
        if v is None:
            return None
        return story_village(self.text, v, self.seg.paragraphs[s.paragraph][0], (s.start, s.end), pos)

    def _paragraph_village(self, s: Sentence, pos: int):
        """The introduced village heading the opening sentence of s's paragraph (`阳南村自然条件较差…。2017年，…`)."""
        lo = self.seg.paragraphs[s.paragraph][0]
        if s.start <= lo:
            return None
        first_end = min((i for i in (self.text.find(c, lo, s.start) for c in SENTENCE_ENDS) if i != -1), default=-1)
        if first_end == -1:
            return None
        found = unless_deputy_home(self.text, paragraph_village(self.text, lo, first_end, pos, is_topic), pos)
        return found if found is not None and found.place is not None else None

    def _own_clause(self, s: Sentence, pos: int) -> int:
        lo = clause_start(self.text, s.start, pos)
        return max(lo, max(self.text.rfind(c, lo, pos) for c in ",，") + 1)

    @staticmethod
    def _county_or_below(region: str) -> bool:
        found = gazetteer().named(region)  # a county's former name (`平果县`) too
        return found is not None and found.level in ("county", "town")

    def _partner(self, m: Mention, s: Sentence, places: list, starts: list[int]):
        """The one partner of China's trade flow the subject names (`中国从智利进口` → 智利); a province's or a city's
        flow (`广东省对美国出口`, the place its clause names, else the innermost in force) has none."""
        if traded_with(m.subject, None) is None:
            return None
        named = named_in_clause(self.text, places, starts, s.start, m.start)
        if named is not None and named.place is not None:
            return traded_with(m.subject, named.place)
        return traded_with(m.subject, next((p for p in self._scopes() if p is not None), None))

    def _place_region(self, m: Mention, s: Sentence, places: list, starts: list[int]) -> str | None:
        if m.place is not None:  # "": an item of a list by place that the gazetteer does not know, a zone's its own
            return m.place or zone_region(m.subject, self._scopes(), [p.place for p in places if p.kind == "place"
                                                                     and p.place is not None and s.start <= p.start < m.start])
        if (destination := invested_in(m.subject) or self._partner(m, s, places, starts)) is not None:
            return region_of(destination)  # `中国对尼泊尔投资超过3亿美元`: Nepal's, not the country's
        if (pair := pair_region(m.subject, self._scopes())) is not False:
            return pair  # `美国为我第三大贸易伙伴，中美贸易总值…`: China's account, never the partner's
        scopes = self._scopes()
        named = named_in_clause(self.text, places, starts, s.start, m.start)
        named = (named is not None and group_holder(self.text, places, named)) or named  # `青海贫困地区…`: 青海's
        named = (named is not None and (chained_village(self.text, named) or chained_community(self.text, named))) \
            or named  # `某县十八洞村…`, `某县某街道某社区…`: the village's, the community's
        if named is not None and self._anonymous_firm_after(s, named.end, m.start):
            return None  # `在河南商丘，…，一家纺织厂综合生产力…`: one unnamed firm's, the place sets the scene
        if named is not None and named.kind in ("body", "national"):  # `财政部下达河南的…`: what it allots to
            named = allotted_place(self.text, places, starts, named.end, m.start) or named
        if named is not None and named.kind == "scope":  # `该县`, `全市`: the place the paragraph is about, if any
            k = starts.index(named.start)
            before = places[k - 1] if k and places[k - 1].end == named.start and places[k - 1].kind == "place" \
                else None   # `广西全区`, `内蒙古全区`: the place written right before the scope word
            # `石城县大力实施…，全县已培训…`: the place its own sentence opened with, before the scope word, too
            topic = before or item_opening_place(self.text, places, starts, s.start, named.start) \
                or self._paragraph_place(s, named.start, anaphor=True)  # `…；广东深圳…，全市…`: 深圳's
            scopes = ([mention_place(topic, scopes)] if topic is not None else []) + scopes
        a = self.seg.articles[s.article]
        named = named or unless_deputy_home(self.text, village_topic(
            self.text, clause_start(self.text, s.start, m.start), m.start, is_topic), m.start) \
            or landed_place(self.text, places, starts, m.start, m.end, s.end) \
            or benefited_place(self.text, places, starts, self._own_clause(s, m.start), m.start) \
            or local_place(self.text, places, starts, s.start, m.start) \
            or organ_county(self.text, places, starts, s.start, m.start)
        if named is not None and is_village_scope(self.text, named):  # `全村`: a town the text names, else the
            town = mention_place(named, scopes)                       # county of the village it introduced
            return region_of(town if town is not None else village_before(self.text, a.start, named.start))
        if named is not None and named.kind == "scope" and not any(scopes):
            # a scope word in a report of no known place: the one it names
            return region_of(sole_division(self.text, a.start, a.end, named.scope))
        if named is not None and named.kind == "place" and (place_named_body(self.text, named.end, m.start)
                                                            or place_named_site(self.text, s.start, named.start, m.start)):
            return None  # `北京人艺全年共演出…,票房…`: the place is in the theatre's name, the figure the theatre's
        if named is not None:
            return region_of(mention_place(named, scopes) or self._unscoped_whole(named, s, scopes))
        if self._firm_story(s):
            return None  # `某银行积极发挥…` over it: the firm's figure, not a place another paragraph names
        if (zone := zone_place(self.text, clause_start(self.text, s.start, m.start), m.start)) is not None:
            return region_of(zone)  # `合肥“中国声谷”…。“中国声谷”内…产值650亿元`: the zone's city, not the story's
        if (national := national_scope(scopes)) is not None \
                and localities_figure(self.text, places, starts, clause_start(self.text, s.start, m.start), m.start):
            return region_of(national)  # `…；指导各地举办专场招聘会4000多次` in a national story: the country's
        if group_figure(self.text, places, starts, clause_start(self.text, s.start, m.start), m.start):
            return None  # `累计收到港澳台地区通报确诊病例33例`: a group's figure, whoever reports it
        if self._anonymous_firms(s, m.start):
            return None  # `某电商平台销售额增长40%`: one unnamed firm's figure, not its story's place
        if single_body_figure(self.text, (a.start, s.start), m.start, m.end, m.subject):
            return None  # `邮轮载有乘客…3700人`, `…2000名代表参加了…分论坛`: one ship's or one event's own
        if bilateral_figure(self.text, places, max(s.start, m.start - CLAUSE_REACH), m.start):
            return None  # `中非贸易额…增长20%`: the pair's figure, not Africa's
        if (abroad := invested_abroad(m.subject, places, m.start)) is not None:
            return region_of(abroad.place)  # `…塞内加尔…，中方累计投资额超过3.7亿美元`: the host country's
        if self._unknown_zone_item(s, clause_start(self.text, s.start, m.start), m.start):
            return None  # `渝中区接待…;万盛经开区接待…`: a zone's own item, not the place the sentence opened with
        opened = self._paragraph_place(s, clause_start(self.text, s.start, m.start)) or self._profiled_zone(s, m.start)
        if opened is not None and opened.kind == "scope":  # `兰州市…。截至目前,全市…;…新增学位1.4万个`
            topic = self._opened_place(s, opened.start, anaphor=True)
            scopes = ([mention_place(topic, scopes)] if topic is not None else []) + scopes
            if not any(scopes):  # a scope word of no known place: the one division the article names
                return region_of(sole_division(self.text, a.start, a.end, opened.scope))
        if opened is not None and macro_not_carried(self.text, opened, s.start, m.start):
            national = next((p for p in scopes if p is not None and p.level == "national"), None)
            return region_of(national) if national is not None and central_funds_before(self.text, s.start, m.start) \
                else None  # `西部地区…。中央财政下达…增幅达15%`: the country's funds; `其中,珠三角…;粤东西北…`
        if opened is not None:  # `全国…。该集团在贵州投资30亿元`: the sentence's own division beats the country
            return region_of((opened.kind == "national" and self._activity_place(places, m.start))
                             or mention_place(opened, scopes) or self._unscoped_whole(opened, s, scopes))
        if (again := repeated_place(self.text, self.seg.paragraphs[s.paragraph][0], s.start, m.subject)) is not None:
            return region_of(again.place)  # `韩国新登记的日本汽车数量…。…新登记日本汽车数量减少…`: Korea's again
        if self._foreign_firm(places, m.start):
            return None  # `日本某集团全球销量`: a foreign firm's figure, not the paper's or story's place
        if self._zone_elsewhere(s, m.start, scopes):
            return None  # `梅河口经济开发区…` in 辽源's paper: a zone of another city, not the paper's
        if self._one_village(s, m.start):  # `村里新建…`: the story's one village's figure, not its city's
            return region_of(story_village_of(self.text, a.start, s.start, m.start))
        if self._examples_of_whole_lead(m, s):
            return None
        if self._central_funds_of_a_group_story(scopes, s, m.start):
            return region_of(next(p for p in scopes if p is not None and p.level == "national"))
        for place in scopes:
            if place is not None and place.level == "national" and (
                    self._international_body(s, m.start) or organ_internal(self.text, s.start, m.start)):
                return None  # `世卫组织…现有194个会员国`, `局级单位…轮岗占65%`: a body's own, not the paper's country
            if place is not None:
                return region_of(place if place.level != "national" else self._where_it_happened(
                    places, starts, clause_start(self.text, s.start, m.start), m.start, place))
        return None

    def _unscoped_whole(self, named, s: Sentence, scopes: list):
        """A scope word (`全省`) no scope in force reaches (scope_fallbacks.py): its speaker's division, the story
        lead's place, or the one division of its level the article names up to the word's paragraph (lines after the
        article's last paragraph may be the next story's heading; for `全镇`, `该镇` the one town the word's paragraph or
        the one before names: a story's other paragraphs may be another town's); none in a story abroad."""
        if named.kind != "scope" or any(p is not None and p.level in ("foreign", "world") for p in scopes):
            return None
        lo, hi = self.seg.paragraphs[s.paragraph]
        if named.scope == "town":  # `该镇`, `全镇`: the one town its paragraph or the one before named, else its story's
            return sole_named_town(self.text, self.seg.paragraphs[max(0, s.paragraph - 1)][0], hi) \
                or story_town(self.text, stories(self.text, self.seg.articles)[s.article][1],
                              self.seg.articles[s.article].start, hi)
        if named.scope not in DIVISIONS:
            return None
        if self.lead_topic[0] != s.article:  # read once per article
            self.lead_topic = (s.article, lead_opening_place(self.text, self.seg, self._sentence_starts, s.article))
        return speaker_division(self.text, named.scope, named.start, lo, hi) \
            or lead_division(named.scope, self.lead_topic[1]) \
            or sole_named_division(self.text, named.scope, self.seg.articles[s.article].start, hi)
