"""Owners of what an event has, sets or draws: an event opening its sentence as actor, named (`第七届世界军人运动会`)
or pointed at (`本届论坛`, `本次大赛`, `大会以…为主题，`), owns the things counted after their number in a later clause
of its first `；` group that only has, sets or draws them (`，共有76个官方代表团`, `共设置…6个农耕特色体育项目`).

They are the event's delegations, contests and shows (北京香山论坛官方代表团), not the host city's; the region is left to
the rules that read the event as one body. A clause with an actor, a place or a scope of its own (`全市共有…`), who came
from where (`来自…的`), and a thing that names an owner (`其中…`, `当地…`) keep their subject. A pointer is read as
the event of its kind the story named (event_names.py); with none named it stays as written.
"""

from __future__ import annotations

import regex

from .event_names import story_event
from .lexicon import lexicon
from .subject_checks import narrative_words

_LEX = lexicon()
_OPENING = _LEX.compile_at("body_opening")
_POINTER = _LEX.compile_at("event_story_pointer")
_POINTED_KIND = _LEX.compile_at("event_pointed_kind")
_LEFT = _LEX.compile("event_counted_left")
_SKIP = _LEX.compile("event_counted_skip")
_GROUP_MARKS = "；;"
_CLAUSE_MARKS = "，,"
_LISTED = regex.compile(r"^([^0-9、]*)[0-9][^，,]*、$")  # a later item of a list counted after one verb
_NOUN_GAP = 2  # characters between the figure and the counted thing (`的`, a space)
_OPENING_REACH = 300  # characters: a figure farther from its sentence's opening is no opening event's (a run-on text)
_MAX_OWNED = 30  # characters: a longer subject is a piece of narrative


def event_counted(text: str, article_start: int, starts: tuple[int, int], span: tuple[int, int], subject: str) -> str:
    """starts: the sentence's and the clause's; span: the figure's. The subject with the event opening the sentence
    before it, when the figure counts things the event has in a clause that only has them; else the subject."""
    s_start, clause = starts
    if not subject or span[0] - s_start > _OPENING_REACH or _SKIP.match(subject) \
            or any(c in text[s_start:span[0]] for c in _GROUP_MARKS) \
            or subject not in text[span[1]:span[1] + _NOUN_GAP + len(subject)]:
        return subject
    actor = _event_actor(text, article_start, s_start)
    if actor is None or actor[0] in subject or not _LEFT.match(_clause_head(text, max(clause, actor[1]), span[0])):
        return subject
    event = actor[0]
    owned = event + subject
    return owned if len(owned) <= _MAX_OWNED and not narrative_words(owned) else subject


def _clause_head(text: str, start: int, pos: int) -> str:
    """The figure's clause before it (from start or its last clause mark), up to the first figure of the list the
    figure is an item of (`共有76个官方代表团、8个…` → `共有`)."""
    left = text[max([start] + [text.rfind(c, start, pos) + 1 for c in _CLAUSE_MARKS]):pos]
    listed = _LISTED.match(left)
    return listed[1] if listed else left


def event_pointed_subject(text: str, article_start: int, s_start: int, subject: str) -> str:
    """A subject that opens with the kind its sentence points at as actor (`此次论坛推出…` → `论坛推出…`) with the
    event the story named of that kind in its place (中关村论坛推出…); else the subject."""
    if _POINTED_KIND.match(subject) is None or (pointed := _POINTER.match(text, s_start)) is None \
            or not subject.startswith(pointed["kind"]):
        return subject
    event = story_event(text, article_start, s_start, pointed["kind"])
    owned = event + subject[len(pointed["kind"]):] if event else subject
    return owned if len(owned) <= _MAX_OWNED and not narrative_words(owned) else subject


def _event_actor(text: str, article_start: int, s_start: int) -> tuple[str, int] | None:
    """The event opening the sentence at s_start as its actor and where its opening ends: named, else pointed at
    and named in the story."""
    pointed = _POINTER.match(text, s_start)
    if pointed is not None:
        event = story_event(text, article_start, s_start, pointed["kind"])
        return (event, pointed.end()) if event else None
    named = _OPENING.match(text, s_start)
    return (named["org"], named.end()) if named is not None else None
