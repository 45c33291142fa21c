"""Firms as data sources: the figures a sentence opens by citing one firm's data for are that firm's own.

`比如，某旅游平台大数据显示，…订票量同比增长…。其中，儿童旅客占比同比增加39%` counts the platform's own bookings: the
figures are the firm's (某旅游平台儿童旅客占比), so no region, never the national paper's 全国 (firm_figures.firm_region),
unless the figure's clause names a place of its own after the source (`某招聘平台数据显示，全国38个城市…`: the place's).
Words in lexicon/owners.toml (`firm_data_source_opening`, `firm_name`).
"""

from __future__ import annotations

from .carried_owners import firm_owned
from .lexicon import lexicon
from .places import place_mentions
from .sentences import sentence_start_before

_LEX = lexicon()
_SOURCE = _LEX.compile_at("firm_data_source_opening")
_SOURCE_VERB = _LEX.compile("firm_data_source_verb")  # in every match of _SOURCE: cheap to look for first
_FIRM = _LEX.compile("firm_name")
_OF_WHICH_OPENING = _LEX.compile_at("\\s*{of_which}[,，:：]?")
_OPENING_REACH = 120  # characters a sentence's lead and its cited source may take: a run-on sentence is not read whole


def source_firm(text: str, para_start: int, sent_start: int, clause: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the firm its sentence (or, for a part after `其中`, the sentence before)
    cites as its data's source; else the subject as it is."""
    firm = _cited_firm(text, sent_start, clause, pos)
    if firm is None and _OF_WHICH_OPENING.match(text, sent_start) and sent_start > para_start + 1:
        before = sentence_start_before(text, para_start, sent_start)
        firm = _cited_firm(text, before, sent_start, pos)
    if firm is None or firm in subject or _FIRM.search(subject):
        return subject
    return firm_owned(firm, subject) or subject


def _cited_firm(text: str, sent_start: int, clause: int, pos: int) -> str | None:
    """The firm the sentence at sent_start opens by citing as its data's source, when nothing from its clause at
    `clause` (or the source's end) to the figure at pos names a place or another firm."""
    reach = min(pos, sent_start + _OPENING_REACH)
    if _SOURCE_VERB.search(text, sent_start, reach) is None:
        return None  # most sentences: the full pattern cost a fifth of a millisecond at each figure
    m = _SOURCE.match(text, sent_start, reach)
    if m is None:
        return None
    start = max(clause, m.end())
    if _FIRM.search(text, start, pos) or place_mentions(text, start, pos):
        return None
    return m["firm"]
