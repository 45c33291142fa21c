"""A figure between China and one partner (`中非贸易额`, `中美双边贸易`): the pair's, so neither the partner's own
place (a story on Africa) nor the paper's country: no region. A Chinese investor's investment in one foreign country
(`中方累计投资额` in a sentence on Senegal, `中国企业在南非直接投资`) is that country's, and one whose subject names
its destination (`中国对尼泊尔投资`, `对非…直接投资存量`) is the destination's; so is a trade flow whose subject names
the one partner China imports from or exports to (`中国从智利进口精炼铜` → 智利). A pair's measure naming the figure
itself (`中美贸易总值`) is never the partner's, even where the partner opens the sentence (`美国为我第三大贸易伙伴，中美
贸易总值…`): in a story on China's own trade (the paper's country in force) it is China's account, 全国; in a story on
the partner or elsewhere it is the pair's, no region."""

from __future__ import annotations

from .gazetteer import Place, gazetteer
from .lexicon import lexicon

_BILATERAL = lexicon().compile("bilateral_measure")
_INVESTED_ABROAD = lexicon().compile("chinese_investment_abroad")
_FOREIGN = "foreign"
_DESTINATION = lexicon().compile("investment_destination")
_SHORT = lexicon().values("investment_destination_short")
_PARTNER = lexicon().compile("trade_partner")
_NATIONAL = "national"


def bilateral_figure(text: str, places: list, lo: int, pos: int) -> bool:
    """A bilateral measure stands in text[lo:pos] with no place named between it and the figure at pos (`中美贸易…,
    美国GDP增长2%` is America's)."""
    found = list(_BILATERAL.finditer(text, lo, pos))
    return bool(found) and not any(found[-1].end() <= p.start < pos for p in places)


def invested_abroad(subject: str, places: list, pos: int):
    """The foreign country a Chinese investor's investment (subject) goes to: the one place the sentence names before
    the figure at pos, when it is a foreign country (`中国成为塞内加尔第一大融资来源国，…中方累计投资额超过3.7亿美元`)."""
    if not subject or _INVESTED_ABROAD.match(subject) is None:
        return None
    before = [p for p in places if p.start < pos and p.kind == "place"]
    if not before or any(p.place is None or p.place.level != _FOREIGN or p.place.name != before[0].place.name
                         for p in before):
        return None
    return before[-1]


def invested_in(subject: str) -> Place | None:
    """The foreign destination a Chinese investor's investment names in its subject (`中国在埃投资额` → 埃及), if known."""
    found = _DESTINATION.match(subject or "")
    if found is None:
        return None
    name = _SHORT.get(found["dest"], found["dest"])
    known = [p for p in gazetteer().by_name.get(name, ()) if p.level == _FOREIGN]
    return known[0] if known else Place(name, _FOREIGN) if name in _SHORT.values() else None


def traded_with(subject: str, trader: Place | None) -> Place | None:
    """The one foreign partner a directional trade flow of China names in its subject (`中国从智利进口精炼铜` → 智利);
    a flow naming no trader is China's only when the trader in force is the country or unknown (`广东省对美国出口`: none)."""
    found = _PARTNER.match(subject or "")
    if found is None or not found["china"] and trader is not None and trader.level != _NATIONAL:
        return None
    name = _SHORT.get(found["dest"], found["dest"])
    known = [p for p in gazetteer().by_name.get(name, ()) if p.level == _FOREIGN]
    return known[0] if known else None


def pair_region(subject: str, scopes: list) -> str | None | bool:
    """The region of a figure whose subject opens with a pair's measure (`中美贸易总值`): 全国 when the innermost
    place in force is the country, else None (the pair's); False when the subject names no pair's measure."""
    if not subject or _BILATERAL.match(subject) is None:
        return False
    place = next((p for p in scopes if p is not None), None)
    return place.name if place is not None and place.level == _NATIONAL else None
