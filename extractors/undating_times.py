"""Times that date no figure where they stand: a time that dates a thing the clause names (`去年出台的政策`), one
inside a title or bracketed aside (`《2018—2022年…规划》`), a month every year (`每年4月至9月`), the first time of a
from-to statement whose second amount a figure is past (`由2017年的9.8%降至7.5%`), and a share's whole's time
(`占全市2014年…总数的21.8%`). periods.py skips them when it
chooses the time in force at a figure; the sentence-opening readers ask them too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from .periods import TimeMention

_LEX = lexicon()
_ATTRIBUTIVE = _LEX.compile("(?:{attributive_time})|(?:{event_after_time})|(?:{parameter_time})|(?:{era_attributive})")
_FROM_TIME_BEFORE = _LEX.compile("from_time_before")
_FROM_TIME_TO = _LEX.compile("from_time_to_amount")
_HABITUAL_BEFORE = _LEX.compile("habitual_before")
_SHARE_BASE_BEFORE = _LEX.compile("share_base_before")
_SHARE_BASE_AFTER = _LEX.compile("share_base_after")


def is_attributive(text: str, tm: TimeMention, end: int) -> bool:
    """A time that dates a thing the clause mentions, not a figure (`去年出台的政策`, `上年不变价`,
    `2011年以来的出口最高增速`)."""
    return _ATTRIBUTIVE.match(text, tm.end, end) is not None


def attributive_end(text: str, tm: TimeMention, end: int) -> int | None:
    """Where an attributive time's phrase ends, with the punctuation after it (`10日从商务部获悉：`), else None."""
    m = _ATTRIBUTIVE.match(text, tm.end, end)
    if m is None:
        return None
    pos = m.end()
    while pos < end and text[pos] in _PHRASE_MARKS:
        pos += 1
    return pos


_PHRASE_MARKS = frozenset("：:，, ")


def in_aside(text: str, start: int, tm: TimeMention, pos: int) -> bool:
    """A time inside a title or a bracketed aside that closes before pos (`《2018—2022年检察改革工作规划》`,
    `(6月高考,剔除3月份高职单招录取的930人)`) dates what is inside, not the figure after it; a time alone in
    brackets restates the one before it (`2024年第26周(6月24日—6月30日)`) and still counts, as does an edition
    (`《…目录》(2018年版)`)."""
    for opener, closer in _BRACKETS:
        left = text.rfind(opener, start, tm.start)
        if left == -1 or text.find(closer, left, tm.start) != -1:
            continue
        right = text.find(closer, tm.end, pos)
        if right != -1 and len(text[left + 1:tm.start].strip()) + len(text[tm.end:right].strip()) >= _ASIDE_WORDS:
            return True
    return False


_BRACKETS = (("《", "》"), ("(", ")"), ("（", "）"))
_ASIDE_WORDS = 2   # characters besides the time that make a bracket an aside: `(2018年版)` still dates its source


def is_habitual(text: str, tm: TimeMention) -> bool:
    """A month every year (`每年4月至9月，…`): a habit, which dates no figure and opens no sentence's time."""
    return _HABITUAL_BEFORE.search(text, max(0, tm.start - 4), tm.start) is not None


def dates_other_part(text: str, tm: TimeMention, pos: int) -> bool:
    """A time that dates no figure at pos: the first time of a from-to statement whose second amount pos is past
    (`到去年底，…由2017年的9.8%降至【7.5%】` is as of last year's end), a month every year (`每年4月至9月`), or the
    time of a share's whole (`占全市2014年…总数的【21.8%】`)."""
    if is_habitual(text, tm) or in_share_base(text, tm, pos):
        return True
    return _FROM_TIME_BEFORE.search(text, max(0, tm.start - 2), tm.start) is not None \
        and _FROM_TIME_TO.match(text, tm.end, pos) is not None


def in_share_base(text: str, tm: TimeMention, pos: int) -> bool:
    """A time inside the whole that the share at pos is taken of (`占全市2014年…总数的21.8%`): it dates the whole."""
    return _SHARE_BASE_BEFORE.search(text, max(0, tm.start - 8), tm.start) is not None \
        and _SHARE_BASE_AFTER.match(text, tm.end, pos) is not None
