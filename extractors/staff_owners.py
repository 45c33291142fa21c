"""Staff owners: a count of staff opening a clause right after a clause that introduces one workplace counted as one
(`她在某村经营着一家制袜的扶贫车间，33名员工里…`) is that workplace's staff (制袜扶贫车间员工), so no place's.
Words in lexicon/owners.toml (`staffed_body_clause`, `staff_count_opening`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BODY = _LEX.compile("staffed_body_clause")
_STAFF = _LEX.compile("staff_count_opening")
_COMMAS = ("，", ",")
_REACH = 40  # characters of the clause before that may introduce the workplace
_ATTRIBUTIVE = _LEX.words("attributive")[0]


def staffed_body(text: str, sentence_start: int, pos: int) -> str | None:
    """The workplace (its name, without `的`) whose staff the count at pos counts, or None."""
    clause = max(sentence_start, max(text.rfind(c, max(sentence_start, pos - _REACH), pos) for c in _COMMAS) + 1)
    if clause <= sentence_start or not text.startswith(_COMMAS, clause - 1):
        return None
    staff = _STAFF.match(text, clause)
    if staff is None or not staff.start() <= pos < staff.end():
        return None
    body = _BODY.search(text, max(sentence_start, clause - 1 - _REACH), clause - 1)
    return body["body"].replace(_ATTRIBUTIVE, "") if body is not None else None


def staff_owner(subject: str, text: str, sentence_start: int, figure: int) -> str:
    """`员工` → 制袜扶贫车间员工 when the count at figure is one workplace's staff; else the subject as it was."""
    body = staffed_body(text, sentence_start, figure)
    return body + subject if body and subject and not subject.startswith(body) else subject
