"""Parks and sub-city zones named after the city or county that holds them (`廊坊高新区`, `攀枝花钒钛高新区`,
`南充高新技术产业园区`): the park is a region of its own, written as named, never the city whose name it holds
(lexicon `park_zone_tail`); a park the gazetteer lists as a division (`浦东新区`) is that division already. A free-trade or
bonded zone is one named by its own name alone (`前海蛇口自贸片区`) or opening its clause after a province's (`上海自贸区`)."""

from __future__ import annotations

from .lexicon import lexicon

_TAIL = lexicon().compile_at("park_zone_tail")
_NOT_A_NAME = lexicon().compile("park_zone_not_a_name")
_HOLDERS = ("city", "county")
_KIND_END = lexicon().compile("park_zone_kind_end")
_BARE = lexicon().compile("park_zone_not_bare")
_WHOLE_PROVINCE = frozenset(lexicon().words("free_trade_zone_whole_province"))
_UNHELD = lexicon().compile("unheld_zone_name")
_UNHELD_KIND = lexicon().compile("unheld_zone_kind")
_OPENER = lexicon().compile("unheld_zone_opener")
_UNHELD_NOT_A_NAME = lexicon().compile("unheld_zone_not_a_name")
_HAN = lexicon().compile(r"\p{Han}")
_RUN_REACH = 10  # characters back from a zone's kind its own name and a clause opener may take
_BRACKETED = (6, 7)  # characters of `中国（上海）`, `中国（黑龙江）` before the kind


def park_spans(text: str, end: int, found: list) -> list[tuple[int, int, str]]:
    """(start, end, name) of each park in text[:end] named by a city's or a county's place word in `found`
    (PlaceMentions) right before its kind (`廊坊高新区`)."""
    out = []
    for m in found:
        if m.kind != "place" or m.place is None or m.place.level not in _HOLDERS:
            continue
        if text[m.start:m.end] == m.place.name:
            continue  # `衡阳市综合保税区内`: the city written in full holds the zone, a scene in the city
        tail = _TAIL.match(text, m.end, end)
        if tail is None or _NOT_A_NAME.search(tail["name"]):
            continue
        if not tail["name"] and _BARE.fullmatch(tail[0]):
            continue  # `慈溪市16例,金华新区1例`: a bare 新区 after a city is an item of the city, no park
        out.append((m.start, tail.end(), text[m.start:tail.end()]))
    return out


def unheld_zone_spans(text: str, start: int, end: int, found: list) -> list[tuple[int, int, str]]:
    """(start, end, name) of each free-trade or bonded zone in text[start:end] named by its own name from its clause's
    start, with no place word inside or right before it (`；前海蛇口自贸片区已累计…`, `中国（上海）自由贸易试验区`)."""
    out = []
    for kind in _UNHELD_KIND.finditer(text, start, end):
        a = kind.start()
        while a > max(0, kind.start() - _RUN_REACH) and _HAN.match(text, a - 1):
            a -= 1
        if a < start or a > 0 and _HAN.match(text, a - 1):
            continue  # no clause start within reach, or one before the text asked about
        if (opener := _OPENER.match(text[a:kind.start()])) is not None:
            a += opener.end()
        name, inner = _UNHELD.fullmatch(text, a, kind.end()), a
        for back in _BRACKETED if name is None and text[a - 1:a] in "）)" else ():
            if a - back >= start and (name := _UNHELD.fullmatch(text, a - back, kind.end())) is not None:
                a -= back  # `中国（上海）自由贸易试验区`: the place in brackets is the zone's own name
                break
        if name is None or name["name"] and (_NOT_A_NAME.search(name["name"]) or _UNHELD_NOT_A_NAME.search(name["name"])):
            continue
        inside = [m for m in found if m.start < kind.end() and inner < m.end]
        if inside and not _province_zone(text, inside, inner):
            continue  # `深圳前海蛇口自贸片区`: a city's zone (park_spans), or a place's own word
        out.append((a, kind.end(), text[a:kind.end()]))
    return out


def _province_zone(text: str, inside: list, start: int) -> bool:
    """`上海自贸试验区`, `广东自贸试验区` opening a clause: a province's zone, not the whole province (unless the zone is
    the whole province, `海南自贸区`)."""
    m = inside[0]
    return len(inside) == 1 and m.start == start and m.kind == "place" and m.place is not None \
        and m.place.level == "province" and text[m.start:m.end] not in _WHOLE_PROVINCE \
        and m.place.name not in _WHOLE_PROVINCE


def is_park(mention) -> bool:
    """Whether a place mention is a park read by `park_spans` (a macro place whose name ends with a park's kind)."""
    place = mention.place
    return mention.kind == "group" and place is not None and place.level == "macro" \
        and _KIND_END.search(place.name) is not None
