"""The gazetteer: China's divisions with their hierarchy, countries and the words for the whole country, the world,
groups of places and scope words, each word with what it names, and one scanner for all of them (lexicon/places.toml,
places.tsv, countries.tsv). Finding place words in running text is places.py's."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

import regex

from .lexicon import LEXICON_DIR, lexicon
from .word_scanner import WordScanner, alternation

NATIONAL = lexicon().words("national")[0]
# characters: a document this long is scanned whole once (not a headline or title); a longer one (a data dump)
# range by range, so that its matches are not all held at once
_WHOLE_TEXT = (400, 2_000_000)
WORLD = lexicon().words("world")[0]
FOREIGN_GROUP = "foreign"  # the scope of a group of foreign countries (lexicon foreign_group)
LOCALITIES = "localities"  # the scope of the localities taken together (`各地`, lexicon localities_whole)


@dataclass(frozen=True, slots=True)
class Place:
    name: str          # as written in facts: 温州市, 全国, 美国
    level: str         # province | city | county | national | foreign | world | macro (`西部地区`)
    code: str = ""     # GB/T 2260 code for divisions, ISO/M49 for countries
    parent: str = ""   # the parent division's code



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
        for city, country in lex.values("foreign_city").items():  # `迪拜`: held by its country (`阿联酋迪拜`)
            self._add(Place(city, "foreign", "", self.by_name[country][0].code))
            self.words.setdefault(city, ("place", self.by_name[city][0], ""))
        for word, place in self.short_names().items():
            self.words.setdefault(word, ("place", place, ""))
        for word, place in self.autonomous_county_aliases().items():
            self.words.setdefault(word, ("place", place, ""))
        # `平果县`: 平果市 before 2019, as older reports name it; kept out of by_name, whose counties' short names
        # are the current names' (`诸暨` is 诸暨市 alone)
        self.former = {p.name: p for p in self.former_county_names()}
        for name, place in self.former.items():
            self.words.setdefault(name, ("place", place, ""))
        self.rivals = self.prefecture_form_rivals()
        for word, full in lex.values("prefecture_short_forms").items():  # `博州`; `巴州` by the text (rivals)
            self.words.setdefault(word, ("contested" if self.rivals[word] else "place", self.by_name[full][0], ""))
        for word, zone in lex.values("zone_short_names").items():
            self.words.setdefault(word, ("place", self.by_name[zone][0], ""))
        self.landmarks = frozenset(lex.values("landmarks"))  # what they measure, kept in a subject
        for word in self.landmarks:
            self.words.setdefault(word, ("place", self.by_name[lex.values("landmarks")[word]][0], ""))
        for word, place in self.guarded_short_names().items():
            self.words.setdefault(word, ("guarded", place, ""))
        self.words.update(self._generic_districts())
        national, world = Place(NATIONAL, "national"), Place(WORLD, "world")
        self.words.update({w: ("national", national, "") for w in lex.words("national")})
        self.words.update({w: ("body", national, "") for w in lex.words("national_issuer")})
        self.words.update({w: ("world", world, "") for w in lex.words("world")})
        self.words.update({w: ("place", Place(name, "foreign"), "") for w, name in lex.values("world_region").items()})
        self.words.update({w: ("group", None, "") for w in lex.words("place_group")})
        # unnamed foreign countries (`接壤国家`): a group no Chinese whole written before it holds (`我国接壤国家`)
        self.words.update({w: ("group", None, FOREIGN_GROUP) for w in lex.words("foreign_group")})
        # every locality at once (`各地`): the whole country where the scope in force is the country (regions.py)
        self.words.update({w: ("group", None, LOCALITIES) for w in lex.words("localities_whole")})
        # a named macro-region is still a group (no division holds it), but one a clause can measure as a place
        self.words.update({w: ("group", Place(name, "macro"), "") for w, name in lex.values("macro_region").items()})
        self.words.update({w: ("none", None, "") for w in lex.words("not_a_place") + lex.words("world_in_a_name")
                                                   + lex.words("generic_division_names")
                                                   + lex.words("national_in_a_rank")
                                                   + lex.words("short_name_in_a_word") + lex.words("abstract_world")
                                                   + lex.words("world_as_reach") + lex.words("national_in_an_honour")})
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

    def _generic_districts(self) -> dict[str, tuple[str, Place, str]]:
        """A district whose whole name is a common word (`generic_division_names`), read where its city heads it
        (`阳泉市城区`, `阳泉城区`, `长治市郊区`): that district, whose figures are not the city's (a fact cannot name
        it: `region_of` writes none)."""
        shorts = {p.code: s for s, p in self.short_names().items()}
        out = {}
        for word in lexicon().words("generic_division_names"):
            for district in self.by_name.get(word, []):
                city = self.by_code.get(district.parent)
                for head in (city.name, shorts.get(city.code)) if city is not None else ():
                    if head:
                        out[head + word] = ("place", district, "")
        return out

    def short_names(self) -> dict[str, Place]:
        """Short names of provinces and prefectures (`温州`, `延边`, `广西`) that are unambiguous and not common
        words; the lexicon's overrides settle the rest (`吉林` alone is the province)."""
        stop = set(lexicon().words("not_a_short_name"))
        out = {s: p for s, p in self._unique_short_names().items() if s not in stop}
        for short, full in lexicon().values("short_name_overrides").items():
            out[short] = self.by_name[full][0]
        return out

    def autonomous_county_aliases(self) -> dict[str, Place]:
        """An autonomous county or prefecture as news writes it, without its peoples (`石柱县` for 石柱土家族自治县,
        `长阳县`, `恩施州`, `湘西自治州`): the short name with the plain suffix or its own, when no other division has
        that name."""
        lex = lexicon()
        plain = lex.values("autonomous_county_suffix")
        bare = alternation(sorted({w[:-1] for w in lex.words("ethnic_group") if len(w) > 2}))  # 哈萨克, not 水 (彭水)
        tail = regex.compile(f"(?:{lex.pattern('ethnic_group')}|{bare})+({alternation(list(plain))})$")
        taken = set(self.by_name) | set(self._unique_short_names())
        found: dict[str, list[Place]] = {}
        for places in self.by_name.values():
            for p in places:
                m = tail.search(p.name) if p.level in ("county", "city") else None
                if m is not None and len(p.name) - len(m[0]) >= 2:
                    for suffix in {plain[m[1]], m[1]}:  # 湘西州, and 湘西自治州 with the peoples dropped alone
                        found.setdefault(p.name[:m.start()] + suffix, []).append(p)
        return {w: ps[0] for w, ps in found.items() if len(ps) == 1 and w not in taken}

    def former_county_names(self) -> list[Place]:
        """A county-level city or district under the county name it had (`平果县` for 平果市, `茌平县` for 茌平区):
        where exactly one division has the stem and no word already names it (lexicon former_county_suffix)."""
        former = lexicon().values("former_county_suffix")
        stems: dict[str, list[Place]] = {}
        for name, places in self.by_name.items():
            for p in places:
                if p.level == "county" and p.code and name[-1:] in former and len(name) >= 3:
                    stems.setdefault(name[:-1] + former[name[-1]], []).append(p)
        return [Place(word, "county", ps[0].code, ps[0].parent) for word, ps in stems.items()
                if len(ps) == 1 and word not in self.words and word not in self.by_name]

    def prefecture_form_rivals(self) -> dict[str, list[Place]]:
        """Each prefecture short form (lexicon prefecture_short_forms) with the county-level divisions whose stem it
        also is (`巴州` → 巴中市's 巴州区): where there are any, the text must settle which it names."""
        suffixes = tuple(lexicon().words("county_suffix"))
        return {word: [p for s in suffixes for p in self.by_name.get(word + s, []) if p.level == "county"]
                for word in lexicon().values("prefecture_short_forms")}

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
        return found[0] if found else self.former.get(name or "")


def _tsv(name: str) -> list[dict]:
    with open(LEXICON_DIR / name, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
