"""Places: the gazetteer (China's divisions with their hierarchy, countries) and place mentions in running text.

`place_mentions(text, start, end)` finds every place word: a division by its full name (`温州市`, `鹿城区`) or,
for provinces and prefectures, its short name (`温州`, `广东`); a country (`美国`); the whole country (`全国`,
`31个省区市`); the world (`全球`); a group of places (`京津冀`, `各地`: no single place); and scope words that
stand for the document's own place (`全市`, `全省`, `全县`). Which of these a figure is about is resolve.py's
business; a mention only says what the words name and whether they can be a figure's subject at all (a place
after `向`/`从` is where something goes or comes from). Names, suffixes and stop words are lexicon data
(lexicon/places.toml, places.tsv, countries.tsv).
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import LEXICON_DIR, WordScanner, alternation, lexicon

NATIONAL = lexicon().words("national")[0]
# characters: a document this long is scanned whole once (not a headline or title); a longer one (a data dump)
# range by range, so that its matches are not all held at once
_WHOLE_TEXT = (400, 2_000_000)
WORLD = lexicon().words("world")[0]


@dataclass(frozen=True, slots=True)
class Place:
    name: str          # as written in facts: 温州市, 全国, 美国
    level: str         # province | city | county | national | foreign | world
    code: str = ""     # GB/T 2260 code for divisions, ISO/M49 for countries
    parent: str = ""   # the parent division's code


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


class Gazetteer:
    """Every division and country by code and by name, short names, and one scanner for all place words."""

    def __init__(self):
        lex = lexicon()
        self.by_code: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        for row in _tsv("places.tsv"):
            self._add(Place(row["name"], row["level"], row["code"], row["parent"]))
        for name, holder in lex.values("zones").items():
            parent = self.by_name[holder][0]
            self._add(Place(name, "county", "", parent.code))
        not_countries = set(lex.words("not_a_country"))
        for row in _tsv("countries.tsv"):
            if row["name"] not in not_countries:
                self._add(Place(row["name"], "foreign", row["code"]))
        self.words: dict[str, tuple[str, Place | None, str]] = {}   # word → (kind, place, scope)
        for name, places in self.by_name.items():
            self.words[name] = ("place", places[0], "")
        for word, full in lex.values("country_alias").items():
            self.words.setdefault(word, ("place", self.by_name[full][0], ""))
        for word, place in self.short_names().items():
            self.words.setdefault(word, ("place", place, ""))
        for word, zone in lex.values("zone_short_names").items():
            self.words.setdefault(word, ("place", self.by_name[zone][0], ""))
        self.landmarks = frozenset(lex.values("landmarks"))  # what they measure, kept in a subject
        for word in self.landmarks:
            self.words.setdefault(word, ("place", self.by_name[lex.values("landmarks")[word]][0], ""))
        for word, place in self.guarded_short_names().items():
            self.words.setdefault(word, ("guarded", place, ""))
        national, world = Place(NATIONAL, "national"), Place(WORLD, "world")
        self.words.update({w: ("national", national, "") for w in lex.words("national")})
        self.words.update({w: ("body", national, "") for w in lex.words("national_issuer")})
        self.words.update({w: ("world", world, "") for w in lex.words("world")})
        self.words.update({w: ("place", Place(w, "foreign"), "") for w in lex.words("world_region")})
        self.words.update({w: ("group", None, "") for w in lex.words("place_group")})
        self.words.update({w: ("none", None, "") for w in lex.words("not_a_place") + lex.words("world_in_a_name")
                                                   + lex.words("generic_division_names")
                                                   + lex.words("national_in_a_rank")})
        for scope in ("city", "province", "county", "district", "prefecture", "town"):
            self.words.update({w: ("scope", None, scope) for w in lex.words(f"{scope}_scope")})
        self.national, self.world = national, world
        self.scanner = WordScanner(self.words, whole=_WHOLE_TEXT)
        self.national_phrase = lex.compile("national_phrase")
        self.town = lex.compile("town_name")
        self.town_suffix = re.compile(alternation(lex.words("town_suffix")))

    def _add(self, place: Place) -> None:
        self.by_code.setdefault(place.code, place)
        self.by_name.setdefault(place.name, []).append(place)

    def short_names(self) -> dict[str, Place]:
        """Short names of provinces and prefectures (`温州`, `延边`, `广西`) that are unambiguous and not common
        words; the lexicon's overrides settle the rest (`吉林` alone is the province)."""
        stop = set(lexicon().words("not_a_short_name"))
        out = {s: p for s, p in self._unique_short_names().items() if s not in stop}
        for short, full in lexicon().values("short_name_overrides").items():
            out[short] = self.by_name[full][0]
        return out

    def guarded_short_names(self) -> dict[str, Place]:
        """Short names kept out as common words (`攀枝花`, `中山`, `日照`) that still name their place at the head
        of a zone's or facility's name (`攀枝花钒钛高新区`, `中山火炬开发区`, `日照港`): see `facility_tail`."""
        stop = set(lexicon().words("not_a_short_name"))
        return {s: p for s, p in self._unique_short_names().items() if s in stop}

    def _unique_short_names(self) -> dict[str, Place]:
        lex = lexicon()
        suffix = regex.compile(f"(?:{lex.pattern('ethnic_group')})*(?:{lex.pattern('place_suffix')})$")
        found: dict[str, list[Place]] = {}
        for places in self.by_name.values():
            for p in places:
                if p.level in ("province", "city"):
                    short = suffix.sub("", p.name)
                    if 2 <= len(short) < len(p.name):
                        found.setdefault(short, []).append(p)
        return {s: ps[0] for s, ps in found.items() if len(ps) == 1 and s not in self.by_name}

    def parent(self, place: Place | None, level: str) -> Place | None:
        """The division of `level` (province, city) that holds place, or place itself at that level."""
        while place is not None and place.level != level:
            place = self.by_code.get(place.parent) if place.parent else None
        return place

    def named(self, name: str | None) -> Place | None:
        """The place a region name in a fact stands for (the first of homonyms)."""
        if name == NATIONAL:
            return self.national
        found = self.by_name.get(name or "")
        return found[0] if found else None


def _tsv(name: str) -> list[dict]:
    with open(LEXICON_DIR / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


_TOWN_OFFICE = lexicon().compile("{town_office}")
_FACILITY_TAIL = lexicon().compile("facility_tail")
_ITEM_FIGURE = lexicon().compile("case_item_after")
_ITEM_OPENERS = frozenset("(（,，、;；")  # before an item of a list by place
_ABBREVIATED = lexicon().compile("abbreviated_place")
_CHINA = lexicon().compile("china_as_subject")
_SUBREGION = lexicon().compile("subregion_tail")
_PRIZE_TAIL = lexicon().compile("prize_tail")
_PAPER_TAIL = lexicon().compile(r"{paper_suffix}|(?:{site_suffix})(?=\s|$)")
_ABBREVIATIONS = lexicon().values("province_abbreviation")
_ETHNIC_TAIL = lexicon().words("ethnic_group")[0][-1]  # every ethnic group's name ends with this character


@cache
def _role_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    lex = lexicon()
    return (lex.compile("(?:{place_not_subject_before})$"), lex.compile("(?:{national_comparison})$"))


class _LastScan:
    """The mentions of the last long range scanned (an article, a paragraph's window): the sentences and
    clauses inside it are read from it rather than scanned again."""
    text: str | None = None
    start = end = 0
    mentions: list = []
    starts: list[int] = []


_CACHED_RANGE = 400  # characters: shorter ranges are scanned where asked


def place_mentions(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every place word in text[start:end], in text order (the longest name wins where names overlap)."""
    end = len(text) if end is None else end
    last = _LastScan
    if last.text is text and last.start <= start and end <= last.end:
        out = []
        for k in range(bisect_left(last.starts, start), len(last.mentions)):
            m = last.mentions[k]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out
    found = _scan(text, start, end)
    if end - start >= _CACHED_RANGE:
        last.text, last.start, last.end, last.mentions = text, start, end, found
        last.starts = [m.start for m in found]
    return found


def _scan(text: str, start: int, end: int) -> list[PlaceMention]:
    g = gazetteer()
    not_subject, comparison = _role_patterns()
    out = []
    for a, b, word in g.scanner.finditer(text, start, end):
        if text[b:b + 1] == _ETHNIC_TAIL:
            continue  # `朝鲜族群众`: a people, not a country
        kind, place, scope = g.words[word]
        if kind == "none":
            continue  # `示范县`: a word that holds a place's name
        if kind == "guarded":
            after_holder = out and out[-1].end == a and out[-1].place is not None and out[-1].place.code \
                and place.code.startswith(out[-1].place.code)  # `山东日照`, `四川攀枝花`: the city of its province
            listed = text[a - 1:a] in _ITEM_OPENERS and _ITEM_FIGURE.match(text, b) is not None  # `(…,中山4例,…)`
            if _FACILITY_TAIL.match(text, b) is None and not after_holder and not listed:
                continue  # `攀枝花` the flower, `中山路`: a common word, unless a zone's name goes on
            kind = "place"
        if kind == "body" and (text[b:b + 1] in _BODY_TAIL or g.scanner.match(text, b) is not None
                               or (out and out[-1].end == a)):
            continue  # `财政部门`, `国家统计局江西调查总队`, `英国央行`: a local or foreign office, not the country
        if kind == "place" and place.level == "foreign" and not place.code.isalpha() and _SUBREGION.match(text, b):
            kind, place = "group", None  # `非洲萨赫勒地区`: a part of the continent the gazetteer does not know
        if kind == "place" and place.level in ("province", "city"):
            county = _county_within(g, place, text, b)  # `江西靖安`: the county, named by its short name
            if county is not None:
                place, b = county
        before = text[max(0, a - 4):a]
        compared = kind in ("national", "scope", "world") and comparison.search(before) is not None
        # `宜春市科技进步奖3项`, `惠州日报要闻`, `梅州网  www…`: a prize, a paper, a site, not the place
        named = kind == "place" and (_PRIZE_TAIL.match(text, b) is not None or _PAPER_TAIL.match(text, b) is not None)
        out.append(PlaceMention(a, b, kind, place, scope, comparison=compared,
                                subject=not_subject.search(before) is None and not compared and not named))
    for m in g.national_phrase.finditer(text, start, end):
        out.append(PlaceMention(m.start(), m.end(), "national", g.national))
    for m in _CHINA.finditer(text, start, end):  # `中国向美国提供…`: China's own figure
        out.append(PlaceMention(m.start(), m.end(), "china", g.national,
                                subject=not_subject.search(text, max(0, m.start() - 4), m.start()) is None))
    for m in _ABBREVIATED.finditer(text, start, end):  # `在京落地`, `来滇投资`: a province by one character
        province = g.by_name[_ABBREVIATIONS[m["abbr"]]][0]
        out.append(PlaceMention(m.start(), m.end(), "place", province,
                                subject=not_subject.search(text, max(0, m.start() - 4), m.start()) is None))
    taken = [(p.start, p.end) for p in out]
    for m in _towns(g, text, start, end):
        a = _town_start(text, m.start(), m.end())
        if any(s < m.end() and a < e for s, e in taken):
            continue  # part of a known place's name (`龙港市` is no town)
        before = text[max(0, a - 4):a]
        office = _TOWN_OFFICE.match(text, m.end())  # `杨陵街道办`: the subdistrict's office stands for it
        out.append(PlaceMention(a, office.end() if office else m.end(), "place", Place(text[a:m.end()], "town"),
                                subject=not_subject.search(before) is None))
    out.sort(key=lambda p: p.start)
    return out


def _county_within(g: Gazetteer, holder: Place, text: str, pos: int) -> tuple[Place, int] | None:
    """The county whose short name follows a province's or city's name at pos and lies inside it, with its end."""
    shorts = county_short_names()
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


def county_after(holder: str, text: str) -> tuple[str, int] | None:
    """`湖北` + `潜江重点监测企业`: the county whose short name opens text and lies inside the holder (a province's or
    city's full name), with the short name's length."""
    g = gazetteer()
    place = g.named(holder)
    found = _county_within(g, place, text, 0) if place is not None else None
    return (found[0].name, found[1]) if found else None


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


def _town_start(text: str, start: int, end: int) -> int:
    """`诸暨大唐街道`: a town's name starts after the county's short name its first characters may close."""
    for cut in (2, 1):
        if start + cut < end - 1 and any(breakdown_place(text[max(0, start - k):start + cut]) for k in (1, 2, 3)):
            return start + cut
    return start


def place_name(word: str) -> str | None:
    """The full name of a word that is only a place (`广东` → 广东省, `长春` → 长春市, `东丰县`), else None (a
    landmark is a thing with a place: `、萧山国际机场60公里` is no breakdown by place)."""
    g = gazetteer()
    hit = g.words.get(word)
    return hit[1].name if hit and hit[0] == "place" and word not in g.landmarks else None


def breakdown_place(word: str, cases: bool = False) -> str | None:
    """A place as a breakdown item names it: any place word, or a county by its short name (`平阳3例`); in a
    bulletin's list of cases, a short name kept out as a common word too (`中山4例`)."""
    hit = gazetteer().words.get(word) if cases else None
    return place_name(word) or county_short_names().get(word) or (hit[1].name if hit and hit[0] == "guarded" else None)


@cache
def county_short_names() -> dict[str, str]:
    """Counties' short names (`平阳` for 平阳县), unique and not common words, each with its full name."""
    lex = lexicon()
    suffix = regex.compile(f"(?:{lex.pattern('ethnic_group')})*(?:{lex.pattern('county_suffix')})$")
    g = gazetteer()
    found: dict[str, set[str]] = {}
    for name, places in g.by_name.items():
        if any(p.level == "county" for p in places):
            short = suffix.sub("", name)
            if 2 <= len(short) < len(name):
                found.setdefault(short, set()).add(name)
    stop = set(lex.words("not_a_short_name"))
    return {s: names.pop() for s, names in found.items()
            if len(names) == 1 and s not in stop and s not in g.words}


def strip_place_prefix(subject: str) -> str:
    """`全市地区生产总值` → 地区生产总值, `在温州务工人员` → 务工人员: place words that open a subject (not a
    group of places: `国内生产总值` keeps its 国内; not a landmark, what is measured: `虹桥机场航班量`)."""
    g = gazetteer()
    rest = subject[len(_LOCATIVE):] if subject.startswith(_LOCATIVE) else subject
    m = g.scanner.match(rest)
    if m is None or g.words[m[2]][0] in ("group", "body", "guarded", "none") or m[2] in g.landmarks:
        return subject  # a body is the measure's owner (`证监会罚没款`), not its place
    held = g.scanner.match(rest, m[1])  # `山东日照…`: the city its province holds goes too
    held_place = g.words[held[2]][1] if held else None
    holder = g.words[m[2]][1]
    if held_place is not None and holder is not None and holder.code and held_place.code.startswith(holder.code) \
            and g.words[held[2]][0] in ("place", "guarded"):
        return rest[held[1]:]
    return rest[m[1]:]


_LOCATIVE = lexicon().words("locative")[0]
_BODY_TAIL = frozenset(lexicon().words("national_issuer_tail"))
