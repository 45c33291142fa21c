"""A figure between China and one partner (`中非贸易额`, `中美双边贸易`): the pair's, so neither the partner's own
place (a story on Africa) nor the paper's country: no region."""

from __future__ import annotations

from .lexicon import lexicon

_BILATERAL = lexicon().compile("bilateral_measure")


def bilateral_figure(text: str, places: list, lo: int, pos: int) -> bool:
    """A bilateral measure stands in text[lo:pos] with no place named between it and the figure at pos (`中美贸易…,
    美国GDP增长2%` is America's)."""
    found = list(_BILATERAL.finditer(text, lo, pos))
    return bool(found) and not any(found[-1].end() <= p.start < pos for p in places)
