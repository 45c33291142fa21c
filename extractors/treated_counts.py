"""Counts of patients under treatment: `目前共有89名新型冠状病毒肺炎患者在定点医疗机构隔离治疗`, `315例确诊病例均在某医院
隔离治疗` count the cases held in hospital on the bulletin's day, not every case or every patient: the way they are
treated (lexicon `treatment_after`) names them (隔离治疗确诊病例), and under a reporting day they are covid patients
held (bulletin_patients_held), as of its end.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_TREATED = _LEX.compile_at("treatment_after")
_CASES = _LEX.compile("treated_cases")
_REACH = 24  # characters after a count where its noun and the place of treatment may stand


def with_treatment(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's counts of cases or patients that the words right after them say are under treatment, named so."""
    out = []
    for m in mentions:
        if m.kind == "level" and _CASES.fullmatch(m.subject) is not None:
            stop = min(end, m.end + _REACH)
            noun_end = text.find(m.subject, m.end - 1, stop)
            at = noun_end + len(m.subject) if noun_end != -1 else m.end
            if (treated := _TREATED.match(text, at, stop)) is not None:
                m = replace(m, subject=treated["how"] + m.subject)
        out.append(m)
    return out
