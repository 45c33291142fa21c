"""The partners of a trade flow are not its place: in `浙江省对东盟、欧盟进出口合计2000亿元` or `我省对欧盟、美国分别进出口…`
the places after a partner's preposition (trade_partner_before), one or a list, with a trade word (trade_measure) between
them and the figure, are where the goods go or come from; the figure stays the trader's (浙江省), never the list's.
After `与`/`同` a foreign partner (or a list of them) followed right away by a trade word (`厦门市与欧盟贸易总值`, `我省同
日本的进出口`) is the trader's partner too, so the trader before it is no item of a list of places (kinds44)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BEFORE = _LEX.compile("trade_partner_before")
_WITH = frozenset(_LEX.words("trade_partner_with"))
_TRADE_NEXT = _LEX.compile_at("trade_partner_with_measure")
_LIST_AFTER = _LEX.compile_at("partner_list_after")
_FOREIGN = "foreign"
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


def trades_with(text: str, mentions: list, k: int) -> bool:
    """Whether place mention k, a Chinese place, trades with the foreign partners joined to it by `与`/`同`
    (`厦门市与欧盟贸易总值`, `厦门市同美国、日本进出口`): a trade word follows the partners' list right away."""
    m = mentions[k]
    if k + 1 >= len(mentions) or m.place is None or m.place.level == _FOREIGN \
            or text[m.end:mentions[k + 1].start] not in _WITH:
        return False
    j = k + 1
    while j + 1 < len(mentions) and j - k < _LIST_REACH and text[mentions[j].end:mentions[j + 1].start] in _JOINERS:
        j += 1
    partners = mentions[k + 1:j + 1]
    return all(p.place is not None and p.place.level == _FOREIGN for p in partners) \
        and _TRADE_NEXT.match(text, partners[-1].end) is not None


def listed_partner(text: str, mentions: list, k: int) -> bool:
    """Whether place mention k is a later item of a list of partners whose first stands right after a partner's
    preposition and whose last a trade word or `分别` follows (`对马来西亚、泰国、新加坡分别增长…`: 泰国 and 新加坡 are
    partners as 马来西亚 is)."""
    j, first = k, max(0, k - _LIST_REACH)
    while j > first and text[mentions[j - 1].end:mentions[j].start] in _JOINERS:
        j -= 1
    if j == k or mentions[j].subject:
        return False
    last = k  # the list's last item: a trade word or `分别` follows it in its clause
    while last + 1 < len(mentions) and last - j < _LIST_REACH \
            and text[mentions[last].end:mentions[last + 1].start] in _JOINERS:
        last += 1
    return _BEFORE.search(text[max(0, mentions[j].start - _LEAD_REACH):mentions[j].start]) is not None \
        and _LIST_AFTER.match(text, mentions[last].end) is not None
