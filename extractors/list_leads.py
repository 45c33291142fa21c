"""A word that opens only a `分别` list's first item and that every item shares: a trade flow (`进口天然气、原油、煤炭贸易额`
→ 进口原油贸易额) or a manner's preposition (`以管道、铁路、公路运输方式进出口货运量` → 以铁路运输方式…). Read off the
first item, the measure the items share is guessed from the item's own length (never `以管道输方式`), then the word
opens each item again. Words in lexicon/subjects.toml (`list_shared_lead`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEAD = lexicon().compile("list_shared_lead")


def shared_lead(items: list[str]) -> tuple[str, list[str]]:
    """(the lead word, the items with the first one's lead cut) when only the first item opens with one; else ("",
    items as they are). A later item with a lead of its own (`进口商品、出口商品`) says each names its own."""
    m = _LEAD.match(items[0]) if items else None
    if m is None or any(_LEAD.match(x) for x in items[1:]):
        return "", items
    return m[0], [items[0][m.end():], *items[1:]]


def with_lead(lead: str, items: list[str]) -> list[str]:
    """Each item opening with the shared lead word (once)."""
    return [x if x.startswith(lead) else lead + x for x in items] if lead else items
