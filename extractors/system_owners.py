"""The bodies of one kind as a whole (`全国检察机关`, `全国法院`, `各级公安机关`) opening a sentence as its actor own the
measures named alone in the later clauses of its first `；` group.

`全国检察机关认真落实部署，1至9月共收到群众来信25万件` counts the procuratorates' letters (检察机关收到群众来信), not
all letters in the country (sheet 46 #184). The name the measure takes is the bodies' kind; the scope word (`全国`,
`各级`) stays the region's, which the scopes already set. A measure with its own scope or owner, one that names the
kind already (`法院共受理…`), a subject too long to be a measure's name and a figure past a `；`, another firm, body or
place keep their subject. Words in lexicon/owners.toml (`system_actor_opening`, `system_measure_skip`).
"""

from __future__ import annotations

from functools import lru_cache

from .firm_figures import owns_up_to
from .lexicon import lexicon
from .subject_checks import names_nothing, subject_is_debris, subject_is_narrative

_LEX = lexicon()
_OPENING = _LEX.compile("system_actor_opening")
_SKIP = _LEX.compile("system_measure_skip")
_MIN_MEASURE = 2  # characters of a measure named alone
_KIND = _LEX.compile("system_kind")
_OPENING_REACH = 160  # characters: a dateline, a lead and the scope word before the kind, at most


def system_owned(text: str, sentence_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the kind of the bodies opening its sentence as their actor before it
    (`收到群众来信` → 检察机关收到群众来信), when nothing between them takes the figure from the bodies; else the subject."""
    m = _opening(text, sentence_start)
    if m is None or m.end() > pos or len(subject) < _MIN_MEASURE or _SKIP.match(subject) \
            or names_nothing(subject) or subject_is_debris(subject) or not owns_up_to(text, m.end(), pos):
        return subject
    owned = m["kind"] + subject
    return subject if subject_is_narrative(owned) else owned


@lru_cache(maxsize=64)  # a pure function of the sentence, asked again for each of its figures
def _opening(text: str, sentence_start: int):
    """The bodies' kind opening the sentence at sentence_start as its actor (lexicon `system_actor_opening`), if any."""
    if _KIND.search(text, sentence_start, sentence_start + _OPENING_REACH) is None:
        return None  # no system's kind near the opening: a cheap test before the opening's pattern
    return _OPENING.match(text, sentence_start)
