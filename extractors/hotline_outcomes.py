"""A hotline's outcome named alone counts the contacts an earlier count of its sentence named.

`12345平台共呼入来电19668个,接通18851个` and `办结工单3456件,已解决3112件,未解决344件`: `接通` and `未解决` alone name
no thing; they count the calls and the orders the sentence counted before, in the same unit (接通来电, 未解决工单).
Words in lexicon/owners.toml (`contact_outcome`, `contact_object`).
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_OUTCOME = _LEX.compile("contact_outcome")
_OBJECT = _LEX.compile("contact_object")


def with_outcome_objects(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence (text order), each outcome named alone given the contacts of the nearest earlier
    level count of the same unit that ends in them."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "level" and (alone := _OUTCOME.fullmatch(m.subject)) is not None:
            found = next((o for before in reversed(out) if before.kind == "level" and before.unit == m.unit
                          and (o := _OBJECT.search(before.subject)) is not None), None)
            if found is not None:
                m = replace(m, subject=alone["act"] + found["object"])
        out.append(m)
    return out
