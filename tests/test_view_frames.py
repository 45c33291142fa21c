"""A place seen as the frame of a sentence (lexicon/places.toml `view_opening`, `view_frame_after_place`:
`从四川全省来看，…`, `以南宁的数据为例，…`) is the sentence's topic, though it stands after `从`; a place something comes from is not
(`从泰国缉捕回国`). Sentences are our own; each row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"
# a national story about several places: the framed sentence's place must come from its own frame
STORY = "多地推进稳就业\n\n　　近日，督查组在湖北和广东两地调研。\n　　{}\n"

FRAMES = [
    ("a province and its whole", "从贵州全省来看，至9月末，已实现就业42万人，就业率达85.1%。",
     [{"value": 420000, "region": "贵州省"}, {"value": 85.1, "region": "贵州省"}]),
    ("a province alone", "从甘肃来看，今年前三季度地区生产总值增长6.2%。", [{"value": 6.2, "region": "甘肃省"}]),
    ("a city's situation", "从昆明情况看，今年以来新增就业3.2万人。", [{"value": 32000, "region": "昆明市"}]),
    # an example taken (`以…为例`): its place is the sentence's, its whole (`全市`) after it too
    ("an example's data", "以南宁2019年的数据为例，全市农民工月均收入增长9.2%。",
     [{"value": 9.2, "region": "南宁市"}]),
    ("an example city", "以洛阳为例，今年以来新增就业2.7万人，较上年增长6.3%。",
     [{"value": 27000, "region": "洛阳市"}, {"value": 6.3, "region": "洛阳市"}]),
]


@pytest.mark.parametrize("label, text, expected", FRAMES, ids=[c[0] for c in FRAMES])
def test_a_framed_place_is_the_sentences(label, text, expected):
    assert_exactly(STORY.format(text), expected, DAY, name=NATIONAL_PAPER)
