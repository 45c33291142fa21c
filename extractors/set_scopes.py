"""A set a list's first item is scoped to, carried to the items after it (`新签项目中市内项目60个,…;市外项目10个,…;境外项目1个`
→ 新签项目中市外项目, kinds65 Fuling): a later item told after `;` that names a thing of the same kind with no scope of its
own is in the same set, and so are the measures its clauses name after it (新签项目中市外项目协议资金). A list's categories
of goods share the scale of the units its first names (`限额以上单位粮油、食品类零售额…,服装…类零售额`)."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_SCOPED = lexicon().compile("set_scoped_item")
_QUALIFIED = lexicon().compile("qualified_category_item")
_ITEM_BREAKS = tuple(lexicon().words("item_break"))


def scoped_siblings(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, each later item of a list scoped to its first item's set (see the module doc)."""
    scope, item, out = None, None, []
    for k, m in enumerate(mentions):
        if scope is None:
            scope = _SCOPED.fullmatch(m.subject)
        elif k and any(b in text[mentions[k - 1].end:m.start] for b in _ITEM_BREAKS):
            fits = m.subject.endswith(scope["head"]) and len(m.subject) > len(scope["head"]) \
                and scope["set"] not in m.subject and m.subject != scope["item"]
            item = m.subject if fits else None
        if scope is not None and item is not None and m.subject.startswith(item):
            m = replace(m, subject=scope["set"] + m.subject)
        out.append(m)
    return out


def qualified_siblings(mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, each later category of goods given its first category's scale qualifier
    (qualified_category_item: `限额以上单位粮油、食品类零售额…,服装…类零售额` → 限额以上单位服装…类零售额)."""
    first = next((q for m in mentions if (q := _QUALIFIED.fullmatch(m.subject))), None)
    if first is None:
        return mentions
    return [replace(m, subject=first["qualifier"] + m.subject)
            if m.subject.endswith(first["measure"]) and len(m.subject) > len(first["measure"])
            and _QUALIFIED.fullmatch(m.subject) is None and not m.subject.startswith(first["qualifier"]) else m
            for m in mentions]
