"""Zones named after a place that span several divisions (`成都平原经济区`, `环成都经济圈`, `川南经济区`): where each
name runs in a text, so that the zone is a macro-region of its own and not the city whose name it holds (lexicon
`economic_zone_tail`)."""

from __future__ import annotations

from .lexicon import lexicon

_TAIL = lexicon().compile("economic_zone_tail")
_OPENERS = tuple(sorted(lexicon().words("economic_zone_opener"), key=len, reverse=True))
_HEAD = lexicon().compile("economic_zone_head")
_FULL_NAME_ENDS = tuple(lexicon().words("place_suffix") + lexicon().words("county_suffix"))
_PREFIXES = frozenset(lexicon().words("economic_zone_prefix"))
_GENERIC = lexicon().compile("economic_zone_generic_head")
_HAN = lexicon().compile(r"\p{Han}")
_NAME_REACH = 10   # characters: the longest name before a tail (`成渝地区双城` is 6)
_NAMED_KINDS = ("place", "guarded", "group")


def zone_spans(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each named zone in text[start:end], the name empty for a zone inside the division whose
    full name opens it (`天津市空港经济区`: no place of its own, and no figure of the city's). `found` holds (start, end, kind) of the place words
    already read there: a zone's name opens at the first of them right before its tail (`加快建设成都平原经济区`),
    else at its clause's start past an opener when a province's short name and a direction open it (`;川南经济区`,
    `其中川东北经济区`: lexicon `economic_zone_head`); a name that opens neither way or
    names a class of zones (`五大经济区`, `四川省各经济区`) is none."""
    out = []
    for m in _TAIL.finditer(text, start, end):
        a, head_end = _name_start(text, max(start, m.start() - _NAME_REACH), m.start(), found)
        if a is None or m.start() - a < 2 or _GENERIC.search(text[head_end:m.start()]):
            continue
        if text.endswith(_FULL_NAME_ENDS, a, head_end) and head_end < m.start():
            own = _HEAD.match(text[head_end:m.start()]) is not None  # `四川省川南经济区`: the zone's own name
            out.append((a, m.end(), text[head_end:m.end()] if own else ""))  # `天津市空港经济区`: the city's zone
        else:
            out.append((a, m.end(), text[a:m.end()]))
    return out


def _name_start(text: str, lo: int, tail: int, found: list[tuple[int, int, str]]) -> tuple[int | None, int]:
    """Where a zone's name opens before its tail at `tail`, and where its opening place word ends (or the name
    opens, without one)."""
    run = tail
    while run > lo and _HAN.match(text, run - 1):
        run -= 1
    bounded = run > lo or lo == 0 or not _HAN.match(text, lo - 1)
    first = next(((a, b) for a, b, kind in found if kind in _NAMED_KINDS and run <= a and b <= tail), None)
    if first is not None:
        a = first[0] - 1 if first[0] > run and text[first[0] - 1] in _PREFIXES else first[0]
        return a, first[1]
    if not bounded:
        return None, tail  # no clause start within reach: only a place word can open the name
    a = run + len(next((w for w in _OPENERS if text.startswith(w, run)), ""))
    return (a, a) if _HEAD.match(text[a:tail]) else (None, tail)
