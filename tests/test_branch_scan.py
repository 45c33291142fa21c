"""A branch-by-branch scan finds exactly the spans the whole alternation's finditer finds."""

import pytest

from extractors.lexicon import lexicon
from extractors.story_places import _DATELINES, _WIRE_DATELINES

TEXTS = [
    "本报讯(记者 周岚)上月,全省新增就业12万人。",
    "新华社兰州6月2日电 (记者 孙涛)当地完成造林3万亩。又讯 据新华社西宁6月3日电 青海…",
    "中新网客户端9月8日电 大河网讯 泉州晚报讯(记者 林雨)泉州日报晋江10月2日电 …",
    "电力供应增长5%,电商网讯息平台无关。人民日报评论员文章",
    "",
    "没有日期线的一段文字,只有数字120和电话。",
]


@pytest.mark.parametrize("scan,template", [(_WIRE_DATELINES, "(?:{wire_dateline}){dateline_credit}"),
                                           (_DATELINES, "{dateline_opening}")])
@pytest.mark.parametrize("text", TEXTS)
def test_spans_are_the_alternations(scan, template, text):
    whole = lexicon().compile(template)
    assert scan.spans(text) == [m.span() for m in whole.finditer(text)]


def test_the_texts_hold_datelines():
    assert len(_DATELINES.spans(TEXTS[2])) == 4 and len(_WIRE_DATELINES.spans(TEXTS[1])) == 2
