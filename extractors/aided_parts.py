"""Aided parts: the cohorts a sentence opening with `其中` lists were aided by the programme its whole opens with.

`国家励志奖学金奖励学生88万人，奖励金额44亿元。其中，奖励专科生37万人，奖励金额18亿元` counts the 专科生 that one
scholarship rewarded; written `奖励专科生`, `专科生奖励金额` they read as every reward 专科生 got. A part naming only a
cohort (lexicon/owners.toml `aided_cohort_part`) takes the programme the paragraph's sentence right before it opens
with (`aid_programme_whole`): 国家励志奖学金奖励专科生, 国家励志奖学金专科生奖励金额; an act the programme already ends
with is not said twice (学费减免 + 减免专科生 → 学费减免专科生), and a name the narrative check would drop
(`其他项目资助…`) puts the programme in brackets, as shares name their whole: 专科生资助金额(其他项目资助).
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_PART = _LEX.compile("aided_cohort_part")
_WHOLE = _LEX.compile("aid_programme_whole")
_OF_WHICH = _LEX.words("of_which")[0]
_SENTENCE_ENDS = "。！？!? \t\n\u3000"  # a space too: what a heading run into the line (`11.其他资助 `) leaves
_SPACE = " \t\u3000\n"


def previous_sentence(text: str, para_start: int, sentence_start: int) -> str:
    """The paragraph's sentence right before sentence_start (a space also ends one: a heading run into a one-line report)."""
    end = len(text[para_start:sentence_start].rstrip(_SPACE)) + para_start
    if end <= para_start or text[end - 1] not in "。！？!?":
        return ""
    start = max(text.rfind(c, para_start, end - 1) for c in _SENTENCE_ENDS) + 1
    return text[max(start, para_start):end].lstrip(_SPACE)


def aided_part(text: str, para_start: int, sentence_start: int, subject: str) -> str:
    """`奖励专科生` in `…。其中，奖励专科生…` after `国家励志奖学金奖励学生…。` → 国家励志奖学金奖励专科生; else subject."""
    if not text.startswith(_OF_WHICH, sentence_start) or (part := _PART.fullmatch(subject)) is None:
        return subject
    whole = _WHOLE.match(previous_sentence(text, para_start, sentence_start))
    if whole is None:
        return subject
    programme, act = whole["programme"], part["act"] or ""
    owned = programme + (part["rest"] if programme.endswith(act) else subject)
    return f"{subject}({programme})" if subject_is_narrative(owned) else owned  # `其他…` reads as a pronoun run in
