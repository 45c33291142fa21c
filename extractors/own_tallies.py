"""Counts a story tells of one actor's own doings, no reported figure (audit class N1): a national leader's visits,
talks and calls (`总书记…考察了20多个贫困村`, `总理同11个国家领导人13次通电话`), one body's plenary meetings quoted for
pace (`专咨委已召开102次全体会议`) and one speaker's plan (`今年打算发展50户庭院经济`). The words are lexicon/story.toml's;
story.py asks for uncatalogued figures of the `other` family only."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_LEADER = _LEX.compile("leader_title")
_LEADER_ACT = _LEX.compile("leader_act_before")
_LEADER_TALKS = _LEX.compile_at("leader_talks_after")
_PLENARY = _LEX.compile_at("plenary_tally_at")
_PLAN = _LEX.compile("personal_plan_before")


def leader_activity(text: str, s_start: int, start: int, end: int) -> bool:
    """A national leader's own visits, signings, attendances or calls counted in the sentence (s_start is where the
    figure's sentence, bounded, begins): told even beside a whole (`深入全国…`), so asked before that guard."""
    if not _LEADER.search(text, s_start, start):
        return False
    return _LEADER_ACT.search(text, s_start, start) is not None or _LEADER_TALKS.match(text, end) is not None


def own_tally(text: str, clause: int, start: int) -> bool:
    """One body's plenary meetings (`已召开102次全体会议`) or one speaker's plan (`今年打算发展50户`): asked after the
    guard of a whole, so a province's plan or a national body's sessions stay."""
    return _PLENARY.match(text, start) is not None or _PLAN.search(text, clause, start) is not None
