"""A hotline category's channel parts, told in a bracket after its count, are that category's (`咨询类诉求热线受理`).

`咨询类诉求受理28491件(热线受理28451件,多媒体受理40件)`: the bracket splits the category's own count by channel, so a
bare `热线受理` there is the category's telephone intake, not the whole line's (which the report states once, before
its categories). A channel named alone (`多媒体7件`) takes the category's act too. A `其中` right after the count that
lists channels alone (`共受理物业管理类问题122个,其中市民热线116个,市长信箱5个`) splits it the same way. Words in lexicon/owners.toml
(`hotline_category_intake`, `hotline_channel_part`).
"""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .mention import Mention, with_subject

_LEX = lexicon()
_INTAKE = _LEX.compile("hotline_category_intake")
_PART = _LEX.compile("hotline_channel_part")
_INSIDE = regex.compile(r"\s*[(（][^()（）]{0,40}")  # still inside the bracket opened right after the count
_OF_WHICH = _LEX.compile("hotline_channel_split")  # `…122个,其中市民热线116个,市长信箱…`
_WINDOW = 60


def by_category_channel(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence (text order), each channel part in the bracket after a category's count named
    with that category."""
    out: list[Mention] = []
    owner: tuple[Mention, regex.Match] | None = None
    for m in mentions:
        if owner is not None:
            head, intake = owner
            gap = text[head.end:m.start] if m.start - head.end <= _WINDOW else ""
            part = _PART.fullmatch(m.subject)
            if part is not None and (_INSIDE.fullmatch(gap) or _OF_WHICH.fullmatch(gap)):
                out.append(with_subject(m, intake["category"] + part["channel"] + (part["act"] or intake["act"])))
                continue
        intake = _INTAKE.fullmatch(m.subject) if m.kind == "level" else None
        owner = (m, intake) if intake is not None else None
        out.append(m)
    return out
