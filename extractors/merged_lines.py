"""A channel beside the 12345 line: in a report that names the citizen line (`12345民呼必应热线平台共受理…`), the intake
and resolved items of another public line it took in (`12315消费者投诉举报热线共接听来电8459人次`, `…已办结2793件`) or of a
leader's mailbox (`市长信箱共受理群众来信2491件`) are that channel's part, an item count, and its rates an item's share,
never the line's total or rate (lexicon `merged_line_number`, `citizen_line_number`). A report of that other line alone
(`甘肃12328…电话共受理来电18400件`) keeps its total. An intake listed after `其中` in its sentence (`其中,受理12345热线微信
公众号诉求561件,政务服务诉求100件,…`) is a part of the total before it, never the total."""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_MERGED = _LEX.compile("merged_line_number")
_CITIZEN = _LEX.compile("citizen_line_number")
_OF_WHICH = _LEX.words("of_which")[0]
_CLAUSE_OPENERS = " ,，;；:："
TOTAL = "hotline.contacts_total"
PLATFORM_PARTS = {"hotline.contacts_total": "hotline.count", "hotline.resolved": "hotline.count",
                  "hotline.resolution_rate": "hotline.share", "hotline.satisfaction_rate": "hotline.share"}


def merged_line_part(text: str, pos: int, subject: str) -> bool:
    """The figure at pos, named subject, is a merged line's part of the 12345 platform named before it."""
    return _MERGED.search(subject) is not None and _CITIZEN.search(subject) is None \
        and _CITIZEN.search(text, 0, pos) is not None


def listed_part(text: str, sentence_start: int, clause: int, pos: int) -> bool:
    """The intake at pos is an item of a `其中` list its sentence opened before it, and no place opens its clause
    (`其中,…;丹阳12345受理9100个`: that county's own line and total, not a part of the city's)."""
    if _OF_WHICH not in text[sentence_start:pos]:
        return False
    opening = len(text[clause:pos]) - len(text[clause:pos].lstrip(_CLAUSE_OPENERS))
    return not any(m.kind == "place" and m.start == clause + opening for m in place_mentions(text, clause, pos))
