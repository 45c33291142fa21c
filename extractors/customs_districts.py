"""Customs districts: a trade figure whose sentence or story is a customs district's (`上海海关关区`) has no region.

A district's trade is all its customs clears, from all over, so it is neither its city's nor its province's
(kinds36: every figure of `前7月沪关区进出口…` filed as 上海市). One institution's figure has no region (JUDGE.md), unless
the text says the figure is a place's own trade (`全市进出口`), or, in a district's story, the figure's sentence names
a place of its own between the district and the figure (`其中，浦东新区进出口…`). Words in lexicon/owners.toml (`customs_district`,
`place_own_trade`, `trade_measure`, `trade_partner_lead`, `customs_name_tail`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_DISTRICT = _LEX.compile("customs_district")
_OWN_TRADE = _LEX.compile("place_own_trade")
_TRADE = _LEX.compile("trade_measure")
_PARTNER = _LEX.compile("trade_partner_lead")
_IN_A_NAME = _LEX.compile("customs_name_tail")
_STORY_REACH = 60  # characters of an article's opening (its title and lead) that set a district's story
_SENTENCE_REACH = 160  # characters before a figure its district may stand (a run-on sentence is read nearby only)
_PARTNER_REACH = 9  # characters before a partner its lead may stand (`对最大贸易伙伴欧盟`)
_NAME_REACH = 4  # characters after a place before the customs it names (`上海海关关区`, `沪关区`)


def district_trade(text: str, article_start: int, sentence_start: int, figure_start: int, subject: str) -> bool:
    """Whether the trade figure at figure_start counts a customs district's trade, so no place's."""
    if _TRADE.search(subject) is None or _OWN_TRADE.search(subject) is not None:
        return False
    sentence_start = max(sentence_start, figure_start - _SENTENCE_REACH)
    if _OWN_TRADE.search(text, sentence_start, figure_start) is not None:
        return False  # `全市进出口…`: the place's own trade, whatever the story
    since = None
    for d in _DISTRICT.finditer(text, sentence_start, figure_start):
        since = d.end()  # the district named last before the figure
    if since is None:
        if _DISTRICT.search(text[article_start:article_start + _STORY_REACH]) is None:
            return False
        since = sentence_start
    return not any(_own_place(text, p) for p in place_mentions(text, since, figure_start))


def _own_place(text: str, p) -> bool:
    """Whether a place named before the figure is one of its own: not the name of a customs or its district, nor a
    trade partner (`对东盟进出口`)."""
    return _IN_A_NAME.search(text, p.end, p.end + _NAME_REACH) is None and _PARTNER.search(text, max(0, p.start - _PARTNER_REACH), p.start) is None
