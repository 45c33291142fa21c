"""Places an earlier clause of the sentence lists for a `分别` clause that names only its measure: `酒泉、定西排名第二和
第三,GDP增速分别为4.6%、4.0%` gives each figure its place in the order the places were listed, when the counts match.

The list must open its comma clause as its topic (after time words or `其中` only, or as the head of a short `…的`
modifier: `渗透率较高的北京和上海两个城市，`), be the only places between it and
the `分别` clause, and name exactly as many places as the figures; a list closed by `等` (examples, not all) or any
other place word in between (`全省`, a group) gives none: the figures keep the region they had."""

from __future__ import annotations

from .gazetteer import gazetteer
from .lexicon import lexicon

_JOINERS = frozenset(lexicon().words("list_joiner"))
_TOPIC_FILLER = lexicon().compile("topic_filler")
_CLAUSE_MARKS = (",", "，")
_ETCETERA = lexicon().compile_at("etcetera")
_NOT_SUBJECT = lexicon().compile("(?:{place_not_subject_before})$")
_PLACE_KINDS = ("place", "guarded")
_REACH = 80   # characters before the `分别` clause where the sentence may have listed the places
_MODIFIER_END = tuple(lexicon().words("modifier_end"))
_ANY_NOT_SUBJECT = lexicon().compile("place_not_subject_before")
_MODIFIER_REACH = 20  # characters of a `…的` modifier before the listed places


def _last_run(found: list, text: str, clause: int) -> list:
    """The places from the last one before the clause back over joiners only, after a clause mark between it and
    an earlier place (`本报北京…电  …较高的北京和上海…`: the dateline's place is no item)."""
    k = len(found)
    while k > 1 and text[found[k - 2][1]:found[k - 1][0]] in _JOINERS:
        k -= 1
    cut = k - 1 if found else 0
    earlier = found[:cut]
    if earlier and found[cut][1] <= clause and any(c in text[earlier[-1][1]:found[cut][0]] for c in _CLAUSE_MARKS):
        return found[cut:]
    return found


def _modified(text: str, opened: int, first: int) -> bool:
    """The listed places are the head of a `…的` modifier that opens their clause (`生活服务在线渗透率较高的北京和上海两个
    城市，…分别增长14%和16%`): still the clause's topic, unless the modifier says they are where something goes or comes
    from (`来自北京和上海的…` is no such head either: the places end no modifier there)."""
    modifier = text[opened:first]
    return 0 < len(modifier) <= _MODIFIER_REACH and modifier.endswith(_MODIFIER_END) \
        and _ANY_NOT_SUBJECT.search(modifier) is None


def places_listed_before(text: str, start: int, clause: int, head_end: int, n: int) -> list[str] | None:
    """The n places, in order, that the clause list before text[clause:head_end] (a `分别` clause's words before
    `分别`, which must name no place of its own) opens with; None when there is no such list. A short name kept out
    as a common word (`酒泉`, `定西`) counts here as an item of a list of one province's divisions."""
    g = gazetteer()
    lo = max(start, clause - _REACH)
    found = _last_run([(a, b, g.words[w]) for a, b, w in g.scanner.finditer(text, lo, head_end)], text, clause)
    if n < 2 or len(found) != n or any(kind not in _PLACE_KINDS or place is None for _, _, (kind, place, _) in found):
        return None
    if found[-1][1] > clause or any(text[a[1]:b[0]] not in _JOINERS for a, b in zip(found, found[1:], strict=False)):
        return None
    places = [place for _, _, (_, place, _) in found]
    if any(kind == "guarded" for _, _, (kind, _, _) in found) and len({p.parent or p.code for p in places}) != 1:
        return None  # a common word (`酒泉`) names its city only among its province's other divisions
    first, last = found[0][0], found[-1][1]
    opened = max(start, max(text.rfind(c, lo, first) for c in _CLAUSE_MARKS) + 1)
    if (_TOPIC_FILLER.fullmatch(text, opened, first) is None and not _modified(text, opened, first)) \
            or _NOT_SUBJECT.search(text, opened, first):
        return None  # `全省…,其中对酒泉…`: the places are no topic of their clause
    if _ETCETERA.match(text, last) is not None or text[last:last + 1] in _JOINERS:
        return None  # `酒泉、定西等地`: examples of a larger set
    return [p.name for p in places]
