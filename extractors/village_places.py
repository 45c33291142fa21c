"""Villages the gazetteer does not know, named as written: a village introduced right after its county or city
(`安徽金寨县花石乡大湾村`, `上饶市横峰县崇山村`, `徐州市倪园村`) is the place of its figures wherever the article names it again at the
head of a clause (`…,金福村村民合作社…流转土地117亩` → 金福村), and so is a village scope word (`全村`) after it; a village
written right after the place its clause names (`某县某镇某村有278户`), one heading its paragraph's opening sentence, and the
one a story's lead opens with (for a later sentence that speaks of `全村`, `村里`) are their figures' place too (round 47)."""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_chains import _ancestry
from .places import PlaceMention, place_mentions
from .scope_counties import document_scope

_VILLAGE = lexicon().compile("village_name")
_VILLAGE_REACH = 3000  # characters before `全村` its village may be named in (bounded: a scan per figure)
_TOWN = lexicon().compile("town_name")
_CHAIN_TOWN = lexicon().compile("chain_town_name")
_VILLAGE_SCOPE = frozenset(lexicon().words("village_scope"))
_VILLAGE_MARK = lexicon().words("village_suffix")[0]
_HEADING_VILLAGE = lexicon().compile("village_heading_name")
_NAME_REACH = 4  # characters of a village's name before its `村`
_NOT_SUBJECT = lexicon().compile("(?:{place_not_subject_before})$")
_NOT_SUBJECT_OPENING = lexicon().compile_at("place_not_subject_before")
_CUE_REACH = 2   # characters of such a cue before the name: `对德胜村…收购`, `被江苏定为`
_COUNTY_SUFFIX = frozenset(w for w in lexicon().words("county_suffix") if len(w) == 1)
_CHAINED_NAME = lexicon().compile("chained_village_name")
_PARAGRAPH_OPENING = lexicon().compile_at("\\s*(?:[^,，。;；:：]{0,12}[,，])?[^,，。;；:：]{0,4}")  # `2017年，`, `如今的`
_DATELINE = lexicon().compile(r"\s*{dateline_opening}")
_LEAD_OPENING = lexicon().compile_at("village_lead_opening")  # the chain before a lead's village
_REFERENCE = lexicon().compile("village_reference")
_COMMUNITY = lexicon().compile_at("chained_community_name")
_COUNTY_REACH = 12  # characters of a county's name before its town
_INTRODUCERS = ("county", "city")   # `徐州市倪园村`: a city may introduce its village without the county between


def _villages(text: str) -> tuple[tuple[str, PlaceMention, int], ...]:
    """(name, its county's mention, where the introduction ends) for each village written right after a county or a
    city (`徐州市倪园村`), or after one and one of its towns (`桂平市社坡镇金福村`)."""
    return _villages_within(text, document_scope(text))


@lru_cache(maxsize=4)
def _villages_within(text: str, _scope: Place | None) -> tuple[tuple[str, PlaceMention, int], ...]:
    """_villages under the document scope its place mentions read: the scope is part of the key, or an equal text
    read before under another declared region would give its villages."""
    if _VILLAGE_MARK not in text:
        return ()
    found = []
    mentions = place_mentions(text, 0, len(text))
    for k, m in enumerate(mentions):
        if m.kind != "place" or m.place is None or m.place.level not in _INTRODUCERS:
            continue
        end = m.end
        town = mentions[k + 1] if k + 1 < len(mentions) else None
        if town is not None and town.place is not None and town.place.level == "town" and town.start == end:
            end = town.end
        elif (written := _TOWN.match(text, end)) is not None:
            end = written.end()  # `互助土族自治县五十镇班彦村`: a town the place scan left unread
        elif (chained := _CHAIN_TOWN.match(text, end)) is not None and _VILLAGE.match(text, chained.end()):
            end = chained.end()  # `武安市淑村镇白沙村`: a town named like a common word, inside the chain
        if text[end:end + 1] in _COUNTY_SUFFIX:
            end += 1  # `石柱县上进村`: a county's short name read without its suffix
        v = _VILLAGE.match(text, end)
        if v is not None:
            found.append((v.group(), m, v.end()))
    return tuple(found)


def village_after(text: str, pos: int) -> str | None:
    """The village's name written at pos, right after its town in a chain (`明水河镇【西口村】`), if any."""
    v = _VILLAGE.match(text, pos)
    return v.group() if v is not None else None


def village_place(name: str, county: Place | None) -> Place:
    """A village the gazetteer does not know, named as written (as a town is): the place its own figures are filed
    under, never its county's (`德胜村仅剩1户2人未脱贫` → 德胜村, not 张北县)."""
    return Place(name, "village", "", county.code if county is not None else "")


def holds_village(region: str, village: Place) -> bool:
    """The region is the village's county or a division holding it (`平武县` for 阳南村)."""
    g = gazetteer()
    return region in _ancestry(g, g.by_code[village.parent]) if village.parent in g.by_code else False


def is_village_region(region: str) -> bool:
    """A region written as a village's name (the gazetteer knows no villages)."""
    return region.endswith(_VILLAGE_MARK) and region not in gazetteer().by_name


def is_village_scope(text: str, m: PlaceMention) -> bool:
    return m.kind == "scope" and text[m.start:m.end] in _VILLAGE_SCOPE


def _named(text: str, lo: int, hi: int):
    """Each (position, name, county mention) of a village named in text[lo:hi] after its introduction."""
    for name, county, intro_end in _villages(text):
        at = text.find(name, max(lo, intro_end - len(name)), hi)
        while at != -1:
            yield at, name, county
            at = text.find(name, at + len(name), hi)


def village_topic(text: str, lo: int, pos: int, is_topic) -> PlaceMention | None:
    """The county of the village that heads a clause between lo and the figure at pos (the nearest), if any."""
    best = None
    for at, name, county in _named(text, lo, pos):
        m = PlaceMention(at, at + len(name), "place", village_place(name, county.place), subject=True)
        if is_topic(text, m, lo) and (best is None or at > best.start):
            best = m
    return best


def chained_village(text: str, named: PlaceMention) -> PlaceMention | None:
    """`山东某县某镇西邢庄村有278户`, `在湖南花垣县十八洞村，…日均接待2000人`: the village written right after the place
    its clause names (a chain down to it, a town between or not) is the clause's place, not its county or town; None
    when no introduced village follows the named place at once."""
    if named.kind != "place" or named.place is None:
        return None
    for name, county, intro_end in _villages(text):
        at = intro_end - len(name)
        if county.start <= named.start and named.end <= at and _sure_village(text, county, at, intro_end):
            return PlaceMention(at, intro_end, "place", village_place(name, county.place), subject=named.subject,
                                comparison=named.comparison)
    return None


def chained_community(text: str, named: PlaceMention) -> PlaceMention | None:
    """`贵州某县濛江街道新民社区是一个安置点，…`: a community written right after the town its clause names, the town
    itself written right after its county or city, is the clause's place, as a village is; else None."""
    if named.kind != "place" or named.place is None or named.place.level != "town" \
            or (c := _COMMUNITY.match(text, named.end)) is None:
        return None
    county = next((m for m in place_mentions(text, max(0, named.start - _COUNTY_REACH), named.start)
                   if m.end == named.start and m.place is not None and m.place.level in _INTRODUCERS), None)
    if county is None:
        return None
    return PlaceMention(c.start(), c.end(), "place", village_place(c.group(), county.place), subject=named.subject,
                        comparison=named.comparison)


def surely_introduced(text: str, v: PlaceMention) -> bool:
    """The village v names was introduced right after a county or a town (not a city alone: `苏州稻香村` is a brand)."""
    name = text[v.start:v.end]
    return any(n == name and _sure_village(text, county, end - len(n), end) for n, county, end in _villages(text))


def _sure_village(text: str, county: PlaceMention, at: int, end: int) -> bool:
    """The village at text[at:end] is surely one when its name is (`chained_village_name`) and a county or a town
    stands right before it: a city's name before a brand (`苏州稻香村在全国拥有700家专卖店`) is a firm's."""
    return _CHAINED_NAME.fullmatch(text, at, end) is not None \
        and (county.place.level == "county" or at > county.end)


def village_heading(text: str, lo: int, pos: int, is_topic) -> PlaceMention | None:
    """`2016年，连樟村有21户25人脱贫；2017年，26户86人脱贫`, `如今的大陆村，…现有梨枣种植面积3000多亩`: the nearest
    village heading a clause between lo and the figure at pos, whose figures are the village's: the village as written
    when the article introduced it after its county (`广东英德市连樟村`), else None (no province or city the story is
    about)."""
    counties = {name: county.place for name, county, _ in _villages(text)}
    at = text.rfind(_VILLAGE_MARK, lo, pos)
    while at != -1:
        found = [m for m in _headings(text, lo, at, counties) if is_topic(text, m, lo)]
        if found:  # a village the article introduced first (`2018年大湾村…`: 大湾村, not 年大湾村)
            return next((m for m in found if m.place is not None), found[0])
        at = text.rfind(_VILLAGE_MARK, lo, at)
    return None


def paragraph_village(text: str, para_start: int, first_end: int, pos: int, is_topic) -> PlaceMention | None:
    """`阳南村自然条件较差…。2017年，…群众自发入股10余万元…`: the village the article introduced after its county that
    heads its paragraph's opening sentence owns the figures of the paragraph's later sentences (at pos), when no place,
    scope word of a division or other village is named as a subject between; else None."""
    v = village_heading(text, para_start, first_end, is_topic)
    if v is None or v.place is None or _PARAGRAPH_OPENING.fullmatch(text, para_start, v.start) is None \
            or not surely_introduced(text, v):
        return None
    for m in place_mentions(text, first_end, pos):
        if m.subject and not m.comparison and not is_village_scope(text, m):
            return None  # `平武县2019年以来整合…`: the county's own figure
    if any(name != text[v.start:v.end] for _, name, _ in _named(text, first_end, pos)):
        return None
    return v


def lead_village(text: str, lo: int, hi: int) -> PlaceMention | None:
    """The village a story's lead paragraph text[lo:hi] opens with, at the end of a chain (`据新华社电 （记者某某）贵州
    毕节市赫章县海雀村，有一位…`, `在四川省平武县古城镇阳南村…`): after its dateline, no clause mark before it; else None."""
    d = _DATELINE.match(text, lo, hi)
    body = d.end() if d is not None else lo
    for name, county, intro_end in _villages(text):
        at = intro_end - len(name)
        if body <= county.start and intro_end <= hi and _LEAD_OPENING.fullmatch(text, body, at) is not None \
                and _sure_village(text, county, at, intro_end):
            return PlaceMention(at, intro_end, "place", village_place(name, county.place), subject=True)
    return None


def story_village(text: str, v: PlaceMention, para_start: int, sentence: tuple[int, int], pos: int) \
        -> PlaceMention | None:
    """`贵州某市某县海雀村，有一位…` opening a story: the village its lead's chain ends in owns a later paragraph's figure
    (at pos) when its sentence speaks of the village (`全村`, `村里`, `村民`: `village_reference`), that paragraph names
    no place or scope word of a division before it, and the story no other village after the lead."""
    if _REFERENCE.search(text, *sentence) is None:
        return None
    for m in place_mentions(text, para_start, pos):
        if m.subject and not m.comparison and not is_village_scope(text, m):
            return None
    if any(name != text[v.start:v.end] for _, name, _ in _named(text, v.end, pos)):
        return None
    return v


def _headings(text: str, lo: int, at: int, counties: dict):
    """The names a village could have whose `村` is at `at`, longest first: named as written when the article
    introduced it after its county (its bounds are then sure), else with no place."""
    for start in range(max(lo, at - _NAME_REACH), at - 1):
        if _HEADING_VILLAGE.fullmatch(text, start, at + 1) is None or place_mentions(text, start, at + 1) \
                or _NOT_SUBJECT.search(text, max(0, start - _CUE_REACH), start) \
                or _NOT_SUBJECT_OPENING.match(text, start, at):
            continue  # `对德胜村…实行订单收购`: what the figure's actor acts on, not its owner
        name = text[start:at + 1]
        county = counties.get(name)
        yield PlaceMention(start, at + 1, "place", village_place(name, county) if county else None, subject=True)


def village_before(text: str, lo: int, pos: int):
    """`全村` at pos: the village named last in text[lo:pos], when every place named after it as a
    subject is that county or holds it (`…大湾村…。金寨县是…。…全村…`; `销往浙江` is where goods go); else None."""
    named = list(_named(text, max(lo, pos - _VILLAGE_REACH), pos))
    if not named:
        return None
    at, name, county = max(named, key=lambda n: n[0])  # one position may come twice (a county and its town)
    holders = set(_ancestry(gazetteer(), county.place))
    for m in place_mentions(text, at + len(name), pos):
        if m.kind in ("place", "china", "national", "body") and m.subject and not m.comparison \
                and (m.place is None or m.place.name not in holders):
            return None  # another place (or the country) came up between: the village word's village is not sure
    return village_place(name, county.place)
