"""Counts a story tells of one actor's own doings, no reported figure (audit class N1): a national leader's visits,
talks and calls (`总书记…考察了20多个贫困村`, `总理同11个国家领导人13次通电话`), one body's plenary meetings quoted for
pace (`专咨委已召开102次全体会议`), one speaker's plan (`今年打算发展50户庭院经济`), a household's accounts it
speaks of in quotes (`“…收入两万多元…”村民陆金旺…`) and one student's record (`获各类奖学金
共10项`, `撰写论文2篇`). The words are lexicon/story.toml's;
story.py asks for uncatalogued figures of the `other` family only."""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_LEADER = _LEX.compile("leader_title")
_LEADER_ACT = _LEX.compile("leader_act_before")
_LEADER_TALKS = _LEX.compile_at("leader_talks_after")
_PLENARY = _LEX.compile_at("plenary_tally_at")
_PLAN = _LEX.compile("personal_plan_before")
_RECORD = _LEX.compile_at("personal_record_at")
_RECORD_WHOLE = _LEX.compile("record_whole_before")
_CONTEST_AFTER = _LEX.compile_at("contest_name_after")
_HOUSEHOLD_SPEAKER = _LEX.compile_at("household_speaker")
_SPEECH_BEFORE = _LEX.compile("household_speech_before")
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_SPEECH_REACH = 400  # characters from a figure to its quote's marks (a quote may run over several sentences)
_SPEAKER_REACH = 16  # characters between a speaker's name and the quote's opening


def leader_activity(text: str, s_start: int, start: int, end: int) -> bool:
    """A national leader's own visits, signings, attendances or calls counted in the sentence (s_start is where the
    figure's sentence, bounded, begins): told even beside a whole (`深入全国…`), so asked before that guard."""
    if not _LEADER.search(text, s_start, start):
        return False
    return _LEADER_ACT.search(text, s_start, start) is not None or _LEADER_TALKS.match(text, end) is not None


def household_speech(text: str, start: int, end: int) -> bool:
    """The figure at start..end is inside a quote a household's member speaks (`“2018年种了两个大棚微型薯，收入两万多
    元…”村民陆金旺…`, `村民王某说：“…”`): that family's own accounts, asked after the guard of a whole."""
    opened = text.rfind(_QUOTE_OPEN, max(0, start - _SPEECH_REACH), start)
    if opened == -1 or text.find(_QUOTE_CLOSE, opened, start) != -1 or "\n" in text[opened:start]:
        return False
    closed = text.find(_QUOTE_CLOSE, end, end + _SPEECH_REACH)
    if closed == -1 or text.find(_QUOTE_OPEN, end, closed) != -1 or "\n" in text[end:closed]:
        return False
    if _HOUSEHOLD_SPEAKER.match(text, closed + 1) is not None:
        return True
    lo = max(0, opened - _SPEAKER_REACH)
    for speaker in _HOUSEHOLD_SPEAKER.finditer(text, lo, opened) if _QUOTE_CLOSE not in text[lo:opened] else ():
        if _SPEECH_BEFORE.fullmatch(text, speaker.end(), opened) is not None:
            return True
    return False


def own_tally(text: str, clause: int, start: int) -> bool:
    """One body's plenary meetings (`已召开102次全体会议`) or one speaker's plan (`今年打算发展50户`): asked after the
    guard of a whole, so a province's plan or a national body's sessions stay."""
    return _PLENARY.match(text, start) is not None or _PLAN.search(text, clause, start) is not None


def personal_record(text: str, s_start: int, start: int) -> bool:
    """One student's or researcher's count of awards, scholarships, papers, contests or led projects (`累计参加学科竞赛
    40余次`): asked before the guard of a whole, whose running total (`累计`) and contest names (`全国…大赛`) it
    ignores; a place (`万载县…获批…6项`) or a whole of one (`全省`) before it in its sentence keeps the figure."""
    if _RECORD.match(text, start) is None or _RECORD_WHOLE.search(text, s_start, start):
        return False
    return not any(_CONTEST_AFTER.match(text, p.end) is None for p in place_mentions(text, s_start, start))
