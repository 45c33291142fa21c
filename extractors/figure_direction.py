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


def changes_after_levels(text: str, run: list[int], spans: list[tuple[int, int]], is_change: list[bool]) \
        -> tuple[list[int], list[int], int]:
    """A `分别` run of levels then their changes (`分别达4.72万元和2.08万元,增长8.2%和8.8%`): the levels, the
    changes that go to the same items in order (empty unless there are as many, after a direction word), and the
    changes' sign. A run of one kind is returned whole."""
    split = next((k for k in range(1, len(run)) if is_change[k] != is_change[0]), None)
    if split is None:
        return run, [], 1
    levels, rest = run[:split], run[split:]
    between = text[spans[split - 1][1]:spans[split][0]]
    d = _DIR_END.search(between)
    if is_change[0] or len(rest) != len(levels) or d is None:
        return levels, [], 1
    return levels, rest, _sign(d, between)
