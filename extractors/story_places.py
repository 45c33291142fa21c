"""The place a national paper's story is about when its headline names none: where each story begins (a dateline
or credit opens one; a headline-like line without them is a sub-heading of the story before), and the place its
body names most, when every other place holds it or lies inside it."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .branch_scan import BranchScan
from .county_pages import own_county
from .deputy_homes import deputy_home
from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_chains import _ancestry
from .places import place_mentions
from .regions import BREAKDOWN_ITEM, GROUP, in_aside, scope_place
from .trade_partners import listed_partner

_COUNTY_SUFFIXES = frozenset(lexicon().words("county_short_suffix"))
_DATELINES = BranchScan.of_entries(lexicon(), "{dateline_opening}", ("wire_dateline", "paper_dateline"))
_WIRE_DATELINES = BranchScan.of_entries(lexicon(), "(?:{wire_dateline}){dateline_credit}",
                                        ("wire_dateline",))  # all a text without a paper's name has
_PAPER_WORDS = lexicon().words("paper_suffix")
_VENUE = lexicon().compile("event_venue")
_VENUE_BEFORE = frozenset(lexicon().words("lead_place_not_scope_before")[:2])  # 在, 于
_SITE = lexicon().compile_at("site_venue")
_RESIDENT = lexicon().compile_at("resident_home_after")
_PERSON_OF_PLACE = lexicon().compile_at("person_of_place_after")
_HOME_BEFORE = lexicon().words("resident_home_before")
_OWN_SCOPE = frozenset(lexicon().words("own_scope_lead"))
_OWN_LEAST = 2  # times a story says `我省` of its paper's province to be that province's


_DIVISIONS = ("province", "city", "county")   # China's: a story's own place
_DOMINANT_LEAST = 5     # times a story names its place, at least, to outweigh unrelated places
_DOMINANT_SHARE = 4     # …and that many times as often as all of them together
_OPENING_SPAN = 200     # characters of a story (its headline and lead) that name its own place


_STORY_OPENING = lexicon().compile("{dateline_opening}|{byline}|{story_credit}")
_OPENING_REACH = 160  # characters after a headline where a story's dateline or credit stands


def stories(text: str, articles: list) -> list[tuple[int, int, int]]:
    """Per article, its story: (the index of the article that opened it, start, end). In a national paper a
    headline-like line whose text brings no dateline or credit (`解放思想 科学谋划`, `“电商小子”——`) is a
    sub-heading of the story before it, not a new story."""
    opener = _openers(text, tuple((a.start, a.end, len(a.headline)) for a in articles))
    ends: dict[int, int] = {}
    for k, a in enumerate(articles):
        ends[opener[k]] = a.end
    return [(o, articles[o].start, ends[o]) for o in opener]


@lru_cache(maxsize=4)  # asked for by the county scope and by the resolver's story scope of one document
def _openers(text: str, spans: tuple[tuple[int, int, int], ...]) -> tuple[int, ...]:
    """Per article (start, end, headline length), the index of the article that opened its story."""
    opener: list[int] = []
    for k, (start, end, headline) in enumerate(spans):
        window = start + headline + _OPENING_REACH
        opens = k == 0 or _STORY_OPENING.search(text, start, min(end, window)) is not None
        opener.append(k if opens else opener[-1])
    return tuple(opener)


@lru_cache(maxsize=4)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every dateline of a document, found once: story_place asks for the datelines of many spans of one text."""
    datelines = _DATELINES if any(w in text for w in _PAPER_WORDS) else _WIRE_DATELINES
    return tuple(datelines.spans(text))


def story_place(text: str, start: int, end: int, least: int = 1) -> Place | None:
    """The place a national paper's story in text[start:end] is about when its headline names none.

    Counted are the places its body names as subjects (not a dateline's, not after `向`/`比` …, not a
    comparison's) and its words for the whole country (`全国`, `我国`, national bodies). A story that names the country at least
    twice and half as often as places is national: None (the paper's 全国 holds; a local story says `我国首个`
    once). Otherwise the place named most (a tie goes to the deeper) is the story's when every other place holds
    it or lies inside it (`赣州市`×13, `江西省`×4, `石城县`, `会昌县` → 赣州市; `内蒙古`×7 … `松山区`×1 → 内蒙古);
    unrelated places give GROUP: no single region, since 全国 would be a guess. A place named fewer than `least`
    times is no story's place (None).
    """
    g = gazetteer()
    quiet = [(a, b) for a, b in _dateline_spans(text) if start <= a and b <= end]
    found: dict[str, Place] = {}
    times: Counter[str] = Counter()
    national = bodies = local = 0
    mentions = place_mentions(text, start, end)
    for k, m in enumerate(mentions):
        local += m.kind == "scope"  # `我市`, `全县`: a local page, whatever national words it uses
        national_word = m.kind in ("national", "body")
        if not national_word and (m.kind != "place" or m.place is None or m.place.level == "town"):
            continue  # a group, a scope word, a town: not counted (before the costly tests below)
        if not m.subject or m.comparison or any(a <= m.start < b for a, b in quiet) \
                or BREAKDOWN_ITEM.match(text, m.end) or in_aside(text, m.start) \
                or (text[m.start - 1:m.start] in _VENUE_BEFORE and _VENUE.match(text, m.end)):
            continue  # a list item (`环翠区10例`), an aside or a venue (`在北京开幕`) is not what it is about
        if _firm_site(text, mentions, k) or person_home(text, mentions, k) and not deputy_home(text, mentions, k):
            continue  # `在浙江宁波某光学公司的车间`, `…街道居民某某回忆道`: where one firm's or person's anecdote is set
        if listed_partner(text, mentions, k):
            continue  # `对马来西亚、泰国、新加坡…`: a trade partner, as the first of its list is, no place of the story
        if national_word or deputy_home(text, mentions, k):  # `湖南代表`: one of the national session's deputies
            national += 1
            bodies += m.kind == "body"
        else:
            found.setdefault(m.place.name, m.place)
            times[m.place.name] += 1
    if not found and bodies and not local and least > 1:
        # with no paper behind it (least 2): `国务院总理…在政府工作报告中提出` and no place at all is the country's
        return g.national
    if not found or (national >= 2 and 2 * national >= times.total()):
        return None
    for name, place in found.items():  # `江阴市…江阴12345热线`: a county named in full counts its short name too
        if place.level == "county" and len(name) >= 3 and name[-1] in _COUNTY_SUFFIXES:
            times[name] += text.count(name[:-1], start, end) - text.count(name, start, end)
    main = max(found.values(), key=lambda p: (times[p.name], len(_ancestry(g, p))))
    if times[main.name] < least:
        return None
    if times[main.name] == 1 and not _in_opening(text, start, end, main):
        return GROUP  # named once, after the story's opening: a place it mentions, not surely the one it is about
    holders = set(_ancestry(g, main))
    strangers = sum(times[name] for name, place in found.items()
                    if name not in holders and main.name not in _ancestry(g, place))
    if strangers and not _dominates(text, start, end, main, times[main.name], strangers):
        return GROUP  # a place neither holds the story's place nor lies inside it
    if main.level == "city":  # `绵阳市涪城区…，代区长…作报告`: the one district whose institutions the story speaks of
        return own_county(text, start, end, main, found.values()) or main
    return main


def own_paper_story(text: str, start: int, end: int, paper: Place) -> bool:
    """A paper's story that speaks of the paper's place as its own (`我省` at least twice in 湖北日报) and names no
    other place of that level as a subject: the paper's place is the story's, whatever partners (`欧盟、东盟、美国`)
    or cities (`黄石、襄阳…增速高于全省`) it names besides."""
    own = 0
    for m in place_mentions(text, start, end):
        if not m.subject:
            continue
        if m.kind == "scope" and text[m.start] in _OWN_SCOPE and scope_place(m.scope, [paper]) == paper:
            own += 1
        elif m.kind == "place" and m.place is not None and m.place.level == paper.level and m.place != paper:
            return False
    return own >= _OWN_LEAST


def person_home(text: str, mentions: list, k: int, pos: int | None = None) -> bool:
    """The place at k is one person's home: the rest of an address and a resident telling something follow it
    (`resident_home_after`), `的` and one person (`湖南郴州的“90后”曾某`: `person_of_place_after`), or `家住` stands
    before its chain."""
    m = mentions[k]
    if _RESIDENT.match(text, m.end) is not None:
        return True
    last = k  # `湖南郴州的“90后”曾某`: the person follows the chain's last place, the home of each place in it
    while last + 1 < len(mentions) and mentions[last + 1].start == mentions[last].end \
            and mentions[last + 1].kind == "place":
        last += 1
    if _PERSON_OF_PLACE.match(text, mentions[last].end) is not None or deputy_home(text, mentions, k, pos):
        return True
    first = k
    while first and mentions[first - 1].end == mentions[first].start and mentions[first - 1].kind == "place":
        first -= 1
    lead = mentions[first].start
    return any(text.startswith(word, lead - len(word)) for word in _HOME_BEFORE)


def _firm_site(text: str, mentions: list, k: int) -> bool:
    """The place at k, alone or the end of a chain of places after 在/于, is followed by a firm's works (`site_venue`)."""
    m = mentions[k]
    if _SITE.match(text, m.end) is None:
        return False
    first = k
    while first and mentions[first - 1].end == mentions[first].start and mentions[first - 1].kind == "place":
        first -= 1
    return text[mentions[first].start - 1:mentions[first].start] in _VENUE_BEFORE


def _in_opening(text: str, start: int, end: int, place: Place) -> bool:
    """The story's headline and lead (its first _OPENING_SPAN characters) name the place, in full or short."""
    opening = text[start:min(end, start + _OPENING_SPAN)]
    return place.name in opening or _short_name(place) in opening


def _short_name(place: Place) -> str:
    """A division's name without its suffix (`江阴市` → 江阴, `贵州省` → 贵州); other places only in full (`欧洲`, not the
    欧 of `中欧班列`)."""
    if place.level not in _DIVISIONS:
        return place.name
    return place.name[:-1] if place.name[-1] in _COUNTY_SUFFIXES or place.level != "county" else place.name


def _dominates(text: str, start: int, end: int, main: Place, named: int, strangers: int) -> bool:
    """`正阳`×20 with `山东专家` and `南京…赛马场` once each: a Chinese division the story opens with and names far more
    often than all unrelated places together is the story's place; those are its visitors, buyers and partners."""
    if main.level not in _DIVISIONS or named < _DOMINANT_LEAST or named < _DOMINANT_SHARE * strangers:
        return False
    return _short_name(main) in text[start:min(end, start + _OPENING_SPAN)]
