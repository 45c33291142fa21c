"""Prices per unit: a money figure written right after `按每千瓦时`, `为每吨` is a price per that unit, named with it.

`进口均价为每吨511.3元` → 进口均价(每吨); when the clause before names only whose price it is or the act of charging
(`某超市按每千瓦时1.30元收取电费`, `另收取每千瓦时0.45元供电服务费`), the fee named right after the figure is the measure
(某超市电费(每千瓦时), 供电服务费(每千瓦时)). The per-unit words are cut from the subject by subject_trailing.
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_PER_UNIT = _LEX.compile("per_unit_price")
_FEE_AFTER = _LEX.compile_at("fee_after_price")
_PRICE_HEAD = _LEX.compile("price_head")
_CHARGING = _LEX.compile("charging_act_subject")
_FEE_REACH = 12  # characters after the figure where the fee it prices is named
_PER_REACH = 12  # characters before the figure where its per-unit words stand


def priced(text: str, clause: int, start: int, end: int, unit: str | None, subject: str) -> str:
    """The subject of a money figure at text[start:end] named as a price per unit, when its clause writes one right
    before it; any other subject unchanged."""
    if UNIT_KINDS.get(unit or "") != "currency" or not subject:
        return subject
    per = _PER_UNIT.search(text, max(clause, start - _PER_REACH), start)
    if per is None or "(" in subject:
        return subject
    measure = subject
    if not _PRICE_HEAD.search(subject) and (fee := _FEE_AFTER.match(text, end, end + _FEE_REACH)) is not None:
        measure = fee["fee"] if _CHARGING.fullmatch(subject) else subject + fee["fee"]
    return f"{measure}({per['unit']})" if _PRICE_HEAD.search(measure) else subject
