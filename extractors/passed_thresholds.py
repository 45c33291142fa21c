"""Thresholds passed: `出口规模首次突破3000亿元,达3080.3亿元` tells the line the measure crossed, then its value, and
`实现产值10947亿元，首次突破1万亿元` the value, then the line. The line is no fact of its own (a reader would chart
3000 and 3080 as two values of one measure): a lower bound next to an exact value of the same unit and kind, joined
only by `达`/`为` after it (lexicon `threshold_then_value`) or by a verb of crossing before it (`value_then_threshold`),
is dropped. A threshold said alone (`全市进出口突破3000亿元`) stays, as a lower bound.
"""

from __future__ import annotations

from .lexicon import lexicon
from .mention import Mention

_THEN_VALUE = lexicon().compile("threshold_then_value")
_THEN_THRESHOLD = lexicon().compile("value_then_threshold")
_LOWER_BOUNDS = frozenset({"more_than", "at_least"})


def without_passed_thresholds(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions less each threshold its exact value follows or comes right after."""
    passed = set()
    for i, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if _passed(text, a, b, _THEN_VALUE):
            passed.add(i)
        elif _passed(text, b, a, _THEN_THRESHOLD):
            passed.add(i + 1)
    return [m for i, m in enumerate(mentions) if i not in passed] if passed else mentions


def _passed(text: str, line: Mention, value: Mention, joiner) -> bool:
    """line is a lower bound the exact value crosses, the two joined (in text order) by joiner alone."""
    first, second = sorted((line, value), key=lambda m: m.start)
    return line.qualifier in _LOWER_BOUNDS and value.qualifier not in _LOWER_BOUNDS and line.kind == value.kind \
        and line.unit == value.unit and value.value >= line.value and second.start > first.end \
        and joiner.fullmatch(text, first.end, second.start) is not None  # a level's span starts at its number
