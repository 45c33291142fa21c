"""Places listed together: a place listed with another names no single place (`北京、河北企业在津投资`), and a place
chained or listed after the partners of a division acting with them is a partner, not the topic (`梧州市与广东省广州、
佛山等城市合作`); regions.named_in_clause asks both. Words in lexicon `list_joiner`, `partner_act_after`."""

from __future__ import annotations

from .lexicon import lexicon
from .places import PlaceMention
from .trade_partners import trades_with

_PARTNER_ACT = lexicon().compile("partner_act_after")
_PARTNER_LEVELS = ("province", "city", "county")
_JOINERS = frozenset(lexicon().words("list_joiner"))
_LIST_MARK = lexicon().words("list_joiner")[0]   # 、
_LOOKBACK = 240  # characters before a place its list of partners is walked back (regions._LOOKBACK)


def partner_item(text: str, mentions: list[PlaceMention], k: int) -> bool:
    """`梧州市与广东省广州、佛山、肇庆等城市合作,…`: a place chained or listed after the partners of a place acting with
    them is one of the partners too, not the figure's topic."""
    j, reach = k, mentions[k].start - _LOOKBACK  # bounded: a long list is not walked back per place
    while j > 0 and mentions[j - 1].start >= reach and (text[mentions[j - 1].end:mentions[j].start] in _JOINERS
                                                        or mentions[j - 1].end == mentions[j].start):
        j -= 1
        if not mentions[j].subject:
            return j > 0 and mentions[j - 1].subject and _with_partners(text, mentions, j - 1)
    return False


def in_list(text: str, mentions: list[PlaceMention], k: int) -> bool:
    """`北京、河北企业在津投资`: a place listed with another names no single place (national bodies listed
    together, `党中央、国务院`, stay the country, and so do two names of one place)."""
    m = mentions[k]
    before = k > 0 and text[mentions[k - 1].end:m.start] in _JOINERS and not _both_bodies(m, mentions[k - 1])
    after = k + 1 < len(mentions) and text[m.end:mentions[k + 1].start] in _JOINERS \
        and not _both_bodies(m, mentions[k + 1]) and not _with_partners(text, mentions, k) \
        and not trades_with(text, mentions, k)  # `厦门市与欧盟贸易总值`: the city's trade with its partner
    if before or after:  # `火神山、雷神山医院`: two landmarks of one city are that city
        side = [mentions[i] for i in (k - 1, k + 1) if 0 <= i < len(mentions)]
        return not all(o.place is not None and o.place == m.place for o in side
                       if text[min(o.end, m.end):max(o.start, m.start)] in _JOINERS)
    return before or after


def _with_partners(text: str, mentions: list[PlaceMention], k: int) -> bool:
    """`梧州市与广东省广州、佛山等城市合作`: a Chinese division acts with the places after `与`, its partners, not its
    co-subjects (countries acting together, `俄罗斯与非洲国家签署…`, make a pair's figure: bilateral_figures.py)."""
    m, nxt = mentions[k], mentions[k + 1]
    return m.kind == "place" and m.place is not None and m.place.level in _PARTNER_LEVELS \
        and not nxt.subject and text[m.end:nxt.start] != _LIST_MARK \
        and _PARTNER_ACT.match(text, nxt.end) is not None


def _both_bodies(a: PlaceMention, b: PlaceMention) -> bool:
    return a.kind == b.kind == "body"
