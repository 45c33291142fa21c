"""Threshold sets: an amount that only tells apart the things a figure counts or shares is no fact of its own.

`营业收入超10亿元的工业企业6户`, `复工率超过80%的企业占72.5%`, `年收入达5万元的村已有320个`, `5000亩以上11户`: the bound
(of any unit, a percent too) defines a set and the figure after it is the set's count or share, so the bound is a
modifier (quantities.py) and the figure's subject keeps the whole phrase that restricts its set (营业收入超10亿元的工业
企业, 复工率超过80%的企业占比), not its bare noun read as the total (audit sheet 47: 企业占比, 中成药品种, 千亩以上).
An amount told exactly (`外商投资总额4.2亿元的企业有12家`) may be the things' own total and stays a fact.
Words in lexicon/qualifiers.toml (`threshold_of_named_count`, `threshold_share`, `threshold_bound_before`) and
lexicon/story.toml (`size_class_after`, `size_class_tail`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_NAMED_COUNT = _LEX.compile("threshold_of_named_count")
_SHARE = _LEX.compile("threshold_share")
_BOUND_BEFORE = _LEX.compile("threshold_bound_before")
_SIZE_CLASS = _LEX.compile("size_class_after")
_SIZE_CLASS_TAIL = _LEX.compile("size_class_tail")
_BOUNDS = frozenset({"more_than", "at_least", "less_than"})  # `超`, `以上`, `以下`, `不足`: a bound, not a level
_BOUND_REACH = 3  # characters: the bound word right before the amount


def bounds_a_set(text: str, start: int, end: int, qualifier: str) -> bool:
    """Whether the amount text[start:end] is a bound that tells apart the things counted or shared right after it."""
    if _SIZE_CLASS.match(text, end) is not None or _SIZE_CLASS_TAIL.match(text, end) is not None:
        return True  # `5000亩以上11户`: a size class's bound, the count the figure
    if qualifier not in _BOUNDS and _BOUND_BEFORE.search(text, max(0, start - _BOUND_REACH), start) is None:
        return False
    return _NAMED_COUNT.match(text, end) is not None or _SHARE.match(text, end) is not None
