"""A kind of infection named bare after a count of new cases in its sentence: `新增本土确诊病例33例,其中…;无症状感染者
67例,其中呼和浩特市44例…` counts the day's new local asymptomatic infections (新增本土无症状感染者), not all there
are, and so do its places' parts. The word of new, with the origin it names (`本土`, `境外输入`), carries over to each
later bare kind (lexicon `case_kind_part`: a kind that names its own origin keeps it) until a running word (`累计`,
`现有`, `截至…`, lexicon `case_running_cue`) stands between."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_NEW = _LEX.compile("new_cases_named")
_KIND = _LEX.compile("case_kind_part")
_RUNNING = _LEX.compile("case_running_cue")
_ORIGIN = _LEX.compile("^(?:{case_origin_word})")


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
