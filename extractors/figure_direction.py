"""A figure's direction: the direction word right before it (`增长`, `降幅收窄至`, `增长-3.2%`) or a verb before
its object (`降低工商业电价5%`), the sign it gives (-1 for a decline), and the base a paragraph set for its changes
(`从环比看，`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_DIR_START = _LEX.compile(r"(?:{direction})(?!{reaching_to})(?=\p{Han}{2})")  # `下降到…的9.27%` reaches a level
_DIR_END = _LEX.compile(r"{direction}\s?(?:{qualifier_before}|{reaching_verb})?\s?(?P<minus>{minus_after_direction})?$")
_NARROWS = _LEX.words("narrows")[0]
_DOWN_RATE = _LEX.compile("down_rate_word")


def _sign(d, left: str) -> int:
    """-1 for a decrease: a down verb, or what narrows (`贸易顺差收窄18.3%`) unless it is a decline rate
    (`降幅收窄1.2个百分点` moves up)."""
    if d is None:
        return 1
    if d["down"] or (_NARROWS in d.group() and not _DOWN_RATE.search(left)):
        return -1
    return 1


_VIEW = _LEX.compile("comparison_view_opening")
_VIEW_REACH = 600  # characters back into the paragraph: a base said further back is not looked for (linear)


def view_openings(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """(end, month-on-month?) of each `从环比看，`/`从同比看，` from the paragraph's start (at most _VIEW_REACH back)
    to the sentence's end: the base the changes after it are taken against."""
    lo = max(text.rfind("\n", max(0, start - _VIEW_REACH), start) + 1, start - _VIEW_REACH, 0)
    return [(m.end(), m["mom"] is not None) for m in _VIEW.finditer(text, lo, end)]


def month_on_month(openings: list[tuple[int, bool]], pos: int) -> bool:
    """Whether the last base said before pos (see view_openings) is the period just before."""
    said = [mom for end, mom in openings if end <= pos]
    return bool(said) and said[-1]
