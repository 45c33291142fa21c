"""Whether a figure is one entity's own that its sentence points back at by its kind (`这家农场经营土地120亩，…去年纯收益
实现20多万元`, `店里客流大增，…首日订单达成40辆`, `整个墓园…总面积达3.5万平方米`, `园内建有…项目6个`): a farm's, a shop's, a
park's or a tomb's figure, not the county's or the city's its story is about, so no region — unless a place is named
between the pointer and the figure (`这家农场在某县…`: that clause's place). Words: `one_entity_reference`."""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_ENTITY = lexicon().compile_at("one_entity_reference")
_CLAUSE_MARKS = ("，", ",", "；", ";", "。", "：", ":", "“")
_REACH = 120  # characters before a figure where its sentence's pointer may open a clause (bounded: a run-on sentence)


def one_entity_figure(text: str, sentence: int, pos: int) -> bool:
    """A clause of the sentence opening before pos (the figure's own too) points at one entity by its kind, and no
    place stands between that pointer and the figure."""
    lo = max(sentence, pos - _REACH)
    opens = [lo] + [i + 1 for i in range(lo, pos) if text[i] in _CLAUSE_MARKS]
    for at in opens:
        found = _ENTITY.match(text, at, pos)
        if found is not None:
            return not any(m.kind in ("place", "scope") for m in place_mentions(text, found.end(), pos))
    return False
