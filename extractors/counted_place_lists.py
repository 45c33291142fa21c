"""Places a count word stands for in a `分别` clause: `松原和白城两地接待游客…，两地旅游总收入同比分别增长16.9%和15.4%`
gives each figure its place in the order the sentence listed them before the same count word (`两地`, `三市`)."""

from __future__ import annotations

from .lexicon import lexicon
from .numbers import parse_number
from .place_words import place_name
from .places import place_mentions

_ANAPHOR = lexicon().compile("place_count_anaphor")
_OF_A_KIND = lexicon().compile("place_count")   # `两市`, not `两地`: the kind decides between homonyms
_JOINERS = frozenset(lexicon().words("list_joiner"))
_REACH = 120   # characters before the clause where the sentence may have listed the places


def counted_places(text: str, start: int, clause: int, head: str, n: int) -> tuple[list[str], str] | None:
    """The n places, in order, that a clause head opening with a count of places (`两地…`) stands for, and the
    head's rest (its measure): the places the sentence (from start) listed right before the same words earlier,
    joined one to the next (`松原和白城两地`)."""
    word = _ANAPHOR.match(head)
    if word is None or parse_number(word["count"]) != n:
        return None
    at = text.rfind(word.group(), max(start, clause - _REACH), clause)
    if at == -1:
        return None
    kind = _OF_A_KIND.fullmatch(word.group())
    mentions = [m for m in place_mentions(text, max(start, at - _REACH), at) if m.kind == "place"]
    listed, end = [], at
    for m in reversed(mentions):
        if m.end != end or m.place is None or not m.place.name:
            break
        written = text[m.start:m.end]  # `长春、吉林两市`: 吉林 is the city here, not the province
        listed.append((place_name(written + kind["kind"]) if kind else None) or m.place.name)
        joiner = text[m.start - 1:m.start]
        if len(listed) == n or joiner not in _JOINERS:
            break
        end = m.start - 1
    return (listed[::-1], head[word.end():]) if len(listed) == n else None
