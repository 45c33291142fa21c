"""Group parts: a `其中` part named only by its group (`居民恩格尔系数为32%，其中城镇为31%`) measures the whole's measure
for that group (城镇居民恩格尔系数), never the bare group word, which names no measure (audit class S1)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_GROUPS = frozenset(_LEX.words("part_group_alone"))
_WHOLE_SCOPE = _LEX.compile("^{whole_scope_word}")


def group_part(subject: str, whole: str) -> str:
    """`城镇` under `全体居民恩格尔系数` → 城镇居民恩格尔系数; any other part is left as it is."""
    if subject not in _GROUPS or not whole:
        return subject
    measure = _WHOLE_SCOPE.sub("", whole)
    for group in sorted(_GROUPS, key=len, reverse=True):  # `全省城镇居民…`: the whole's own group word goes
        if measure.startswith(group) and len(measure) > len(group) + 1:
            measure = measure[len(group):]
            break
    return subject if len(measure) < 2 or measure.startswith(subject) else subject + measure
