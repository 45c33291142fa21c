"""One quantity as a sentence's reader reads it: its clause, the direction word ending that clause, and the text
its subject is made of (`比上年增加1000亿元`: an amount of change; `降低工商业电价5%`: the verb, its object, then the change)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .figure_direction import _DIR_END, _DIR_START, _sign
from .lexicon import lexicon
from .pulled_figures import pull_act
from .quantities import Quantity
from .respective_lists import CHANGE_UNITS
from .subjects import clean_subject

_NET_ALONE = lexicon().compile("net_change_alone")


@dataclass(slots=True)
class Figure:
    """One quantity as it is being read: its clause, its direction and what its subject is made of."""
    i: int
    q: Quantity
    clause: int
    left: str                  # the clause before the number
    d: regex.Match | None      # the direction word ending the clause
    change: bool
    delta: bool
    sign: int
    raw: str                   # the clause without its direction word: the subject's source
    spread: tuple | None = None
    noun: str = ""
    noun_end: int = 0


def clause_direction(left: str, unit: str | None, after_level: bool = False) -> tuple:
    """(direction match, change, delta, sign, raw subject text) of the clause before a number; after_level: the
    figure before is a level in the same unit (`…达到417亿元,净增110.8亿元`: the net increase is that level's)."""
    if after_level and (net := _NET_ALONE.fullmatch(left.strip(" ,，"))) is not None:
        return net, False, True, -1 if net["down"] else 1, ""
    d = _DIR_END.search(left)
    change = d is not None and unit in CHANGE_UNITS
    # `比上年增加1000亿元`: an amount of change, kept as an `other` fact named after what changed
    delta = d is not None and not change and unit not in CHANGE_UNITS
    sign = _sign(d, left)
    if d is not None and d["minus"]:
        sign = -sign  # `增长-3.2%`: a decline
    raw = left[:d.start()] if (change or delta) else left
    if d is None and unit in CHANGE_UNITS and (d0 := _DIR_START.match(clean_subject(left))):
        # `降低工商业电价5%`: the verb, its object, then the change
        change, sign, raw = True, -1 if d0["down"] else 1, clean_subject(left)[d0.end():]
    elif d is None and pull_act(left, unit) is not None:
        change = True  # `…增长0.4%,拉动地区生产总值0.1个百分点`: a pull in points is a change, 增长 unwritten
    return d, change, delta, sign, raw
