"""Team owners: the members a clause counts named alone (`拥有队员近2000人`) are the team the clause right before
ends with (`…组建了…的流调疾控队伍，` → 流调疾控队伍队员), not all of the place's. Words in lexicon/owners.toml
(`team_named_before`, `team_members_alone`)."""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_TEAM = _LEX.compile("team_named_before")
_MEMBERS = _LEX.compile("team_members_alone")


def team_owner(subject: str, text: str, sentence_start: int, clause: int) -> str:
    """The subject with the team the clause before the figure's (ending at clause) names (流调疾控队伍队员), or as
    it was."""
    if (members := _MEMBERS.fullmatch(subject)) is None or (m := _TEAM.search(text, sentence_start, clause)) is None:
        return subject
    named = m["team"] + members["members"]
    return subject if subject_is_narrative(named) else named
