"""Parts of a counted whole: `全县120所学校中已有96所完成改造，完成率80%` counts the schools that did it, and its rate.

A whole counted with its things named after the count (lexicon/owners.toml `whole_of_parts`: `120所学校中`,
`1481名在逃人员共…`), then a count in the same unit with an act (`96所完成改造`, `共抓获934名`): the part is the things
the act picks (完成改造的学校, 抓获的在逃人员), never the bare act. A rate named alone after such parts
(`part_of_whole_rate`) is the whole's things' (学校改造完成率); the whole's own count, whose noun ran on into its
part (`712例确诊病例中已有653例出院`), is named by its things. The whole is read in a bounded window before the count.
"""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_WHOLE = _LEX.compile("whole_of_parts")
_COUNTED = _LEX.compile("whole_of_counted_part")  # any unit: only the whole's own name is read with it
_LEAD = _LEX.compile("part_of_whole_lead")
_RATE = _LEX.compile("part_of_whole_rate")
_ASPECT = _LEX.compile("part_act_aspect")
_HAN = regex.compile(r"\p{Han}+")
_REACH = 48  # characters before a count its whole may stand: never the whole run-on sentence
_ACT_REACH = 12  # characters of an act read after a part's count
_CLAUSE_MARKS = ",，"
_WHOLE_TAIL = "".join(_LEX.words("whole_count_tail"))
_OF = _LEX.words("attributive")[0]
_ENDS = ",，;；。！？、：:"


def _whole_before(text: str, sent_start: int, start: int):
    """The last whole counted in the window before text[start], or None."""
    found = None
    for m in _WHOLE.finditer(text, max(sent_start, start - _REACH), start + _ACT_REACH):  # `…共到案934名`: the count
        found = m if m.end() <= start else found
    return found


def _clause_start(text: str, lo: int, start: int) -> int:
    return max(lo, *(text.rfind(c, lo, start) + 1 for c in _CLAUSE_MARKS))


def _act_after(text: str, end: int, noun: str) -> str:
    """The act written after a part's count (`完成改造`, `学校完成改造` → 完成改造), or ''."""
    stop = end
    while stop < min(len(text), end + _ACT_REACH) and text[stop] not in _ENDS:
        stop += 1
    act = text[end:stop]
    cut = next((k for k in range(len(noun)) if act.startswith(noun[k:])), len(noun))  # `县借助…` after `贫困县`
    act = act[len(noun) - cut:]
    return act if 2 <= len(act) and _HAN.fullmatch(act) and _OF not in act else ""


def _part(text: str, whole, start: int, end: int, subject: str) -> str:
    if not text[whole.end():end].endswith(whole["cls"]) and text[end - 1:end] != whole["cls"]:
        return subject
    lead = _LEAD.match(text[_clause_start(text, whole.end(), start):start])
    if lead is None:
        return subject
    act = _ASPECT.sub("", lead["act"] or _act_after(text, end, whole["noun"]))
    if len(act) < 2 or subject and subject not in act:
        return subject
    named = act + _OF + whole["noun"]
    return subject if subject_is_narrative(named) else named


def _rate(text: str, whole, start: int, subject: str) -> str:
    rate = _RATE.fullmatch(subject)
    clause = _clause_start(text, whole.end(), start)
    if rate is None or not text.startswith(rate["rate"], clause) \
            or not regex.search(rf"\d{whole['cls']}", text[whole.end():clause]):
        return subject
    noun = whole["noun"]
    act = (rate["act"] or "").replace(rate["rate"][:-1], "")  # `完成改造(完成率)` → 学校改造完成率
    named = noun + act + rate["rate"]
    return subject if subject_is_narrative(named) else named


def _own_whole(subject: str, noun: str) -> str | None:
    """The whole's own name when its subject ran on into its parts (`确诊病例中已有653例出院` → 确诊病例), keeping an
    owner written before the things (`某邮轮确诊病例中…` → 某邮轮确诊病例; not a defining act, `完成…的中小学中…`)."""
    at = subject.find(noun)
    if at == -1 or _OF in subject[:at] or subject[at + len(noun):at + len(noun) + 1] not in _WHOLE_TAIL:
        return None
    return subject[:at + len(noun)]


def part_of_whole(text: str, sent_start: int, start: int, end: int, subject: str) -> str:
    """The subject of a figure at text[start:end] that is a part of a whole counted before it (完成改造的学校) or
    the rate of such parts (学校改造完成率), or as it was."""
    own = _WHOLE.match(text, start, min(len(text), start + _REACH)) or _COUNTED.match(text, start, start + _REACH)
    if own is not None and own.start("noun") == end and (whole := _own_whole(subject, own["noun"])) is not None:
        return whole  # `1481名…逃犯共`, `832个贫困县中已有…`, `712例确诊病例中已有…`: the whole's own count
    whole = _whole_before(text, sent_start, start)
    if whole is None or whole.end() > start:
        return subject
    if _RATE.fullmatch(subject):
        return _rate(text, whole, start, subject)
    return _part(text, whole, start, end, subject)
