"""Parks and sub-city zones named after the city or county that holds them (`廊坊高新区`, `攀枝花钒钛高新区`,
`南充高新技术产业园区`): the park is a region of its own, written as named, never the city whose name it holds
(lexicon `park_zone_tail`); a park the gazetteer lists as a division (`浦东新区`) is that division already."""

from __future__ import annotations

from .lexicon import lexicon

_TAIL = lexicon().compile_at("park_zone_tail")
_NOT_A_NAME = lexicon().compile("park_zone_not_a_name")
_HOLDERS = ("city", "county")
_KIND_END = lexicon().compile("park_zone_kind_end")
_BARE = lexicon().compile("park_zone_not_bare")


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


def is_park(mention) -> bool:
    """Whether a place mention is a park read by `park_spans` (a macro place whose name ends with a park's kind)."""
    place = mention.place
    return mention.kind == "group" and place is not None and place.level == "macro" \
        and _KIND_END.search(place.name) is not None
