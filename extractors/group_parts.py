"""Group parts: a `其中` part named only by its group (`居民恩格尔系数为32%，其中城镇为31%`) measures the whole's measure
for that group (城镇居民恩格尔系数), never the bare group word, which names no measure (audit class S1); so does a
part named only by a way of transport (`货物运输量…，其中铁路…` → 铁路货物运输量)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_GROUPS = frozenset(_LEX.words("part_group_alone"))
_WHOLE_SCOPE = _LEX.compile("^{whole_scope_word}")
_MODES = frozenset(_LEX.words("part_mode_alone"))
_MODE_LEAD = _LEX.compile("mode_list_lead")


def group_part(subject: str, whole: str) -> str:
    """`城镇` under `全体居民恩格尔系数` → 城镇居民恩格尔系数, `铁路` under `货物运输量` → 铁路货物运输量; any other
    part is left as it is."""
    if subject in _MODES and whole:
        measure = _MODE_LEAD.sub("", _WHOLE_SCOPE.sub("", whole))  # `铁路` under `铁路、民航共发送旅客` → 铁路发送旅客
        return subject + measure if len(measure) >= 2 else subject
    if subject not in _GROUPS or not whole:
        return subject
    measure = _WHOLE_SCOPE.sub("", whole)
    for group in sorted(_GROUPS, key=len, reverse=True):  # `全省城镇居民…`: the whole's own group word goes
        if measure.startswith(group) and len(measure) > len(group) + 1:
            measure = measure[len(group):]
            break
    return subject if len(measure) < 2 or measure.startswith(subject) else subject + measure
