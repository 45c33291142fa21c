"""Whether a figure is one entity's own that its sentence points back at by its kind (`这家农场经营土地120亩，…去年纯收益
实现20多万元`, `店里客流大增，…首日订单达成40辆`, `整个墓园…总面积达3.5万平方米`, `园内建有…项目6个`): a farm's, a shop's, a
park's or a tomb's figure, not the county's or the city's its story is about, so no region — unless a place is named
between the pointer and the figure (`这家农场在某县…`: that clause's place). So is a figure of a sentence that says what
its one firm has become or is (`…，已发展成为一家…大型食品集团，2019年品牌价值达…`), unless the figure's own clause
names a place or a scope (`目前在全国拥有10个…中心` is left to the scopes: precision first). Words: `one_entity_reference`, `one_firm_predicate`."""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_ENTITY = lexicon().compile_at("one_entity_reference")
_FIRM_PREDICATE = lexicon().compile("one_firm_predicate")
_SENTENCE_ENDS = "。！？!?\n"
_SENTENCE_REACH = 200  # characters after a figure its sentence's predicate may stand in
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


def one_firm_sentence(text: str, sentence: int, pos: int) -> bool:
    """The sentence of the figure at pos says what its one firm has become or is (`…成为一家…集团`), and the figure's own
    clause names no place or scope."""
    reach = min(len(text), pos + _SENTENCE_REACH)
    end = min((i for i in (text.find(c, pos, reach) for c in _SENTENCE_ENDS) if i >= 0), default=reach)
    if _FIRM_PREDICATE.search(text, sentence, end) is None:
        return False
    clause = max(sentence, max(text.rfind(c, sentence, pos) for c in _CLAUSE_MARKS) + 1)
    return not place_mentions(text, clause, pos)  # `帮助全国超7万个供应商…`: the clause's own place or scope decides
