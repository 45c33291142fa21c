"""A figure's direction: the direction word right before it (`增长`, `降幅收窄至`, `增长-3.2%`) or a verb before
its object (`降低工商业电价5%`), and the sign it gives (-1 for a decline)."""

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
