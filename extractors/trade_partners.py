"""The partners of a trade flow are not its place: in `浙江省对东盟、欧盟进出口合计2000亿元` or `我省对欧盟、美国分别进出口…`
the places after a partner's preposition (trade_partner_before), one or a list, with a trade word (trade_measure) between
them and the figure, are where the goods go or come from; the figure stays the trader's (浙江省), never the list's."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BEFORE = _LEX.compile("trade_partner_before")
_TRADE = _LEX.compile("trade_measure")
_JOINERS = frozenset(_LEX.words("list_joiner") + _LEX.words("list_joiner_word"))
_CLAUSE_MARKS = ",，;；"  # a partner of the figure's own clause only
_LIST_REACH = 30  # places a list of partners may hold
_LEAD_REACH = 9  # characters before the first partner its preposition may stand (`对最大贸易伙伴欧盟`)


def trade_partner(text: str, mentions: list, k: int, pos: int) -> bool:
    """Whether place mention k is a partner of the trade figure at pos: it or the first of the list it closes stands
    right after a partner's preposition, and a trade word stands between it and the figure in one clause."""
    between = text[mentions[k].end:pos]
    if _TRADE.search(between) is None or any(c in between for c in _CLAUSE_MARKS):
        return False
    j, first = k, max(0, k - _LIST_REACH)  # bounded: a long list is not walked back per figure
    while j > first and text[mentions[j - 1].end:mentions[j].start] in _JOINERS:
        j -= 1
    lo = max(0, mentions[j].start - _LEAD_REACH)
    return _BEFORE.search(text[lo:mentions[j].start]) is not None
