"""When a named macro-region (`西部地区`, `三区三州`) that a paragraph or an earlier clause is about stops holding for
a later figure: the central government's funds, or the next part after its `其中` part (lexicon `central_funds`)."""

from __future__ import annotations

from .lexicon import lexicon
from .places import PlaceMention

_CENTRAL_FUNDS = lexicon().compile("central_funds")
_OF_WHICH = lexicon().words("of_which")[0]
_OF_WHICH_REACH = 4   # characters: `其中，“珠三角`


def macro_not_carried(text: str, opened: PlaceMention, sentence_start: int, pos: int) -> bool:
    """A macro-region (`西部地区`) the paragraph or an earlier clause is about does not hold for a figure whose
    sentence has the central government act before it (`中央财政下达…`: the country's funds), nor past its own clause
    when it is a part after `其中` (`其中,珠三角城市…;粤东西北城市…`: the next part is another one's)."""
    if opened.kind != "group":
        return False
    central = _CENTRAL_FUNDS.search(text, sentence_start, pos)
    return (central is not None and not _a_part_of_the_whole(text, opened, sentence_start, central.start())) \
        or _OF_WHICH in text[max(0, opened.start - _OF_WHICH_REACH):opened.start]


def _a_part_of_the_whole(text: str, opened: PlaceMention, sentence_start: int, central: int) -> bool:
    """`“三区三州”地区…资助金额共计32.67亿元,其中,中央财政资金10.97亿元,地方财政资金…`: the central funds listed after
    `其中` are a part of the macro-region's whole its own sentence states, so they and the parts after them stay the
    region's; so are those of a sentence that opens with `其中` (`…财政投入共计…。其中,中央财政资金…`), the sentence
    before's parts."""
    whole_here = sentence_start <= opened.start or text[sentence_start:central].lstrip().startswith(_OF_WHICH)
    return whole_here and _OF_WHICH in text[max(opened.end, central - _OF_WHICH_REACH):central]


def central_funds_before(text: str, sentence_start: int, pos: int) -> bool:
    """The central government acts before pos in its sentence (`中央财政下达…转移支付721亿元`): the figure is the
    country's funds, unless the central funds are a part of the region's total (`资助金额共计32.67亿元，其中，中央财政
    资金10.97亿元`: the region's money by who paid it)."""
    cue = _CENTRAL_FUNDS.search(text, sentence_start, pos)
    return cue is not None and _OF_WHICH not in text[sentence_start:cue.start()]
