"""Funded headings: a source of funds after a `其中` whose whole names only who paid is a part of the programme the
section heading above it names.

`（二）义务教育学生资助 … 各级财政共计投入资金202.84亿元。其中，中央财政资金104.81亿元` counts the central money of
that programme's aid; written `中央财政资金` it reads as every central fiscal fund. The heading is the nearest
`一、`/`（一）` heading before the sentence, on a line of its own or run into one long paragraph after a wide space
(lexicon/owners.toml `block_heading_number`); it owns the part only when it names an aid programme (`funded_heading`),
so a heading that is a figure (`（一）财政投入…亿元，占…`) or an act stops the search and gives nothing. A `1.`
sub-heading after it names the part (`3.免学费` → 中等职业学校学生免学费; `block_subheading_number`, `subheading_part`),
and one that names none leaves the owner unknown. A name too long to keep puts the programme in brackets
(中央财政资金(中等职业学校学生国家助学金)). Only a sentence opening with `其中` is read: a part inside a sentence
that opens with its own scope (`某州…，其中，中央财政资金…`) keeps its subject.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_NUMBER = _LEX.compile("block_heading_number")
_SUB_NUMBER = _LEX.compile("block_subheading_number")
_SUB_AT_HEADING = _LEX.compile_at("subheading_number")
_PROGRAMME = _LEX.compile("funded_heading")
_PART = _LEX.compile("subheading_part")
_KIND = _LEX.compile("funded_kind")
_SOURCE = _LEX.compile("funding_source_part")
_OF_WHICH = _LEX.words("of_which")[0]
_SHARE_OF_WHOLE = _LEX.compile("source_share_of_whole")  # `(占财政资金总额)`: no programme named yet
_BRACKET = "("  # a subject's bracket: a share's whole, or the programme funded_parts named


def _last(pattern, text: str, start: int, end: int):
    """The last match of pattern in text[start:end], or None."""
    found = None
    for match in pattern.finditer(text, start, end):
        found = match
    return found


def section_programme(text: str, pos: int) -> str | None:
    """The aid programme (and part) the nearest numbered heading before pos names, or None."""
    heading = _last(_NUMBER, text, 0, pos)
    if heading is None:
        return None
    m = _PROGRAMME.match(text, heading.end())
    if m is None or m.end() > pos:
        return None
    sub = _last(_SUB_NUMBER, text, m.end(), pos) or _SUB_AT_HEADING.match(text, m.end(), pos)
    if sub is None:
        return m["programme"]
    part = _PART.match(text, sub.end())
    if part is None or part.end() > pos:
        return None  # a sub-heading that names no part: whose money it is stays unknown
    return _KIND.sub("", m["programme"]) + part["part"]


def _bare_source(subject: str) -> bool:
    """`中央财政资金`, `地方财政资金占比`, `地方财政资金(占财政资金总额)`: no programme named yet."""
    if not _SOURCE.fullmatch(subject):
        return False
    return _BRACKET not in subject or _SHARE_OF_WHOLE.search(subject) is not None


def headed_source(text: str, sentence_start: int, subject: str) -> str:
    """A source of funds in a sentence opening with `其中`, under a heading naming a programme → the programme's."""
    if not text.startswith(_OF_WHICH, sentence_start) or not _bare_source(subject):
        return subject
    programme = section_programme(text, sentence_start)
    if programme is None:
        return subject
    owned = programme + subject
    if not subject_is_narrative(owned):
        return owned
    # a name too long to keep: the programme in brackets, as a measure of the source (中央财政资金(…国家助学金))
    bracketed = f"{subject}({programme})"
    return subject if _BRACKET in subject or subject_is_narrative(bracketed) else bracketed
