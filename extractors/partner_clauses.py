"""Partner clauses: the partners a firm's own first clause names, and the world or the country it works in, take
none of the figures after it from the firm that opens the sentence.

`东岭科技联合杭州和宁波两地的医院，研发出筛查系统，全球上线超过60家医院，累计处理病例…` is the firm's account: the
cities in its first clause are where its partners are (lexicon/owners.toml `partner_clause`), `全球` where it works
(firm_figures._names_own_place reads the world and the country the same way). Another firm in the partners' clause,
a `；`, a firm or a place of its own before the figure still take the figure from it (firm_figures.owns_up_to).
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_PARTNER = _LEX.compile_at("partner_clause")
_FIRM = _LEX.compile("firm_name")
_SYSTEM = _LEX.compile("bodies_as_system")
_GROUP_ENDS = ("；", ";")
_WIDER_THAN_A_PLACE = ("world", "national", "china")  # where a firm works, no place a figure is of
_REACH = 160  # characters from the firm's name to its figure: its own account in one sentence


def owned_past_partners(text: str, actor_end: int, pos: int) -> bool:
    """The firm whose name ends at actor_end owns the figure at pos: its partners' clause (`联合…两地的医院，`, naming
    no firm) opens what follows it, and after that only places wider than one place (`全球上线…`), no `；`, firm or
    system."""
    if pos - actor_end > _REACH:
        return False
    partner = _PARTNER.match(text, actor_end, pos)
    if partner is None or _FIRM.search(text, actor_end, partner.end()) is not None:
        return False  # no partners named: owns_up_to alone decides (`中国电影市场…，全国电影票房…` is the country's)
    start = partner.end()
    between = text[start:pos]
    return not any(mark in between for mark in _GROUP_ENDS) and _FIRM.search(between) is None \
        and _SYSTEM.search(between) is None \
        and all(p.kind in _WIDER_THAN_A_PLACE for p in place_mentions(text, start, pos))
