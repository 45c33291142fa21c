"""Owners of a body's own figure: an event or an international organisation that opens the sentence.

`第48届东盟交易会20日在南宁开幕，展览总面积为26.3万平方米，参展企业1.2万家`: the area and the exhibitors are the
fair's, not Nanning's or the region's, and `国际劳工组织是…机构，现有187个成员国` counts the organisation's members,
not the nation's. A measure such a body keeps of itself (lexicon/owners.toml `body_measure_alone`), named alone in a
clause of the sentence's first `；` group that names no other actor, takes the body's name (东盟交易会展览总面积).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_MEASURE = _LEX.compile("body_measure_alone")
_OPENING = _LEX.compile("body_opening")
_CLAUSE = _LEX.compile("clause_of_body_measure")
_MAX_NAME = 18  # characters: a longer subject is a piece of narrative, not a body's measure


def body_total(text: str, start: int, group: int, left: str, subject: str) -> str:
    """The subject of a figure (left: its clause before it) in the `；` group at group of the sentence at start: a
    body's measure named alone (`展览总面积`, `现成员国`) is the body's (广交会展览总面积, 世卫组织成员国), in the
    sentence's first group only (the body owns no clause past its `；`)."""
    if group > start or not (measure := _MEASURE.fullmatch(subject)) or not _CLAUSE.match(left) \
            or not (m := _OPENING.match(text, start)):
        return subject
    owner = m["org"]
    owned = owner + measure["measure"]
    return owned if len(owned) <= _MAX_NAME and not subject.startswith(owner) else subject
