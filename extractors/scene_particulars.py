"""One scene's make-up, no reported figure (round 47): the athletes of one contest's round or one team's entries, the
attendees of one gathering and where they came from, the signers of one memorandum. The words are lexicon/story.toml's
(`contest_*`, `team_entry_before`, `gathering_*`, `signed_text_frame_before`); story.py asks for uncatalogued figures.
A programme's tally (`5万人参加培训`), a fair's exhibitors and their origins and a country's athletes counted with no
contest are left as they were."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_ATHLETES = _LEX.compile_at("contest_athletes_at")
_ROUND = _LEX.compile("contest_round_before")
_TEAM = _LEX.compile("team_entry_before")
_CONTEST = _LEX.compile("contest_before")
_ATTENDANCE = _LEX.compile_at("gathering_attendance_after")
_ORIGIN_BEFORE = _LEX.compile("gathering_origin_before")
_ORIGIN_AFTER = _LEX.compile_at("gathering_origin_after")
_SIGNED = _LEX.compile("signed_text_frame_before")


def scene_member(text: str, s_start: int, clause: int, start: int, end: int) -> bool:
    """Whether the figure at start..end counts the make-up of one scene its sentence (from s_start) tells."""
    return contest_entry(text, s_start, clause, start) or gathering_member(text, clause, start, end) \
        or _SIGNED.search(text, s_start, start) is not None


def contest_entry(text: str, s_start: int, clause: int, start: int) -> bool:
    """`决赛第一轮共有10名选手参加`, `本届世锦赛上，中国队共派出50名选手`: the athletes of one round, or one team's in one
    contest."""
    if not _ATHLETES.match(text, start):
        return False
    return _ROUND.search(text, s_start, start) is not None \
        or _TEAM.search(text, clause, start) is not None and _CONTEST.search(text, s_start, start) is not None


def gathering_member(text: str, clause: int, start: int, end: int) -> bool:
    """`200多位专家学者参加了此次会议` and the `来自80多所高校…的` they came from: one gathering's attendance."""
    return _ATTENDANCE.match(text, end) is not None \
        or _ORIGIN_BEFORE.search(text, clause, start) is not None and _ORIGIN_AFTER.match(text, end) is not None
