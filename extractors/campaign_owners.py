"""Owners of a campaign's acts: a clause that opens with a campaign's span (`专项行动期间，`, `在…整治行动中，`,
`此次专项行动共…`) makes the acts counted after it in its `；` group the campaign's.

`针对…根治欠薪夏季专项行动，…介绍，专项行动期间，全国共出动执法人员5.45万人次` counts the campaign's inspectors
(根治欠薪夏季专项行动出动执法人员), not all enforcement in the country; the scope word stays the region's. Only a
subject that opens with an act a campaign does to what it counts (lexicon/events.toml `campaign_act`: 出动, 检查,
逮捕, 清退, 拆除…) takes the name; a result it only brings about (`航班正常率`), a subject with an owner of its own
and a since (`专项行动开展以来，`: a time) keep theirs. A pointer (`专项行动期间`, `此次专项行动`) is read as the
campaign the story named (event_names.py); with none named it stays as written.
"""

from __future__ import annotations

from .event_names import story_event
from .lexicon import lexicon
from .subject_checks import narrative_words

_LEX = lexicon()
_OPENING = _LEX.compile_at("campaign_opening")
_KIND = _LEX.compile("campaign_head")
_ACT = _LEX.compile("campaign_act")
_CLAUSE_MARKS = "，,：:"
_GROUP_MARKS = "；;。！？\n"
_REACH = 400  # characters before a figure where its `；` group's campaign opening may stand
_MAX_OWNED = 40  # characters: subject_checks.MAX_SUBJECT


def campaign_owned(text: str, article_start: int, s_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the campaign whose span opens one of its sentence's clauses before it."""
    act = _ACT.match(subject) if subject else None
    if act is None or _KIND.search(subject):
        return subject
    event = _campaign_before(text, article_start, s_start, pos)
    if event is None:
        return subject
    owned = event + subject[act.end("adverb"):]  # `共逮捕…` → 某行动逮捕…
    return owned if len(owned) <= _MAX_OWNED and not narrative_words(owned) else subject


def _campaign_before(text: str, article_start: int, s_start: int, pos: int) -> str | None:
    """The campaign named or pointed at by the last clause before pos that opens with its span, in pos's `；` group."""
    s_start = max(s_start, pos - _REACH)  # a run-on sentence: only its clauses near the figure are read
    group = max([s_start] + [text.rfind(c, s_start, pos) + 1 for c in _GROUP_MARKS])
    starts = [group] + [i + 1 for i in range(group, pos) if text[i] in _CLAUSE_MARKS]
    for start in reversed(starts):
        m = _OPENING.match(text, start, pos)
        if m is None:
            continue
        name = m["event"]
        kind = _KIND.search(name)
        if kind is not None and kind.start() == 0:  # the kind alone: the campaign the story named
            return story_event(text, article_start, m.start(), kind[0])
        return name
    return None
