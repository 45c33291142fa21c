"""What the results after `其中` and one kind of case count (`…其中,侦破食品案件4501起,打掉犯罪团伙1001个` → 食品案件打掉
犯罪团伙): that kind's results, not the totals of the operation the sentence reported before `其中`."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_OF_WHICH = _LEX.words("of_which")[0]
_CATEGORY = _LEX.compile("offence_category_part")
_FOLLOW_ON = _LEX.compile("offence_follow_on")
_ANOTHER_KIND = _LEX.compile("offence_kind_count")
_GROUP_MARKS = "；;。"


def offence_part(text: str, start: int, pos: int, subject: str) -> str:
    """The subject at pos (sentence from start) with the one kind of case its `其中` clause group opened, if any."""
    if not _FOLLOW_ON.match(subject):
        return subject
    opening = text.rfind(_OF_WHICH, start, pos)
    if opening < 0 or any(mark in text[opening:pos] for mark in _GROUP_MARKS):
        return subject
    kind = _CATEGORY.match(text[opening + len(_OF_WHICH):pos])
    if kind is None or kind["category"] in subject or _ANOTHER_KIND.search(text, opening + len(_OF_WHICH) + kind.end(), pos):
        return subject  # no kind first, or a list of kinds: a later result is the whole's
    return kind["category"] + subject
