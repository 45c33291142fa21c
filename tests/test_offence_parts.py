"""The results after `其中` and one kind of case (extractors/offence_parts.py, lexicon/cases.toml
`offence_category_part`, `offence_follow_on`): `…打掉团伙900个,其中,侦破毒品案件320起,抓获嫌疑人410名` counts the
drug cases' suspects, not the campaign's (audit class S3: a subject that drops its qualifier). Never after a list of
kinds, a kind that is a scope (`各类案件`), across `；`, or for a figure that is no result of cases (`已审结`).
Sentences are our own; each row: text, the figure's value, the subject it must have."""

from __future__ import annotations

import pytest
from factcase import facts_of

KIND_OWNS = [
    ("专项行动开展以来，共破获涉枪案件2600起，抓获犯罪嫌疑人3100名，其中，侦破网络贩枪案件310起，抓获犯罪嫌疑人420名。",
     420, "网络贩枪案件抓获犯罪嫌疑人"),
    ("今年以来，全市警方打掉犯罪团伙95个，涉案金额8亿元，其中，破获电信诈骗案件260起，打掉犯罪团伙31个，涉案金额1.2亿元。",
     31, "电信诈骗案件打掉犯罪团伙"),
    ("今年以来，全市警方打掉犯罪团伙95个，涉案金额8亿元，其中，破获电信诈骗案件260起，打掉犯罪团伙31个，涉案金额1.2亿元。",
     120_000_000, "电信诈骗案件涉案金额"),
    ("海关全年立案侦办走私案件1500起，案值120亿元，其中，查办成品油走私案件80起，案值9亿元。", 900_000_000,
     "成品油走私案件案值"),
    ("行动共捣毁窝点700个，抓获嫌疑人2000人，其中侦破假药案件150余起，捣毁窝点60个。", 60, "假药案件捣毁窝点"),
]
KIND_NOT_TAKEN = [  # the subject each figure keeps
    ("行动共捣毁窝点700个，抓获嫌疑人2000人，其中，侦破各类案件150起，捣毁窝点60个。", 60, "捣毁窝点"),
    ("全省法院收案4000件，其中刑事案件900件、民事案件1200件，已审结3500件。", 3500, "审结"),
    ("行动共抓获嫌疑人2000人，其中，侦破毒品案件30起、盗窃案件50起，抓获犯罪嫌疑人90名。", 90, "抓获犯罪嫌疑人"),
    ("行动共捣毁窝点700个，抓获嫌疑人2000人，其中，侦破假药案件150起；全年抓获嫌疑人5100人。", 5100, "抓获嫌疑人"),
    ("行动共捣毁窝点700个，其中，侦破假药案件150起，整改率达到96%。", 96, "整改率"),
    ("共侦破食品案件4500起，捣毁窝点2700个，抓获犯罪嫌疑人7800名。", 7800, "抓获犯罪嫌疑人"),  # no `其中`
]


def _subject_of(text: str, value: float) -> str:
    found = [f["subject"] for f in facts_of(text) if abs(float(f["value"]) - value) < 1e-6 * max(1, value)]
    assert found, f"no fact of {value} in {text}"
    return found[0]


@pytest.mark.parametrize(("text", "value", "subject"), KIND_OWNS)
def test_the_one_kind_after_of_which_owns_the_results_after_it(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), KIND_NOT_TAKEN)
def test_no_kind_from_a_scope_a_list_of_kinds_or_across_a_group_end(text, value, subject):
    assert _subject_of(text, value) == subject
