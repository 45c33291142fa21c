"""Counted actors: a counted set of bodies that opens its sentence as the actor owns the acts named without an actor
after it.

`2020年，150家东江企业到西岭结对县投资56亿元` is the Dongjiang firms' investment (东江企业到西岭结对县投资), not an
investment of nobody's; `首批20对结对高校已签订…协议，共同召开视频会议近300次` counts the paired universities'
meetings (结对高校共同召开视频会议). Only a set of bodies counted right after the sentence's lead
(lexicon/owners.toml `counted_actor_opening`), only an act in the set's own clause right after its name that opens
with where or for whom it is done, or one opening a later clause of the same `；` group with an adverb of acting
together or in turn (`counted_actor_act`); never past another actor, a place or a `；`.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_OPENING = _LEX.compile_at("counted_actor_opening")
_SAME_CLAUSE_ACT = _LEX.compile("counted_actor_governed_act")
_LATER_CLAUSE_ACT = _LEX.compile("counted_actor_act")
_GROUP_END = "；;。！？!?"
_MAX_NAME = 24  # characters: a longer name is a piece of narrative
_REACH = 160  # characters from the sentence's start to the figure: a run-on sentence is read nearby only


def counted_actor(text: str, start: int, clause: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos (its clause opening at clause, its sentence at start) with the counted bodies
    its sentence opens with as actor, when it is an act named without an actor of its own; else as it was."""
    if not subject or pos - start > _REACH or any(c in text[start:pos] for c in _GROUP_END):
        return subject
    opening = _OPENING.match(text, start, pos)
    if opening is None or subject.startswith(opening["actor"]):
        return subject
    left = text[clause:pos]
    if clause == opening.end():
        act = _SAME_CLAUSE_ACT.match(left)  # `281家广东企业【到广西结对市县投资】120.72亿元`
    else:
        act = _LATER_CLAUSE_ACT.match(left) if clause > opening.end() else None  # `，共同召开…会议`
    if act is None or not left.startswith(subject, act.start("act")):
        return subject
    named = opening["actor"] + subject
    return named if len(named) <= _MAX_NAME and not subject_is_narrative(named) else subject
