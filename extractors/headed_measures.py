"""Headed measures: a bare aid measure in a sentence that names no level or programme is the section heading's.

`（四）普通高中学生资助 … 共投入资助资金185.01亿元` or, under its `3.地方政府资助`, `其中，西部地区资助404万人次` count
that programme's aid; written `投入资助资金`, `西部地区资助` they read as all student aid of the country or the
region. A measure that names no whole (lexicon/owners.toml `headed_aid_measure`) takes the programme the nearest
numbered heading (and sub-heading) above names (funded_headings.section_programme), in brackets as a measure of it:
投入资助资金(普通高中学生资助). A sentence that names a level, a cohort or a programme of its own
(`aid_scope_word`: `资助普通高中学生…`, `“三区三州”地区…`, `国家助学金…`) keeps its subject: its words say whose it is.

A whole broken down right after it by who paid (`source_breakdown_after`: `资助金额共计4.8亿元，其中，中央财政资金…`) is
one programme's money: a bare amount (`sourced_whole_measure`) takes the heading's programme even in
a sentence naming its place or cohort, when each such word is one of the programme's (funded_headings.agrees):
`（三）中等职业学校学生资助 2.国家助学金 … “三区三州”地区有14万中等职业学校学生享受国家助学金政策；资助金额共计4.8亿元，其中…`
→ 中等职业学校学生国家助学金资助金额.
"""

from __future__ import annotations

from .funded_headings import SENTENCE_REACH, agrees, section_programme
from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_MEASURE = _LEX.compile("headed_aid_measure")
_SCOPE = _LEX.compile("aid_scope_word")
_AMOUNT = _LEX.compile("sourced_whole_measure")
_AID_AMOUNT = _LEX.compile("counted_aid_measure")
_BY_SOURCE = _LEX.compile_at("source_breakdown_after")


def headed_measure(text: str, sentence_start: int, sentence_end: int, subject: str, end: int | None = None) -> str:
    """`投入资助资金` in a sentence naming no level, under `（四）普通高中学生资助` → 投入资助资金(普通高中学生资助);
    a bare amount ending at end broken down by who paid → the programme's (see the module doc)."""
    if end is not None and (owned := _sourced_whole(text, sentence_start, end, subject)) is not None:
        return owned
    if not _MEASURE.fullmatch(subject) or _SCOPE.search(text, sentence_start, sentence_end):
        return subject
    programme = section_programme(text, sentence_start)
    return subject if programme is None else f"{subject}({programme})"


def _sourced_whole(text: str, sentence_start: int, end: int, subject: str) -> str | None:
    """`资助金额` of a figure ending at end that `，其中，中央财政资金…` breaks down, under a heading naming a programme
    whose words the sentence's agree with → 中等职业学校学生国家助学金资助金额; None when it is no such whole."""
    if end - sentence_start > SENTENCE_REACH or not _AMOUNT.fullmatch(subject) or _BY_SOURCE.match(text, end) is None:
        return None  # a long sentence's words are not read
    programme = section_programme(text, end)  # a heading run into the sentence stands before the figure
    if programme is None or not agrees(text, sentence_start, end, programme):
        return None
    if not _AID_AMOUNT.fullmatch(subject):  # `各级财政共计投入资金`: who paid, the programme in brackets
        return f"{subject}({programme})"
    shared = next((n for n in range(min(len(programme), len(subject)), 0, -1) if programme.endswith(subject[:n])), 0)
    owned = programme + subject[shared:]  # `…学生资助` + `资助金额`: the word they share written once
    return f"{subject}({programme})" if subject_is_narrative(owned) else owned
