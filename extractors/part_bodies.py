"""A part's body: a part after `其中` named by a qualifier and the measure its whole names after a body (a sector, a
group of people) is that body's (`住户部门贷款增加…,其中,短期贷款增加` → 住户部门短期贷款增加); lexicon/owners.toml
`part_owner_body`, `part_measure_direction`."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()


_PART_BODY = _LEX.compile("part_owner_body")
_PART_DIRECTION = _LEX.compile("part_measure_direction")
_MAX_PART_QUALIFIER = 4  # characters: `短期`, `城镇`, `中长期`; a longer part names a measure of its own


def body_of_part(subject: str, whole: str) -> str:
    """`短期贷款增加` after `住户部门贷款增加…,其中,`: a part named by a qualifier and the measure its whole names after a
    body (a sector, a group of people) is that body's (住户部门短期贷款增加)."""
    part, of_whole = _PART_DIRECTION.sub("", subject), _PART_DIRECTION.sub("", whole)
    shared = 0
    while shared < min(len(part), len(of_whole)) and part[-1 - shared] == of_whole[-1 - shared]:
        shared += 1
    body, qualifier = _PART_BODY.fullmatch(of_whole[:len(of_whole) - shared]), part[:len(part) - shared]
    if shared < 2 or not qualifier or len(qualifier) > _MAX_PART_QUALIFIER or body is None \
            or _PART_BODY.fullmatch(qualifier) or body["body"] in subject:
        return subject
    return body["body"] + subject


def names_a_body(whole: str) -> bool:
    """`国家级贫困县农村电商网络零售额`: a whole measured of a body its parts after `其中` take (body_of_part)."""
    return any(_PART_BODY.fullmatch(whole[:end]) for end in range(2, len(whole) - 1))
