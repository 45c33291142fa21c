"""Funded parts: a source of funds after `其中` (`中央财政资金`, `地方资金`) is a part of the programme money its whole
names, not all such funds of the country.

`普通高中国家助学金到位资金共计100亿元。其中，中央财政资金70亿元，…` counts the central money of that one grant;
written `中央财政资金` it reads as every central fiscal fund. The part (lexicon/owners.toml `funding_source_part`) takes
the programme its whole names (`funded_whole`: the whole without its act and its money word: 普通高中国家助学金中央
财政资金), in the same sentence (`…补助资金20亿元，其中中央财政资金15亿元`) or, for a sentence that opens with `其中`,
the last figure of the paragraph before it. A whole that names no programme (`各级财政共计投入资金`, `财政资金`)
gives nothing, nor one whose name with the source would be too long to keep as a measure's name.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_SOURCE = _LEX.compile("funding_source_part")
_WHOLE = _LEX.compile("funded_whole")
_OF_WHICH = _LEX.words("of_which")[0]
_BRACKET = "(（"
_MAX_SHARED_PROGRAMME = 12  # characters: a longer programme in a share's bracket is a piece of a sentence
_SHARE, _OF = _LEX.words("funded_share")[:2]  # `中央财政资金占比` → 中央财政资金(占普通高中国家助学金)


def funded_part(subject: str, whole: str | None) -> str:
    """`中央财政资金` (or its share, `中央财政资金(占…)`, `中央财政资金占比`) of a whole `普通高中国家助学金到位资金`
    → 普通高中国家助学金中央财政资金 (its share: 中央财政资金(占普通高中国家助学金)); else the subject as it is."""
    if not whole or not _SOURCE.fullmatch(subject):
        return subject
    cut = min((i for i in (whole.find(b) for b in _BRACKET) if i > 0), default=len(whole))
    m = _WHOLE.fullmatch(whole[:cut])
    if m is None or _SOURCE.match(whole):  # another source is no whole (`中央财政资金…，地方财政资金…`)
        return subject
    source, programme = subject.removesuffix(_SHARE), m["programme"]
    if source != subject:  # a share of it, named as shares name their whole
        return f"{source}({_OF}{programme})" if len(programme) <= _MAX_SHARED_PROGRAMME else subject
    owned = programme + subject
    return subject if subject_is_narrative(owned) else owned  # a name too long to keep loses no figure


def opened_part(text: str, sentence_start: int, last: str, subject: str) -> str:
    """A part in a sentence that opens with `其中` (at sentence_start) after the paragraph's last figure's subject."""
    return funded_part(subject, last) if text.startswith(_OF_WHICH, sentence_start) else subject
