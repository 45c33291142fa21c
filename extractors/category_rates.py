"""A handling rate told right after a category's count (`(一)基础建设方面本月共办理…等类工单534件、满意率92%`): the rate
is that category's (基础建设方面满意率), not the whole hotline's; named by the category's label (`…方面`) or, for a short
category, by its name. Words: lexicon/owners.toml `category_rate_after_count`, `category_label`."""

from __future__ import annotations

from .lexicon import lexicon
from .mention import Mention
from .subjects import COUNT_UNITS

_LEX = lexicon()
_RATE_AFTER = _LEX.compile("category_rate_after_count")
_LABEL = _LEX.compile("category_label")
_SENTENCE_ENDS = "。！？!?\n"
_LABEL_REACH = 120  # characters before the count where its section's label stands
_MAX_NAME = 10  # characters: a longer category is told by its list of cases, not a name


def category_rate(text: str, last: Mention | None, pos: int, subject: str) -> str | None:
    """The category's rate for the figure at pos whose subject is a bare handling rate joined by `、` to the count
    (last) right before it; None otherwise."""
    if last is None or last.unit not in COUNT_UNITS or not last.subject:
        return None
    m = _RATE_AFTER.fullmatch(text, last.end, pos)
    if m is None or m["rate"] != subject:
        return None
    sentence = max(text.rfind(mark, 0, last.start) for mark in _SENTENCE_ENDS) + 1
    label = _LABEL.search(text, max(sentence, last.start - _LABEL_REACH), last.start)  # the count's subject may be
    owner = label["label"] if label else last.subject if len(last.subject) <= _MAX_NAME else None  # cut mid-list
    return owner + subject if owner else None
