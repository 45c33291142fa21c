"""A kind of infection named bare after a count of new cases in its sentence: `新增本土确诊病例33例,其中…;无症状感染者
67例,其中呼和浩特市44例…` counts the day's new local asymptomatic infections (新增本土无症状感染者), not all there
are, and so do its places' parts. The word of new, with the origin it names (`本土`, `境外输入`), carries over to each
later bare kind (lexicon `case_kind_part`: a kind that names its own origin keeps it) until a running word (`累计`,
`现有`, `截至…`, lexicon `case_running_cue`) stands between. A sentence that opens with a bare kind right after one
that opened with new or current cases (`…新增本土确诊病例15例,其中…。本土无症状感染者9例,其中…`, `…现有本土确诊病例
287例…。本土无症状感染者255例…`, kinds69a) counts them the same way (lexicon `case_sentence_lead`)."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_NEW = _LEX.compile("new_cases_named")
_KIND = _LEX.compile("case_kind_part")
_RUNNING = _LEX.compile("case_running_cue")
_ORIGIN = _LEX.compile("^(?:{case_origin_word})")
_LEAD = _LEX.compile("case_sentence_lead")


def with_new_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, each bare kind after a new count (and its parts) named as new."""
    out, lead, origin, renamed = [], "", "", {}
    for i, m in enumerate(mentions):
        gap = text[mentions[i - 1].end:m.start] if i else ""
        if lead and _RUNNING.search(gap):
            lead, renamed = "", {}
        if new := _NEW.search(m.subject):
            lead = new.group()[:new.start("cases") - new.start()]
            origin = own.group() if (own := _ORIGIN.match(new["cases"])) else ""
        elif lead and m.place is None and _KIND.fullmatch(m.subject):
            renamed[m.subject] = lead + ("" if _ORIGIN.match(m.subject) else origin) + m.subject
        out.append(replace(m, subject=renamed[m.subject]) if m.subject in renamed else m)
    return out


def with_carried_lead(text: str, start: int, before: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions, its opening bare kind (and its places' parts) named with the word of new or current
    cases that opened the sentence before (before: that sentence's mentions, in the same paragraph)."""
    if not before or not mentions or mentions[0].place is not None or not _KIND.fullmatch(mentions[0].subject) \
            or text[start:mentions[0].start].strip() != mentions[0].subject:
        return mentions
    lead = _LEAD.match(before[0].subject)
    if lead is None:
        return mentions
    kind = mentions[0].subject
    origin = "" if _ORIGIN.match(kind) else own.group() if (own := _ORIGIN.match(lead["cases"])) else ""
    named = lead["lead"] + origin + kind
    return [replace(m, subject=named) if m.subject == kind else m for m in mentions]
