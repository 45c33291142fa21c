"""A place that only names a port of entry (`阿拉山口口岸`, `内蒙古二连浩特口岸`): the port is one body, so neither the
place in its name nor the province written before it is a topic of the figures around it (kinds62, kinds63)."""

from __future__ import annotations

from .lexicon import lexicon
from .place_words import breakdown_place

_PORT_TAIL = lexicon().compile("port_after_place")
_INNER_SIZES = (5, 4, 3, 2)  # characters of the inner place (`二连浩特`) between a province and the port's kind


def names_a_port(text: str, end: int) -> bool:
    """The place ending at end opens a port's name: the port's kind right after it, or after one more place name (a
    county's short name too: `内蒙古二连浩特口岸`)."""
    if _PORT_TAIL.match(text, end) is not None:
        return True
    return any(_PORT_TAIL.match(text, end + n) and breakdown_place(text[end:end + n], True) for n in _INNER_SIZES)
