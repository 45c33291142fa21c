"""A count of revisions named by the act alone is of the thing a clause before first put out: `提交首份出价，之后作了5次改进`.

The revision act (`改进`, `修订`, `修改`) says what was done, not to what; the clause right before names the first
edition of the thing (`首份出价`, `首版目录`, `首部条例`), so the count is that thing's revisions (出价改进, 目录修订).
Words in lexicon/owners.toml (`revision_count`, `first_edition_clause`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_REVISION = _LEX.compile("revision_count")
_FIRST_EDITION = _LEX.compile("first_edition_clause")
_TIMES_UNITS = frozenset(_LEX.words("revision_count_unit"))
_REACH = 16  # characters back from the clause: `首份` + the thing + `，` + `之后`; a bounded look, once per figure


def revised_thing(text: str, start: int, clause: int, subject: str, unit: str | None) -> str:
    """`改进` counted in 次 in the clause at clause, after `…提交首份出价，` (text[start:clause], the sentence before it)
    → 出价改进; any other subject is left as it is."""
    if unit not in _TIMES_UNITS or not (act := _REVISION.fullmatch(subject)):
        return subject
    first = _FIRST_EDITION.search(text, max(start, clause - _REACH), clause)
    return first["thing"] + act["act"] if first else subject
