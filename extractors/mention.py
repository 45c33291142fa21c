"""A mention: a quantity (or a stated zero) as the sentence puts it, with its subject and direction."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str                 # change | level | delta (an amount of change) | zero
    subject: str
    value: int | float
    value_high: int | float | None
    unit: str | None
    qualifier: str
    sign: int                 # -1 for a decline
    start: int                # canonical span of the matched text
    end: int
    rule: str
    place: str | None = None  # `(吉林36例,…)`: the place a breakdown item names, in place of a subject
    part: bool = False        # after `其中` that follows an earlier figure: a part of it, not a total
    time: int | None = None   # `一季度、二季度…分别为…`: where the time expression of this figure starts


def with_subject(m: Mention, subject: str) -> Mention:
    """m with that subject: m itself when it has it already (most do: `dataclasses.replace` rebuilt every figure
    several times over while a sentence was resolved)."""
    return m if subject == m.subject else replace(m, subject=subject)
