"""Place words the gazetteer's scanner does not read as a name of its own: a county by its short name (`江西靖安`,
`平阳3例`), a town found from its suffix (`大唐街道`), and the full name of a word that is only a place (`广东` →
广东省). places.py reads them in running text."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from .gazetteer import Gazetteer, Place, gazetteer
from .lexicon import lexicon
from .word_scanner import WordScanner


def _county_within(g: Gazetteer, holder: Place, text: str, pos: int) -> tuple[Place, int] | None:
    """The county whose short name follows a province's or city's name at pos and lies inside it, with its end; right
    after its own province or city a short name kept out as a common word names it too (`浙江平湖`, `湖北赤壁`)."""
    shorts = _short_names_after_holder()
    if g.scanner.match(text, pos) is not None:
        return None  # `浙江诸暨市`: the full name follows and is read as itself
    for size in (3, 2):
        key = text[pos:pos + size]
        full = shorts.get(key) if len(key) == size else None
        if full is None:
            continue
        for county in g.by_name.get(full, []):
            up = county
            while up is not None and up.code != holder.code:
                up = g.by_code.get(up.parent) if up.parent else None
            if up is not None:
                return county, pos + size
    return None


_OWN_SCOPES = tuple(lexicon().words(f"{level}_scope")[0] for level in ("city", "county", "district"))  # 全市 …
_CASE_ITEM_NAMES = lexicon().values("case_item_names")   # `兵团1例` in a bulletin's list of cases


def county_before_scope(text: str, pos: int, scope_word: str) -> tuple[Place, int] | None:
    """`海宁全市`, `诸暨全市`: a county's short name right before its own whole (`全市` of a county-level city,
    `全县` of a county), with where the short name starts; None for anything else (`海宁路全市`)."""
    if scope_word not in _OWN_SCOPES:
        return None
    suffix = scope_word[-1]  # `全市` is a 市's whole, `全县` a 县's, `全区` a 区's
    shorts = county_short_names()
    for size in (3, 2):
        full = shorts.get(text[max(0, pos - size):pos]) if pos >= size else None
        if full is not None and full.endswith(suffix) and len(gazetteer().by_name.get(full, [])) == 1:
            return gazetteer().by_name[full][0], pos - size
    return None


def county_after(holder: str, text: str) -> tuple[str, int] | None:
    """`湖北` + `潜江重点监测企业`: the county whose short name opens text and lies inside the holder (a province's or
    city's full name), with the short name's length."""
    g = gazetteer()
    place = g.named(holder)
    found = _county_within(g, place, text, 0) if place is not None else None
    return (found[0].name, found[1]) if found else None


_TOWN_ENDS = tuple(lexicon().words("town_suffix"))
FULL_NAME_ENDS = tuple(lexicon().words("place_suffix") + lexicon().words("county_suffix"))  # how a full name ends


def town_named_like(text: str, start: int, end: int) -> bool:
    """A short place name at text[start:end] that opens a town's name (`洛阳镇`, `长沙乡`): the town, not the city or
    county; a place that starts right after it (`宁波镇海区`) or a plural word (`山东乡镇`) keeps the name."""
    g = gazetteer()
    if not text.startswith(_TOWN_ENDS, end) or text[start:end].endswith(FULL_NAME_ENDS) or g.scanner.match(text, end):
        return False
    town = g.town.match(text, start)
    return town is not None and town.end() > end


def _towns(g: Gazetteer, text: str, start: int, end: int):
    """Town names, found from their suffix backwards (a forward scan with lookbehinds at every character cost a
    third of the extraction)."""
    last = start
    for s in g.town_suffix.finditer(text, start, end):
        # one character past the suffix, so that the pattern's lookahead sees what follows (`乡村` is no town)
        m = g.town.search(text, max(last, s.start() - 3), s.end() + 1)
        if m is not None and m.end() == s.end():
            last = m.end()
            yield m


_TOWN_SHORT_MIN = 3   # characters: a shorter town name (`城关`, `新华`) is too often another word
_FULL_TOWN_ENDS = tuple(lexicon().words("town_suffix")[:2])   # 镇, 乡: a subdistrict (街道) has no short name
_TOWN_BODY = lexicon().compile_at("town_body_after")   # `小北河镇党委书记`: surely a town, not `马铃薯之乡`
# `顿谷镇镇长` read as `顿谷镇镇`; `基诺族乡`: its short name is a people's, not the township's
_NOT_SHORT_ENDS = (*_FULL_TOWN_ENDS, lexicon().words("ethnic_group")[0][-1])
_NAME_GOES_ON = tuple(lexicon().words("town_suffix") + lexicon().words("village_suffix"))


@lru_cache(maxsize=64)  # asked per place scan of a document, its headlines and its clauses in turn
def towns_named_in_full(text: str) -> dict[str, Place]:
    """`小北河镇党委书记…。…小北河袜业现有企业226家`: the towns a text names in full once (`…镇`, `…乡`) with one of their
    bodies or officials after the name, by the short names (three characters or more, no place word of their own)
    that then name them too — learnt from the text, no list of towns."""
    g, found = gazetteer(), {}
    for m in _towns(g, text, 0, len(text)):
        full = text[_town_start(text, m.start(), m.end()):m.end()]
        short = full[:-1]
        if full.endswith(_FULL_TOWN_ENDS) and len(short) >= _TOWN_SHORT_MIN and not short.endswith(_NOT_SHORT_ENDS) \
                and _TOWN_BODY.match(text, m.end()) and next(g.scanner.finditer(short, 0, len(short)), None) is None:
            found[short] = Place(full, "town")
    return found


def town_short_names(text: str, start: int, end: int, taken: list) -> list[tuple[int, int, Place]]:
    """(start, end, town) of each short name in text[start:end] of a town the text names in full (`小北河袜业` after
    `小北河镇…`), where no other place word covers it and it opens no longer name (`小北河镇`, the village `小北河村`)."""
    out = []
    for short, town in towns_named_in_full(text).items():
        a = text.find(short, start, end)
        while a != -1:
            b = a + len(short)
            if not text.startswith(_NAME_GOES_ON, b) and not any(s < b and a < e for s, e in taken):
                out.append((a, b, town))
            a = text.find(short, b, end)
    return out


def _town_start(text: str, start: int, end: int) -> int:
    """`诸暨大唐街道`: a town's name starts after the county's short name its first characters may close."""
    for cut in (2, 1):
        if start + cut < end - 1 and any(_domestic(breakdown_place(text[max(0, start - k):start + cut]))
                                         for k in (1, 2, 3)):
            return start + cut
    return start


def _domestic(name: str | None) -> bool:
    """A division of the country (`诸暨`), not a region abroad (`其中东坪镇`: 中东 closes no town's name)."""
    places = gazetteer().by_name.get(name, []) if name else []
    return any(p.code for p in places)


def place_name(word: str) -> str | None:
    """The full name of a word that is only a place (`广东` → 广东省, `长春` → 长春市, `东丰县`), else None (a
    landmark is a thing with a place: `、萧山国际机场60公里` is no breakdown by place)."""
    g = gazetteer()
    hit = g.words.get(word)
    return hit[1].name if hit and hit[0] == "place" and word not in g.landmarks else None


def breakdown_place(word: str, cases: bool = False) -> str | None:
    """A place as a breakdown item names it: any place word, or a county by its short name (`平阳3例`); in a
    bulletin's list of cases, a short name kept out as a common word too (`中山4例`, `兵团1例`)."""
    hit = gazetteer().words.get(word) if cases else None
    guarded = (hit[1].name if hit and hit[0] == "guarded"
               else guarded_county_short_names().get(word) or _CASE_ITEM_NAMES.get(word)) if cases else None
    return place_name(word) or county_short_names().get(word) or guarded


@cache
def county_short_names() -> dict[str, str]:
    """Counties' short names (`平阳` for 平阳县), unique and not common words, each with its full name."""
    stop = set(lexicon().words("not_a_short_name"))
    return {s: name for s, name in _unique_county_short_names().items() if s not in stop}


@cache
def _short_names_after_holder() -> dict[str, str]:
    """Counties' short names as read right after their own province or city: the guarded ones too (`浙江平湖`)."""
    return {**guarded_county_short_names(), **county_short_names()}


@cache
def guarded_county_short_names() -> dict[str, str]:
    """Counties' short names kept out as common words (`赤壁` for 赤壁市, `平湖`): only a bulletin's list of cases
    by place reads them (`其中:咸安8例,赤壁7例`), and only those of a single county (not `城关`, `新城`)."""
    stop, g = set(lexicon().words("not_a_short_name")), gazetteer()
    return {s: name for s, name in _unique_county_short_names().items() if s in stop and len(g.by_name[name]) == 1}


@cache
def _unique_county_short_names() -> dict[str, str]:
    lex = lexicon()
    suffix = regex.compile(f"(?:{lex.pattern('ethnic_group')})*(?:{lex.pattern('county_suffix')})$")
    g = gazetteer()
    found: dict[str, set[str]] = {}
    for name, places in g.by_name.items():
        if any(p.level == "county" for p in places):
            short = suffix.sub("", name)
            if 2 <= len(short) < len(name):
                found.setdefault(short, set()).add(name)
    return {s: names.pop() for s, names in found.items() if len(names) == 1 and s not in g.words}


_NAMED_IN_TEXT: list = [(None, {})]   # (the last text asked about, its counties), replaced whole: thread-safe


def counties_named_in_full(text: str) -> dict[str, Place]:
    """`正定县…正定接待游客…`: the counties a text names in full once (or after their province or city: `浙江诸暨`),
    by the short names (unique, not common words) that then name them too (a county's short name alone is read nowhere else: too many are common words)."""
    last_text, last_found = _NAMED_IN_TEXT[0]
    if last_text is text:
        return last_found
    g, full_to_short = gazetteer(), _short_by_full()
    found: dict[str, Place] = {}
    for _a, b, word in g.scanner.finditer(text, 0, len(text)):
        kind, place, _scope = g.words[word]
        if kind == "place" and place.level in ("province", "city"):
            within = _county_within(g, place, text, b)  # `浙江诸暨`: named with its province, as good as in full
            place = within[0] if within is not None else place
        short = full_to_short.get(place.name) if kind == "place" and place.level == "county" else None
        if short is not None:  # `石柱县` is 石柱土家族自治县 in full
            found[short] = place
    for short, place in _headline_counties(text).items():
        found.setdefault(short, place)
    _NAMED_IN_TEXT[0] = (text, found)
    return found


@cache
def _short_by_full() -> dict[str, str]:
    """Each county's full name with its short name, for counties of one name only (`正定县` → 正定)."""
    g = gazetteer()
    return {full: short for short, full in county_short_names().items() if len(g.by_name.get(full, [])) == 1}


_HEADLINE_OWN = lexicon().values("headline_county_own_scope")   # 区 → 全区
_HEADLINE_MIN = lexicon().table("headline_county_own_scope", "min_named")
_HEADLINE_LINES = lexicon().table("headline_county_own_scope", "headline_lines")
_HAN = regex.compile(r"\p{Han}")
_HEADLINE_COMMON = frozenset(lexicon().table("headline_county_own_scope", "common_words"))
_CITY_WHOLE = lexicon().table("headline_county_own_scope", "county_city_suffix")   # 市: `全市` is also a prefecture's


def _headline_counties(text: str) -> dict[str, Place]:
    """`“五一”假期收官 万州接待…` over a story that says `全区` and names 万州 again: the county (or district) a headline
    names by its short name opening a phrase (after a space, a mark or the line's start), when the text names it so at least `min_named` times and says its own whole
    (lexicon headline_county_own_scope), or is a county-level city whose prefecture the text never names (`济源秋粮…`);
    none for a short name that is a common word."""
    heads = [line for line in text.lstrip().split("\n", 12)[:12] if line.strip()][:_HEADLINE_LINES]
    out: dict[str, Place] = {}
    g = gazetteer()
    for line in heads:
        if "。" in line:
            break  # the body has begun
        for a, _b, short in county_short_scanner().finditer(line, 0, len(line)):
            if short in _HEADLINE_COMMON or a > 0 and _HAN.match(line, a - 1):
                continue  # `乡村振兴…`: inside a word, not a place opening its phrase (振兴区)
            full = county_short_names()[short]
            if text.count(short) < _HEADLINE_MIN or len(g.by_name.get(full, [])) != 1:
                continue
            county = g.by_name[full][0]
            own = _HEADLINE_OWN.get(full[-1:])
            if own and own in text or full.endswith(_CITY_WHOLE) and not _prefecture_named(g, county, text):
                out.setdefault(short, county)
    return out


def _prefecture_named(g: Gazetteer, county: Place, text: str) -> bool:
    """Whether the text names the prefecture that holds a county-level city (its full or short name): then a `全市`
    may be the prefecture's, and the city's short name in a headline does not settle the story's whole. A city
    under its province alone (`济源市`, `仙桃市`) has no prefecture to be confused with."""
    holder = g.by_code.get(county.parent)
    if holder is None or holder.level != "city":
        return False
    return any(g.words[w][1] == holder for _a, _b, w in g.scanner.finditer(text, 0, len(text))
               if g.words[w][0] in ("place", "guarded"))


@cache
def county_short_scanner() -> WordScanner:
    """A scanner of counties' short names (county_short_names)."""
    return WordScanner(county_short_names())
