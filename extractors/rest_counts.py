"""The rest of a whole: a count after `其余`/`剩余` is of the whole the sentence counted before it.

`北京冬奥会张家口赛区场馆和配套基础设施76个项目已完成36个，其余在建的40个项目全部复工` counts that whole's projects
still being built (冬奥会张家口赛区场馆和配套基础设施在建项目), not every project of the city being built. Only a whole
counted with the same things named after its count, in a clause of the same sentence before the rest (lexicon/owners.toml
`rest_of_whole`, `rest_whole_count`); a rest with no such whole keeps its subject.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative
from .subjects import clean_subject

_LEX = lexicon()
_REST = _LEX.compile("rest_of_whole")
_WHOLE = _LEX.compile("rest_whole_count")
_ATTRIBUTIVE = _LEX.words("attributive")[0]
_NOUN_REACH = 8  # characters read after a count for the things it counts
_REST_REACH = 24  # characters before a count its `其余` may stand (`其余在建的`): never the whole run-on sentence
_MIN_NOUN = 2  # characters: `项目`; one character is a unit's echo, not a name


def _things(text: str, whole_end: int, rest_end: int) -> str:
    """The things both counts name right after them (`项目`), or ''."""
    a, b = text[whole_end:whole_end + _NOUN_REACH], text[rest_end:rest_end + _NOUN_REACH]
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n] and "\u4e00" <= a[n] <= "\u9fff":
        n += 1
    return a[:n] if n >= _MIN_NOUN else ""


def rest_of_whole(text: str, sent_start: int, start: int, end: int, subject: str) -> str:
    """The subject of a count at text[start:end] that a `其余` before it makes the rest of a whole counted earlier in
    its sentence (its whole's name, what is said of the rest, the things: …在建项目), or as it was."""
    rest = _REST.search(text, max(sent_start, start - _REST_REACH), start)
    if rest is None:
        return subject
    for m in reversed(list(_WHOLE.finditer(text, sent_start, rest.start()))):
        things = _things(text, m.end("after"), end)
        whole = clean_subject(m["whole"])
        if things and len(whole) >= _MIN_NOUN and not any(c.isdigit() for c in whole):
            named = (rest["state"].rstrip(_ATTRIBUTIVE) or rest["rest"]) + things  # 在建项目, else 剩余项目
            whole = whole[:-len(things)] if whole.endswith(things) else whole
            return f"{named}({whole})" if subject_is_narrative(whole + named) else whole + named
    return subject
