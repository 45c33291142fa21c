"""Places: place mentions in running text.

`place_mentions(text, start, end)` finds every place word: a division by its full name (`温州市`, `鹿城区`) or,
for provinces and prefectures, its short name (`温州`, `广东`); a country (`美国`); the whole country (`全国`,
`31个省区市`); the world (`全球`); a group of places (`京津冀`, `各地`: no single place); and scope words that
stand for the document's own place (`全市`, `全省`, `全县`). Which of these a figure is about is resolve.py's
business; a mention only says what the words name and whether they can be a figure's subject at all (a place
after `向`/`从` is where something goes or comes from). Names, suffixes and stop words are lexicon data
(lexicon/places.toml, places.tsv, countries.tsv).

The gazetteer (the divisions, countries and every place word with what it names) is gazetteer.py; counties by
their short names, towns and the full name of a word that is only a place are place_words.py; counties read by
short name in running text are county_mentions.py.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

import regex

from .bracket_districts import bracket_district
from .county_mentions import county_short_name_spans
from .customs_seats import for_province
from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .park_zones import park_spans, unheld_zone_spans
from .place_labels import as_label, bounds_a_whole
from .place_words import (
    FULL_NAME_ENDS,
    _county_within,
    _town_start,
    _towns,
    county_before_scope,
    town_named_like,
    town_short_names,
)
from .port_names import names_a_port
from .prefecture_forms import contested_place
from .scope_counties import document_scope
from .zone_names import zone_spans


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    kind: str                 # place | national | body (a national body: 全国) | china (`中国向…`: 全国, for its
    #                           clause only, not a story's) | world | group | scope
    place: Place | None       # None for a group, and for a scope word (its level is in `scope`)
    scope: str = ""           # city | province | county | district | prefecture | town, for scope words
    subject: bool = True      # False after 向/从/比 …: not what a figure measures
    comparison: bool = False  # `居全国第…`, `占全省的…`: the wider area a figure is compared with


_TOWN_OFFICE = lexicon().compile("{town_office}")
_FACILITY_TAIL = lexicon().compile("facility_tail")
_SERVICE_LINE = lexicon().compile_at("service_line_number")
_ITEM_FIGURE = lexicon().compile_at("case_item_after")
_GUARDED_MEASURE = lexicon().compile("guarded_place_measure")
_APPOSITIVE_COUNTRY = frozenset(lexicon().words("national_appositive"))
_APPOSITIVE_JOINER = lexicon().compile("national_appositive")
_HAN_RUN = lexicon().compile(r"\p{Han}{0,10}")
_ITEM_OPENERS = frozenset("(（,，、;；")  # before an item of a list by place
_ABBREVIATED = lexicon().compile("abbreviated_place")
_IN_CHINA = lexicon().compile("in_china")
_CHINA = lexicon().compile("china_as_subject")
_SUBREGION = lexicon().compile("subregion_tail")
_WORLD_BODY = lexicon().compile("world_body_tail")
_GROUP_AS_ACTORS = lexicon().compile("group_as_actors")
_PRIZE_TAIL = lexicon().compile("prize_tail")
_CASE_ORIGIN = lexicon().compile_at("case_origin_after")   # `乌鲁木齐市输入病例`: where cases came from
_IMPORTED_BRACKET = lexicon().compile("imported_count_bracket")  # `境外输入5例(缅甸3例`: origins, too
_ORIGIN_REACH = 60  # characters back from a place to its imported count's bracket
_GAMES_AFTER = lexicon().compile("games_after")
_GROUP_MEMBERS = lexicon().compile_at("group_members_after")
_WORLD_REGIONS = frozenset(lexicon().values("world_region"))  # `新兴经济体中…的印度`: a member picked out
_FOREIGN_FIRM = lexicon().compile("foreign_firm_tail")
_PARTNER_ROLE = lexicon().compile_at("partner_role_after")  # `东盟为我第一大贸易伙伴`: a role in China's trade
_MARGIN_JOINED = lexicon().compile("comparison_margin_joined")
_BAY_TAIL = lexicon().compile_at("bay_after_place")
_VIEW_OPENING = lexicon().compile_at("view_opening")
_SHARE_WHOLE = lexicon().compile("share_whole_after")
_RANK_AFTER = lexicon().compile("rank_after_scope")
_GENERIC = frozenset(lexicon().words("generic_division_names"))
_COUNTED_GROUP = lexicon().compile("counted_province_group")
_SLOGAN_COUNTIES = frozenset(lexicon().words("slogan_county"))
_HAN_CHAR = lexicon().compile(r"\p{Han}")
_WHOLE_WORD_BEFORE = frozenset(lexicon().words("whole_word_before"))
_WHOLE = lexicon().words("national")[0][0]  # 全, which opens 全国, 全县, 全市 …
_PAPER_TAIL = lexicon().compile(r"{paper_suffix}|(?:{site_suffix})(?=\s|$)")
_ABBREVIATIONS = lexicon().values("province_abbreviation")
_ETHNIC_TAIL = lexicon().words("ethnic_group")[0][-1]
_OF_WHICH = lexicon().words("of_which")[0]
_FOREIGN_CITIES = frozenset(lexicon().values("foreign_city"))
_CITY_DATELINE = lexicon().compile("city_dateline_before")  # every ethnic group's name ends with this character


@cache
def _role_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    lex = lexicon()
    return (lex.compile("(?:{place_not_subject_before})$"), lex.compile("(?:{national_comparison})$"))


class _LastScan:
    """The mentions of the last long range scanned (an article, a paragraph's window): the sentences and
    clauses inside it are read from it rather than scanned again."""
    text: str | None = None
    scope: Place | None = None   # the document scope its counties' short names were read within
    start = end = 0
    mentions: list = []
    starts: list[int] = []
    short: tuple = (None, {})  # (text, {(start, end): mentions}): the short ranges scanned where asked (an
    # eighth of them are asked again: a clause, then its sentence's figure)


_CACHED_RANGE = 400  # characters: shorter ranges are scanned where asked
_KEPT_SHORT = 512   # ranges kept per text


def place_mentions(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place word in text[start:end], in text order (the longest name wins where names overlap)."""
    end = len(text) if end is None else end
    last, scope = _LastScan, document_scope(text)
    if last.text is text and last.scope == scope and last.start <= start and end <= last.end:
        out = []
        for k in range(bisect_left(last.starts, start), len(last.mentions)):
            m = last.mentions[k]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out
    if end - start >= _CACHED_RANGE:
        found = _scan(text, start, end, scope)
        last.text, last.scope, last.start, last.end, last.mentions = text, scope, start, end, found
        last.starts = [m.start for m in found]
        return found
    short = last.short  # one tuple, replaced whole: a thread never reads another text's ranges
    if short[0] is not text:
        short = last.short = (text, {})
    found = short[1].get((start, end, scope))
    if found is None:
        found = _scan(text, start, end, scope)
        if len(short[1]) >= _KEPT_SHORT:
            short[1].clear()  # a few hundred short ranges: bounded memory on a document of any size
        short[1][start, end, scope] = found
    return found


def _scan(text: str, start: int, end: int, doc_scope: Place | None = None) -> list[PlaceMention]:
    g = gazetteer()
    not_subject, comparison = _role_patterns()
    out = []
    many_countries_end = -1  # where the last name of a body of many countries ends (`欧洲央行`: no national body)
    for a, b, word in _past_of_which(g, text, g.scanner.finditer(text, start, end)):
        if text[b:b + 1] == _ETHNIC_TAIL:
            continue  # `朝鲜族群众`: a people, not a country
        kind, place, scope = g.words[word]
        if kind == "none" and word in _GENERIC and (district := bracket_district(text, a, word)) is not None:
            kind, place = "place", district  # `晋城市10例(城区5例`: the city's district named 城区
        if kind == "none" or kind == "group" and _GROUP_AS_ACTORS.match(text, b) \
                or word in _FOREIGN_CITIES and _CITY_DATELINE.search(text, max(0, a - 4), a):
            continue  # `示范县`: a word that holds a place's name; `各地区、各部门`: everyone who acts;
            # `（本报曼谷电）`: where a story was filed
        if kind in ("scope", "national") and word[0] == _WHOLE and text[a - 1:a] in _WHOLE_WORD_BEFORE and a > 0:
            continue  # `健全县域`, `完全市场化`, `健全国家…`: 全 ends another word, no scope is named
        if word in _SLOGAN_COUNTIES and a > 0 and _HAN_CHAR.match(text, a - 1) and not (out and out[-1].end == a):
            continue  # `生态富县`, `工业兴县`: a slogan, not the county
        if kind in ("place", "guarded") and _BAY_TAIL.match(text, b) and not word.endswith(FULL_NAME_ENDS):
            continue  # `杭州湾新区`, `泉州湾`: a bay (and what is named after it), not the place
        if kind in ("place", "guarded") and town_named_like(text, a, b):
            continue  # `洛阳镇5件` in a county's report: a town named like the city, not the city (`宁波镇海` is)
        if kind == "contested":  # `巴州`: 巴音郭楞 in a text about Xinjiang, 巴州区 about Sichuan (prefecture_forms.py)
            if (place := contested_place(text, word)) is None:
                continue
            kind = "place"
        if kind == "guarded":
            after_holder = out and out[-1].end == a and out[-1].place is not None and out[-1].place.code \
                and place.code.startswith(out[-1].place.code)  # `山东日照`, `四川攀枝花`: the city of its province
            listed = text[a - 1:a] in _ITEM_OPENERS and _ITEM_FIGURE.match(text, b) is not None  # `(…,中山4例,…)`
            own_total = _GUARDED_MEASURE.match(text, b) is not None  # `甘南GDP总量`: the prefecture's own
            line = _SERVICE_LINE.match(text, b) is not None  # `海口12345热线`: the city's own line
            if _FACILITY_TAIL.match(text, b) is None and not after_holder and not listed and not own_total and not line:
                continue  # `攀枝花` the flower, `中山路`: a common word, unless a zone's name goes on
            kind = "place"
        if kind == "body" and (text[b:b + 1] in _BODY_TAIL or g.scanner.match(text, b) is not None
                               or (out and out[-1].end == a) or _LOCAL_OFFICE.match(text, b) is not None
                               or a == many_countries_end):
            continue  # `财政部门`, `国家统计局江西调查总队`, `英国央行`, `国家统计局济源调查队`, `欧洲央行`: a local or
            # foreign office
        if kind == "national" and out and out[-1].end == a and out[-1].kind == "place" \
                and out[-1].place.level == "foreign":
            out[-1] = replace(out[-1], end=b)  # `巴西全国`: that country's whole, not China's
            continue
        if (kind == "world" or kind == "place" and place.level == "foreign" and not place.code.isalpha()) \
                and _WORLD_BODY.match(text, b):
            many_countries_end = b
            continue  # `世界海关组织`, `欧洲刑警组织`: a body of many countries, not a place
        if kind == "place" and place.level == "foreign" and not place.code.isalpha() and _SUBREGION.match(text, b):
            kind, place = "group", None  # `非洲萨赫勒地区`: a part of the continent the gazetteer does not know
        if kind == "place" and place.level in ("province", "city"):
            county = _county_within(g, place, text, b)  # `江西靖安`: the county, named by its short name
            if county is not None:
                place, b = county
        before = text[max(0, a - 4):a]
        if kind == "scope" and not (out and out[-1].end == a) and (own := county_before_scope(text, a, word)):
            out.append(PlaceMention(own[1], a, "place", own[0]))  # `海宁全市`: the county-level city's own whole
        compared = kind in ("national", "scope", "world") and (comparison.search(before) is not None
                                                                or _SHARE_WHOLE.match(text, b) is not None
                                                                or _RANK_AFTER.match(text, b) is not None
                                                                or _next_base(text, out, a))
        # `宜春市科技进步奖3项`, `惠州日报要闻`, `梅州网  www…`: a prize, a paper, a site, not the place
        named = kind == "place" and (_PRIZE_TAIL.match(text, b) is not None or _PAPER_TAIL.match(text, b) is not None
                                     or names_a_port(text, b)
                                     or _CASE_ORIGIN.match(text, b) is not None
                                     or place.level == "foreign"
                                     and _IMPORTED_BRACKET.search(text, max(0, a - _ORIGIN_REACH), a) is not None
                                     or _GAMES_AFTER.match(text, b) is not None  # `北京冬奥会张家口赛区`
                                     or word in _WORLD_REGIONS and _GROUP_MEMBERS.match(text, b) is not None
                                     or as_label(text, a, b)
                                     or place.level == "foreign" and (_FOREIGN_FIRM.match(text, b) is not None
                                                                      or _PARTNER_ROLE.match(text, b) is not None))
        framed = a > 0 and _VIEW_OPENING.match(text, a - 1) is not None  # `从四川全省来看`: a frame, no origin
        named = named or kind == "group" and bounds_a_whole(text, a, b)
        out.append(PlaceMention(a, b, kind, place, scope, comparison=compared,
                                subject=(framed or not_subject.search(before) is None) and not compared and not named))
    for m in g.national_phrase.finditer(text, start, end):
        out.append(PlaceMention(m.start(), m.end(), "national", g.national))
    for m in _CHINA.finditer(text, start, end):  # `中国向美国提供…`: China's own figure
        out.append(PlaceMention(m.start(), m.end(), "china", g.national,
                                subject=not_subject.search(text, max(0, m.start() - 4), m.start()) is None))
    for m in _IN_CHINA.finditer(text, start, end):  # `在华累计投资…`: what a firm does in China is China's
        out.append(PlaceMention(m.start(), m.end(), "china", g.national))
    for m in _ABBREVIATED.finditer(text, start, end):  # `在京落地`, `来滇投资`: a province by one character
        province = g.by_name[_ABBREVIATIONS[m["abbr"]]][0]
        out.append(PlaceMention(m.start(), m.end(), "place", province,
                                subject=not_subject.search(text, max(0, m.start() - 4), m.start()) is None))
    taken = [(p.start, p.end) for p in out]
    out += [PlaceMention(a, b, "place", county, subject=not_subject.search(text, max(0, a - 4), a) is None
                         and not names_a_port(text, b))
            for a, b, county in county_short_name_spans(text, start, end, taken, doc_scope)]
    for m in _towns(g, text, start, end):
        a = _town_start(text, m.start(), m.end())
        if any(s < m.end() and a < e for s, e in taken):
            continue  # part of a known place's name (`龙港市` is no town)
        before = text[max(0, a - 4):a]
        office = _TOWN_OFFICE.match(text, m.end())  # `杨陵街道办`: the subdistrict's office stands for it
        out.append(PlaceMention(a, office.end() if office else m.end(), "place", Place(text[a:m.end()], "town"),
                                subject=not_subject.search(before) is None))
    taken = [(p.start, p.end) for p in out]
    out += [PlaceMention(a, b, "place", town, subject=not_subject.search(text, max(0, a - 4), a) is None)
            for a, b, town in town_short_names(text, start, end, taken)]  # `小北河袜业` after `小北河镇…`
    out.sort(key=lambda p: p.start)
    return for_province(text, _without_appositive_country(text, _with_zones(text, start, end, out, not_subject)))


def _with_zones(text: str, start: int, end: int, out: list[PlaceMention], not_subject) -> list[PlaceMention]:
    """`成都平原经济区`, `廊坊高新区`: a zone spanning several divisions or a city's park stands for itself, in place
    of the words inside its name;
    `西南四省市`, a counted group of provinces no other word names, is a group."""
    zones = zone_spans(text, start, end, [(m.start, m.end, m.kind) for m in out]) + park_spans(text, end, out)
    zones += unheld_zone_spans(text, start, end, out)
    counted = [PlaceMention(c.start(), c.end(), "group", None) for c in _COUNTED_GROUP.finditer(text, start, end)]
    if not zones and not counted:
        return out
    kept = [m for m in out if not any(a <= m.start and m.end <= b for a, b, _ in zones)]
    kept += [c for c in counted if not any(m.start < c.end and c.start < m.end for m in kept)]  # `西南四省市`
    kept += [PlaceMention(a, b, "group", Place(name, "macro") if name else None, subject=not_subject.search(text, max(0, a - 4), a)
                          is None and not bounds_a_whole(text, a, b)) for a, b, name in zones]
    return sorted(kept, key=lambda p: p.start)


def _past_of_which(g, text: str, found):
    """`其中西部地区…`, `其中东部地区…`: the `中` of `其中` opens no place (`中西部`, `中东`): a place word that starts
    right after it is read instead, and the words it covers are dropped; with none, nothing is read there."""
    covered = -1
    for a, b, word in found:
        if a < covered:
            continue
        if a > 0 and text.startswith(_OF_WHICH, a + 1 - len(_OF_WHICH)):
            shifted = g.scanner.match(text, a + 1)
            if shifted is None or g.words[shifted[2]][0] not in ("place", "group"):
                continue  # `其中东坪镇17件`: a town the gazetteer lacks, not 中东
            a, b, word = shifted
            covered = b
        yield a, b, word


def _next_base(text: str, out: list[PlaceMention], a: int) -> bool:
    """`快于全省2.2个百分点、【全国】4.3个百分点`: the next base of the comparison before, its verb not written again."""
    return bool(out) and out[-1].comparison and _MARGIN_JOINED.fullmatch(text, out[-1].end, a) is not None


def _without_appositive_country(text: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """`我国重要老工业基地黑龙江省`: the country that only describes the domestic place named right after it."""
    drop = {i for i, (p, q) in enumerate(zip(out, out[1:], strict=False))
            if p.kind == "national" and text[p.start:p.end] in _APPOSITIVE_COUNTRY and q.kind == "place"
            and q.place is not None and q.place.level != "foreign" and q.start - p.end <= 10
            and _HAN_RUN.fullmatch(text, p.end, q.start) is not None
            and _APPOSITIVE_JOINER.search(text, p.end, q.start) is None}
    return [p for i, p in enumerate(out) if i not in drop] if drop else out


_BODY_TAIL = frozenset(lexicon().words("national_issuer_tail"))
_LOCAL_OFFICE = lexicon().compile_at("national_body_local_office")   # `国家统计局济源调查队`: a place's office
