"""The flow a trade figure with one partner measures, when its subject names only the partner (kinds44: `其中对越南增长1.3倍`
→ 对越南, `对马来西亚、泰国、新加坡分别增长…` → 泰国, `对东盟进出口大幅增长,贸易总值788.1亿元` → 贸易总值).

A subject that is a partner's preposition and the partner alone (`对越南`) takes the flow the last partner's flow
before it named (`重庆对东盟进出口…` → 对越南进出口), else the last flow word (`外贸进出口…。其中对越南…`); a bare foreign place after such a subject in the same sentence is the
next partner of its list (泰国 → 对泰国进出口); a bare trade total (`贸易总值`) after a clause of its sentence naming a
partner's flow with no figure is that partner's (对东盟贸易总值). The partner is the counterpart, never the figure's place."""

from __future__ import annotations

from dataclasses import replace

from .gazetteer import gazetteer
from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_PARTNER_ONLY = _LEX.compile("partner_only_subject")
_FLOW_BEFORE = _LEX.compile("partner_flow_named")
_PARTNER_FLOW = _LEX.compile("partner_flow_subject")
_BARE_TOTAL = _LEX.compile("bare_trade_total")
_FLOW_WORD = _LEX.compile("trade_flow_word")
_FOREIGN = "foreign"
_GROUP_MARKS = (";", "；")
_FLOW_REACH = 300  # characters before a figure where the partner flow in force is looked for


def with_partner_flows(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions (it starts at start), each partner-only subject named with its flow."""
    out: list[Mention] = []
    for m in mentions:
        subject = _partner_flow(text, m) or _next_partner(m, out) or _partner_total(text, start, m)
        out.append(replace(m, subject=subject) if subject else m)
    return out


def _last(pattern, text: str, lo: int, hi: int):
    """The last match of pattern in text[lo:hi], or None."""
    found = None
    for found in pattern.finditer(text, lo, hi):  # noqa: B007 - the loop keeps the last
        pass
    return found


def _is_partner(name: str) -> bool:
    entry = gazetteer().words.get(name)
    return entry is not None and entry[0] == "place" and entry[1] is not None and entry[1].level == _FOREIGN


def _partner_flow(text: str, m: Mention) -> str | None:
    """`对越南` → 对越南进出口: the flow of the last partner's flow named before (within _FLOW_REACH)."""
    only = _PARTNER_ONLY.fullmatch(m.subject)
    if only is None or not _is_partner(only["partner"]):
        return None
    lo = max(0, m.start - _FLOW_REACH)
    # `广西外贸进出口3500亿元…。其中对越南增长20%`: else a part of the whole flow named last
    flow = _last(_FLOW_BEFORE, text, lo, m.start) or _last(_FLOW_WORD, text, lo, m.start)
    if flow is None:
        return None
    return only["prep"] + only["partner"] + flow["flow"] + (only["note"] or "")  # `对越南(占对东盟外贸总值)`


def _next_partner(m: Mention, before: list[Mention]) -> str | None:
    """`…对马来西亚进出口69.9%、泰国19.4%`: a bare foreign place after a partner's flow is its list's next partner."""
    if not before or not _is_partner(m.subject):
        return None
    last = _PARTNER_FLOW.fullmatch(before[-1].subject)
    return last["prep"] + m.subject + last["flow"] if last is not None else None


def _partner_total(text: str, start: int, m: Mention) -> str | None:
    """`重庆对东盟进出口大幅增长,贸易总值788.1亿元,增长46.1%` → 对东盟贸易总值 (each figure): the partner whose flow the
    figure's clause group (its sentence up to a `;`) named last."""
    if _BARE_TOTAL.match(m.subject) is None:
        return None
    lo = max(start, m.start - _FLOW_REACH)  # bounded: a run-on sentence is not read back to its start per figure
    lo = max(lo, *(text.rfind(mark, lo, m.start) + 1 for mark in _GROUP_MARKS))  # `…;进出口总值…`: not past a `;`
    found = _last(_FLOW_BEFORE, text, lo, m.start)
    if found is None or not _is_partner(found["partner"]):
        return None
    return found["prep"] + found["partner"] + m.subject
