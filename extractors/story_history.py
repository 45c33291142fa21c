"""A figure whose time a story carried over from before its sentence to a year long past: history told, no reported
figure (audit class N1). An ambassador's essay retells two countries' history, so there a few years back is history."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from .lexicon import lexicon

_LEX = lexicon()
_WHOLE = _LEX.compile("reported_whole")
_YEAR_OPENING = _LEX.compile("past_year_opening")
_LASTING_SIZE = _LEX.compile("lasting_size_subject")
_ENVOY_ESSAY = _LEX.compile("envoy_essay")
_HISTORY_YEARS = 10  # a story told of a year this long before the report is history
_ESSAY_HISTORY_YEARS = 3  # in an ambassador's essay


def told_long_ago(text: str, sentence_start: int, start: int, subject: str, period_end: date | None,
                  published: date | None) -> bool:
    """A figure whose time the story carried over from before its sentence (`1942年，…。11月8日，…以26艘舰艇`) to a year
    long before the report: a story told of then, unless a whole stands before it (`40年来，全国…由171元`). A year
    written in the sentence is _told_of_past's, or a from–to statement's base (`由1978年的31.8%上升至…`); a size that
    lasts (`园区占地80万平方米`) is still the thing's size. An ambassador's essay retells history from three years back,
    its country's deeds (`2014年…中国派出医疗队…`) too."""
    if period_end is None or published is None or _LASTING_SIZE.search(subject):
        return False
    if _envoy_essay(text):
        return period_end.year <= published.year - _ESSAY_HISTORY_YEARS
    return period_end.year <= published.year - _HISTORY_YEARS \
        and not _YEAR_OPENING.search(text, sentence_start, start) and not _WHOLE.search(text, sentence_start, start)


@lru_cache(maxsize=4)  # asked for each figure of one document
def _envoy_essay(text: str) -> bool:
    return _ENVOY_ESSAY.search(text) is not None
