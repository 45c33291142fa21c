"""Funded headings: a source of funds after a `其中` whose whole names only who paid is a part of the programme the
section heading above it names.

`（二）义务教育学生资助 … 各级财政共计投入资金202.84亿元。其中，中央财政资金104.81亿元` counts the central money of
that programme's aid; written `中央财政资金` it reads as every central fiscal fund. The heading is the nearest
`一、`/`（一）` heading before the sentence, on a line of its own or run into one long paragraph after a wide space
(lexicon/owners.toml `block_heading_number`); it owns the part only when it names an aid programme (`funded_heading`),
so a heading that is a figure (`（一）财政投入…亿元，占…`) or an act stops the search and gives nothing. A `1.`
sub-heading after it names the part (`3.免学费` → 中等职业学校学生免学费; `block_subheading_number`, `subheading_part`),
and one that names none leaves the owner unknown. A name too long to keep puts the programme in brackets
(中央财政资金(中等职业学校学生国家助学金)). A sentence opening with `其中` is read, and a `其中` inside a sentence
after a whole that names no programme of its own (`sourced_whole_clause`: `…；资助金额共计13亿元，其中，中央财政资金8亿元`)
when each word by which the sentence before it names a level, cohort or programme (`programme_scope_word`) is one of
the heading's programme's (a place, `“三区三州”地区`, says where, not whose). A word it does not hold (`享受国家奖学金政策`
under `2.国家助学金`), or a whole naming what it pays (`支付风险补偿金…，其中…`), keeps the subject as written. A
paragraph's sentence that opens with a programme's money (`funded_lead`: `学生资助资金中，财政投入共计…。其中，中央财政资金…`)
names the programme of the `其中` sentence after it first, under a heading that is a figure too (学生资助中央财政资金).
"""

from __future__ import annotations

from .aided_parts import previous_sentence
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
_PROGRAMME_WORD = _LEX.compile("programme_scope_word")
_CLAUSE_MARKS = "，,；;"  # what a `其中` inside a sentence follows
SENTENCE_REACH = 160  # characters of a sentence before its `其中` (or whole) read for its words: a longer one is not read
_BARE_WHOLE = _LEX.compile_at("sourced_whole_clause")
_LEAD = _LEX.compile("funded_lead")
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


def agrees(text: str, start: int, end: int, programme: str) -> bool:
    """Each word of text[start:end] naming a level, cohort or programme of aid is one of the programme's words (a
    longer stretch than SENTENCE_REACH is not read: no agreement, and no quadratic time on a long sentence of figures)."""
    return end - start <= SENTENCE_REACH and all(m.group() in programme for m in _PROGRAMME_WORD.finditer(text, start, end))


def _opening(text: str, sentence_start: int, pos: int) -> int | None:
    """Where the `其中` the figure at pos is a part of stands: the sentence's start, or a clause's start inside it
    after a bare amount (`资助金额共计13亿元，其中，…`; lexicon `sourced_whole_clause`)."""
    if text.startswith(_OF_WHICH, sentence_start):
        return sentence_start
    at = text.rfind(_OF_WHICH, max(sentence_start, pos - SENTENCE_REACH), pos)
    if at <= sentence_start or text[at - 1] not in _CLAUSE_MARKS:
        return None
    clause = max(sentence_start, *(text.rfind(c, sentence_start, at - 1) + 1 for c in _CLAUSE_MARKS))
    clause += text[clause:clause + 1].isspace()
    return at if _BARE_WHOLE.match(text, clause) else None  # a whole naming what it pays owns its sources


def _lead_programme(text: str, para_start: int | None, sentence_start: int) -> str | None:
    """The programme the paragraph's sentence before a `其中` sentence opens with (`学生资助资金中，…`), or None."""
    if para_start is None or not text.startswith(_OF_WHICH, sentence_start):
        return None
    lead = _LEAD.match(previous_sentence(text, para_start, sentence_start))
    return lead["programme"] if lead else None


def headed_source(text: str, sentence_start: int, subject: str, pos: int | None = None,
                  para_start: int | None = None) -> str:
    """A source of funds after a `其中` (opening the sentence, or inside it before pos), under a heading naming a
    programme, or after a sentence opening with one's money (`学生资助资金中，…`) → the programme's."""
    if not _bare_source(subject):
        return subject
    opening = _opening(text, sentence_start, sentence_start if pos is None else pos)
    if opening is None:
        return subject
    if opening - sentence_start > SENTENCE_REACH:
        return subject
    programme = _lead_programme(text, para_start, sentence_start)
    if programme is None:  # a heading run into the sentence stands before its `其中`
        programme = section_programme(text, opening)
    if programme is None or not agrees(text, sentence_start, opening, programme):
        return subject
    owned = programme + subject
    if not subject_is_narrative(owned):
        return owned
    # a name too long to keep: the programme in brackets, as a measure of the source (中央财政资金(…国家助学金))
    bracketed = f"{subject}({programme})"
    return subject if _BRACKET in subject or subject_is_narrative(bracketed) else bracketed
