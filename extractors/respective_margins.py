"""Margins over bases listed once (`增速分别高于全省、全市0.6个、0.7个百分点`, `分别高于全国和全省平均0.8个百分点和0.2个
百分点`): each margin is over its own base, in order (…增速(高于全省), …增速(高于全市)), never over both. Words in
lexicon/subjects.toml (`respective_margin_bases`)."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .mention import Mention, with_subject

_BASES = lexicon().compile("respective_margin_bases")
_BRACKET_TAIL = regex.compile(r"[(（][^()（）]*[)）]$")
_REACH = 24  # characters from the bases to the first margin


def with_respective_margins(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions with the two margins after a listed pair of bases each named over its own base."""
    out = list(mentions)
    for bases in _BASES.finditer(text, start, end):
        after = [i for i, m in enumerate(out) if bases.end() <= m.start <= bases.end() + _REACH]
        if len(after) < 2 or out[after[0]].unit != out[after[1]].unit:
            continue
        for i, base in zip(after[:2], ("a", "b"), strict=True):
            measure = _BRACKET_TAIL.sub("", out[i].subject)
            average = bases[f"avg_{base}"] or bases["avg_b"] or ""
            out[i] = with_subject(out[i], f"{measure}({bases['verb']}{bases[base]}{average})")
    return out
