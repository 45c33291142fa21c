"""Owners of one event's figures: a set signed, dealt or shown at a fair, a conference, a forum or an
investment-promotion activity names that event (`活动共签约项目37个` after `…云招商专场活动举行` →
云招商专场活动签约项目), not the bare set (签约项目), which reads as the host place's whole.

The sentence opens with the event named (`2019东江数字经济论坛上，签约项目15个`) or pointed at (`活动共…`, `大会期间，`,
`本届博览会上，`, resolved to the last event named before it in its article, within a few sentences); the subject opens with what an event
signs, deals, shows or draws (lexicon/events.toml `event_own_measure`), bare or after a pointer
(`本次推介会现场签约项目`: the pointer gives way to the name). A subject with an owner of its own, a sentence
that opens with anything else and a pointer with no event named before it keep their subject. The region is not
touched: a deal lands in its host's place (JUDGE.md).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_MEASURE = _LEX.compile("event_own_measure")
_NAMED = _LEX.compile("event_named_opening")
_POINTED = _LEX.compile("event_anaphor_opening")
_NAME = _LEX.compile("event_name_told")
_HEAD = _LEX.compile("event_head")
_DRAW = _LEX.compile("event_draw_verb")
_POINTER = _LEX.compile("event_pointer_subject")
_BACK = 300  # characters before the sentence, inside its article, where a pointed-at event is named
_MAX_EVENT = 20  # characters: a longer event name is a piece of narrative
_MAX_OWNED = 40  # characters: subject_checks.MAX_SUBJECT; a longer subject keeps the figure's name as written


def event_owned(text: str, article_start: int, s_start: int, subject: str) -> str:
    """The subject with its event's name before it when the sentence at s_start opens with an event named or pointed
    at and the subject opens with an event's own measure; else the subject."""
    pointer = _POINTER.match(subject) if subject else None
    measure = subject[pointer.end():] if pointer else subject  # `本次推介会现场签约项目`: the pointer is the event
    if not measure or _MEASURE.match(measure) is None or _HEAD.search(measure) is not None:
        return subject
    event = _event_opening(text, article_start, s_start)
    measure = _DRAW.sub("", measure)  # `吸引观众…`: the visitors the event drew
    return event + measure if event and len(event) + len(measure) <= _MAX_OWNED else subject


def _event_opening(text: str, article_start: int, s_start: int) -> str | None:
    """The event the sentence at s_start opens with: named there, else pointed at and named before it."""
    named = _NAMED.match(text, s_start)
    if named is not None:
        return _short(named["event"])
    if _POINTED.match(text, s_start) is None:
        return None
    names = list(_NAME.finditer(text, max(article_start, s_start - _BACK), s_start))
    return _short(names[-1]["event"]) if names else None


def _short(event: str) -> str | None:
    event = event.lstrip("—·")  # `——某某书展`: a dash that opens a line is no part of the name
    return event if 1 < len(event) <= _MAX_EVENT else None
