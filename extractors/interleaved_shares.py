"""Shares listed with their wholes in turn (`…造林16.38万亩,分别占省下达计划的142.2%、市下达计划的136.5%`): each share is
the measure before the list's, of its own whole (造林(占省下达计划), 造林(占市下达计划)); lexicon subjects.toml
interleaved_share_item."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .lexicon import lexicon
from .mention import Mention

_ITEM = lexicon().compile("interleaved_share_item")
_SHARE_OF = lexicon().words("funded_share")[1]  # `占`: a share named with its whole in brackets
_BRACKET_END = regex.compile(r"[(（][^()（）]*[)）]$")
_PERCENT = "%"


def interleaved_share(raw: str, mentions: list[Mention], unit: str | None, run: Callable[[], int]) -> str | None:
    """The subject of a share whose own clause is an item of such a list (`分别占省下达计划的`, `、市下达计划的`), named
    after the measure told before it; None for any other figure, and for shares whose numbers follow in a run (run:
    how many, asked last since it walks the run: `分别占全省的46%、32%、40%`: the items before `分别` are theirs)."""
    if unit != _PERCENT or not mentions or (item := _ITEM.search(raw)) is None or run() > 1:
        return None
    last = mentions[-1]
    if item["first"] is None and not (last.unit == _PERCENT and _BRACKET_END.search(last.subject)):
        return None  # `、B的…%` goes on only from a share of the list named so
    measure = _BRACKET_END.sub("", last.subject)
    return f"{measure}({_SHARE_OF}{item['whole']})" if len(measure) >= 2 else None
