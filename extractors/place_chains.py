"""Place chains: places written one after another, each inside the one before (`上海浦东新区`,
`浙江省丽水市云和县安溪畲族乡`), read as the one place at their end; a chain with its own figure after it
(`信阳市浉河区1例`) is an item of a breakdown by place, no topic of the items after it."""

from __future__ import annotations

from bisect import bisect_left

from .gazetteer import Place, gazetteer
from .lexicon import lexicon

_GAP = lexicon().compile("chain_gap")
_NAME_DOT = lexicon().compile("name_dot_gap")
_ITEM = lexicon().compile("breakdown_item")
_ZONE_CASES = lexicon().compile_at("{zone_name_tail}{case_item_after}")   # `温州新区1例`: the zone's own count


def chain_end(mentions: list, k: int, text: str | None = None):
    """`上海浦东新区`, `陕西西咸新区`: the last of the places written one after the other from mentions[k], each
    inside the one before; a headline's place is the deepest of them. Given the text, a bracket or a year may stand
    between two of them (`(湖北省)2017年黄梅县…`, the chain_gap entry)."""
    g = gazetteer()
    while k + 1 < len(mentions):
        here, after = mentions[k], mentions[k + 1]
        joined = after.start == here.end or (
            text is not None and here.end < after.start and _GAP.fullmatch(text, here.end, after.start) is not None)
        if not joined or after.place is None or here.place is None \
                or here.place.name not in _ancestry(g, after.place)[1:]:
            break
        k += 1
    return mentions[k]


_TOWN_HEAD = 3  # characters of a town's name its mention may have missed (`安溪【畲族乡】`)


def division_chain(mentions: list) -> list:
    """`浙江省丽水市云和县安溪畲族乡…`: towns written right after a division's chain are below it, and read
    less surely (`畲族乡`); the chain's last division stands for them."""
    k = len(mentions)
    while k > 1 and mentions[k - 1].place is not None and mentions[k - 1].place.level == "town" \
            and 0 <= mentions[k - 1].start - mentions[k - 2].end <= _TOWN_HEAD and mentions[k - 2].kind == "place":
        k -= 1
    return mentions[:k] if k and mentions[k - 1].place is not None and mentions[k - 1].place.level != "town" \
        else mentions


def one_place(mentions: list, text: str | None = None) -> bool:
    """The mentions name one place: the same one, or the last one and the divisions that hold it (given the text,
    also a town the document taught written after a division and a middle dot: `辽阳·小北河`)."""
    if any(m.place is None for m in mentions):
        return len({m.kind for m in mentions}) == 1 and mentions[0].kind != "place"
    held_by = set(_ancestry(gazetteer(), mentions[-1].place))
    if text is not None and len(mentions) > 1 and _dotted_town(mentions[-2], mentions[-1], text):
        held_by.update(_ancestry(gazetteer(), mentions[-2].place))
    return all(m.place.name in held_by for m in mentions)


def _dotted_town(before, town, text: str) -> bool:
    """`辽阳·小北河`: a town of no known parent right after a division and a middle dot (name_dot_gap)."""
    return town.place.level == "town" and not town.place.parent and before.place.level in ("city", "county") \
        and before.end < town.start and _NAME_DOT.fullmatch(text, before.end, town.start) is not None


def _ancestry(g, place: Place) -> list[str]:
    """The names of place and every division that holds it."""
    names = []
    while place is not None:
        names.append(place.name)
        place = g.by_code.get(place.parent) if place.parent else None
    return names


def chain_item(mentions: list, k: int, text: str) -> int | None:
    """`信阳市浉河区1例`: the index of the last place of the chain from mentions[k] when its own figure follows it
    (an item of a breakdown by place), else None; so is a zone named after it with its own count of cases
    (`某市临港新区1例`: the zone's item, no topic of the sentences after the list)."""
    end = chain_end(mentions, k, text)
    if _ITEM.match(text, end.end) is None and _ZONE_CASES.match(text, end.end) is None:
        return None
    return mentions.index(end)


def item_before_items(text: str, mentions: list, k: int, pos: int) -> bool:
    """`(青岛市市南区2例、李沧区4例,省外来鲁人员3例)`: a place (or the chain from it) with its own figure right after
    it, followed by another such item before pos, heads only its own item: a figure after the list is the list's
    whole's, not the first item's."""
    last = chain_item(mentions, k, text)
    if last is None:
        return False
    later = mentions[last + 1:bisect_left(mentions, pos, key=lambda x: x.start)]
    return any(x.subject and x.kind == "place" and _ITEM.match(text, x.end) is not None
               for x in later)  # `上海报告4例…,其中来自美国3例`: where cases come from is no item by place
