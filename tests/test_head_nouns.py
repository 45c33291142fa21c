"""Nouns that end like a clause fragment: a subject ending with a modal, particle or adverb character (`口岸可`,
`增速会降`) is a piece of its sentence and dropped, but `人才`, `许可`, `转让`, `供应` end with such characters and
are whole measures' names. Each row is our own sentence with every fact it gives."""

from datetime import date

import pytest
from factcase import assert_exactly

OCT = date(2019, 10, 23)

HEAD_NOUNS = [
    ("talents trained", "全县共培训乡村振兴人才1500余名。", [{"subject": "乡村振兴人才培训", "value": 1500}]),
    ("talents brought in", "今年以来,全市引进高层次人才320名。", [{"subject": "引进高层次人才", "value": 320}]),
    ("reserve talents", "全镇储备村级后备人才86名。", [{"subject": "储备村级后备人才", "value": 86}]),
    ("administrative permits", "上半年,全区办理行政许可2400件。", [{"subject": "行政许可办理", "value": 2400}]),
    ("land transfers", "全年完成土地出让45宗。", [{"subject": "土地出让", "value": 45}]),  # 完成 only carries it
    ("projects signed", "招商大会现场签约38个项目,其中外资项目签约9个。",
     [{"subject": "招商大会现场签约项目", "value": 38}, {"subject": "招商大会外资项目签约", "value": 9}]),  # the event's part too
]

FRAGMENTS = [
    ("a modal at the end", "该港口每天可1500辆。"),
    ("a modal of need", "这项工作要1500。"),
    ("an adverb at the end", "这一数字才1500。"),
    ("a particle at the end", "到了年底才完成了1500。"),
]


@pytest.mark.parametrize("name,text,expected", HEAD_NOUNS, ids=[row[0] for row in HEAD_NOUNS])
def test_a_noun_ending_like_a_fragment_is_a_measure(name, text, expected):
    assert_exactly(text, expected, OCT)


@pytest.mark.parametrize("name,text", FRAGMENTS, ids=[row[0] for row in FRAGMENTS])
def test_a_fragment_stays_dropped(name, text):
    assert_exactly(text, [], OCT)
