"""The place a scope word (`全省`, `全市`, `全县`) stands for when no scope in force reaches its level (a national
paper's story of several places, a story whose headline names none): the division of that level whose leader says
it (`“全市排查出…”西安市副市长…`), the place the story's lead opens with (`贵州省认真贯彻…。…全省新增…`), or the one
division of that level the story names. Two divisions of that level in play: none (a wrong place is worse)."""

from __future__ import annotations

from bisect import bisect_left

from .gazetteer import Place, gazetteer
from .lexicon import lexicon
from .place_chains import chain_end
from .place_topics import is_topic
from .places import PlaceMention, place_mentions
from .regions import scope_place
from .village_places import village_after

_OFFICIAL = lexicon().compile_at("official_after_place")
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_SPEAKER_REACH = 3   # characters between a quote's close and its speaker's division (`。”西安市副市长`)
_DATELINE = lexicon().compile(r"\s*{dateline_opening}")
_NOT_LEAD_TOPIC = lexicon().compile("(?:{lead_place_not_scope_before})$")
_LIST_NEXT = frozenset(lexicon().words("list_joiner"))
_DIVISIONS = ("province", "city", "county")
_STORY_REACH = 3000   # characters before a scope word where its story may have named its town (bounded per figure)
_TOWN_HEAD = frozenset(lexicon().words("town_head_after"))   # `副镇长`: a title, no town named
_NOT_DIVISIONS = ("national", "world", "foreign", "unknown", "town", "macro", "group")


def speaker_division(text: str, level: str, pos: int, lo: int, hi: int) -> Place | None:
    """The division of the scope word's level whose leader says the quote holding pos (text[lo:hi] is its
    paragraph): `“全市排查出…”西安市副市长杨某告诉记者` → 西安市; `西安市市长说:“全市…”` too."""
    opened = text.rfind(_QUOTE_OPEN, lo, pos)
    if opened == -1 or text.rfind(_QUOTE_CLOSE, opened, pos) != -1:
        return None  # not inside a quote
    closed = text.find(_QUOTE_CLOSE, pos, hi)
    speakers = [m for m in place_mentions(text, lo, hi) if _speaks(text, m)]
    for m in speakers:
        after = closed != -1 and closed < m.start <= closed + 1 + _SPEAKER_REACH
        before = m.end < opened and text.find(_QUOTE_CLOSE, m.end, opened) == -1
        if after or before:  # a city's leader speaks for the city: his `全省` is no division of his own
            division = scope_place(level, [m.place])
            return division if division is m.place else None
    return None


def _speaks(text: str, m: PlaceMention) -> bool:
    return m.kind == "place" and m.place is not None and _OFFICIAL.match(text, m.end) is not None


def lead_opening_place(text: str, seg, starts: list[int], article: int) -> Place | None:
    """The Chinese division the article's first body sentence opens with as its topic (`新冠肺炎疫情发生后，贵州省
    认真贯彻…`), whatever other places the story names; not a venue (`在上海…`), nor the first of a list."""
    first = bisect_left(starts, seg.articles[article].start)   # sentence starts: a walk from the text's start is quadratic
    lead = None
    for i in range(first, len(seg.sentences)):   # by index: islice would step through the sentences before
        x = seg.sentences[i]
        if x.article != article:
            break   # the article's sentences are all headline lines
        if seg.paragraphs[x.paragraph][0] not in seg.headline_starts:
            lead = x
            break
    if lead is None:
        return None
    d = _DATELINE.match(text, lead.start, lead.end)
    body = d.end() if d else lead.start
    found = place_mentions(text, body, lead.end)
    if not found:
        return None
    m = found[0]
    if m.kind != "place" or m.place is None or not m.subject or m.place.level not in _DIVISIONS \
            or not is_topic(text, m, body) or _NOT_LEAD_TOPIC.search(text, max(body, m.start - 2), m.start) \
            or text[m.end:m.end + 1] in _LIST_NEXT:
        return None
    return chain_end(found, 0, text).place


def lead_division(level: str, lead: Place | None) -> Place | None:
    """The place the story's lead opens with, at the scope word's level (a province's `全省`, not a city's)."""
    return scope_place(level, [lead]) if lead is not None else None


def sole_named_division(text: str, level: str, lo: int, hi: int) -> Place | None:
    """The one division of the scope word's level that the Chinese places named as subjects in text[lo:hi] are or
    lie in (`四川通江县…兴隆乡…全县` → 通江县), when every place above that level holds it. None when two are named
    or a place above it lies elsewhere (`英山县…河南信阳…全县`: a story of unrelated places)."""
    g = gazetteer()
    found: dict[str, Place] = {}
    above: list[Place] = []
    for m in place_mentions(text, lo, hi):
        if m.kind != "place" or m.place is None or not m.subject or m.comparison \
                or m.place.level in _NOT_DIVISIONS:
            continue
        division = scope_place(level, [m.place])
        if division is None:
            above.append(m.place)   # a province named with `全县`: above the level, no county of its own
        else:
            found[division.name] = division
    if len(found) != 1:
        return None
    sole = next(iter(found.values()))
    return sole if all(g.parent(sole, p.level) is p for p in above) else None


def sole_named_town(text: str, lo: int, hi: int) -> Place | None:
    """`湖南省…双峰县井字镇洪泉村…。近日，该镇…对全镇…`: the one town or township text[lo:hi] (the scope word's
    paragraph and the one before) names right after its county or city is the place `该镇`/`全镇` stands for (a town's
    name alone may be a misread word: `当数副镇长`); two towns named: none."""
    mentions = place_mentions(text, lo, hi)
    found = {m.place.name: m.place for k, m in enumerate(mentions)
             if k and m.kind == "place" and m.place is not None and m.place.level == "town" and m.subject
             and _after_its_county(mentions[k - 1], m)}
    return next(iter(found.values())) if len(found) == 1 else None


def story_town(text: str, story_start: int, section_start: int, hi: int) -> Place | None:
    """`阿尔山市明水河镇西口村传出喜讯…` (sub-headings later) `夜宿西口村…全镇未脱贫群众…`: the one town the story (from
    story_start) named right after its county or city, with a village right after it, is what `全镇`/`该镇` stands for
    when the word's section (from section_start) names that village again, and every town the story names up to
    the word is that one (a story that moves on to another township keeps none)."""
    story_start = max(story_start, hi - _STORY_REACH)
    sole = sole_named_town(text, story_start, hi)
    if sole is None or _towns_named(text, story_start, hi) != {sole.name}:
        return None
    at = text.find(sole.name, story_start, hi)
    while at != -1:
        village = village_after(text, at + len(sole.name))
        if village is not None and text.find(village, max(section_start, at + len(sole.name) + len(village)), hi) != -1:
            return sole
        at = text.find(sole.name, at + len(sole.name), hi)
    return None


def _towns_named(text: str, lo: int, hi: int) -> set[str]:
    return {m.place.name for m in place_mentions(text, lo, hi)
            if m.kind == "place" and m.place is not None and m.place.level == "town"
            and text[m.end:m.end + 1] not in _TOWN_HEAD}


def _after_its_county(before: PlaceMention, town: PlaceMention) -> bool:
    return before.end == town.start and before.kind == "place" and before.place is not None \
        and before.place.level in ("county", "city")
