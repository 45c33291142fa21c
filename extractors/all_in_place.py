"""A list item's count all of which is in one division inside its place (`黑龙江13例,均在哈尔滨市`): that division's
count too, as `其中哈尔滨市13例` would give it (lexicon places.toml `all_in_one_place_after`)."""

from __future__ import annotations

from .gazetteer import gazetteer
from .lexicon import lexicon

_ALL_IN = lexicon().compile_at("all_in_one_place_after")


def place_holding_all(text: str, pos: int, item_place: str) -> str | None:
    """The division named right after the count ending at pos that lies inside item_place (`黑龙江` → 哈尔滨市);
    None when no such division follows."""
    m = _ALL_IN.match(text, pos)
    if m is None:
        return None
    g = gazetteer()
    holder = g.named(item_place) or g.short_names().get(item_place)
    inner = g.named(m["place"])
    if holder is None or inner is None or inner == holder or g.parent(inner, holder.level) != holder:
        return None
    return m["place"]
