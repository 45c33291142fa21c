"""A clause that says which base a paragraph's changes are taken against (`从环比看，`, lexicon
comparison_view_opening): the changes after it in its paragraph are month-on-month (`鲜菜价格(环比)`), never the
year-on-year measure, until `从同比看，` or the paragraph ends; a change saying `同比` itself keeps it. Sentences are our
own; each row: text and ALL its (subject, value) facts in percent or points."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 12)

VIEWS = [
    ("the opening sentence and the next one",
     "从环比看，全省居民消费价格上涨0.4%。其中，鲜菜价格上涨5.2%，降幅收窄0.6个百分点。",
     [("居民消费价格(环比)", 0.4), ("鲜菜价格(环比)", 5.2), ("鲜菜价格降幅(环比)", 0.6)]),
    ("without 从",
     "上月，全市物价回落。环比看，居民消费价格下降0.7%。其中，交通工具用燃料价格下降4.1%。",
     [("居民消费价格(环比)", -0.7), ("交通工具用燃料价格(环比)", -4.1)]),
    ("a change that says 同比 itself",
     "从环比看，猪肉价格上涨3%，鸡蛋价格同比下降8%。",
     [("猪肉价格(环比)", 3.0), ("鸡蛋价格", -8.0)]),
    ("back to year-on-year",
     "从环比看，居民消费价格上涨0.2%。从同比看，居民消费价格上涨2.3%。",
     [("居民消费价格(环比)", 0.2), ("居民消费价格", 2.3)]),
    ("a new paragraph sets no base",
     "从环比看，居民消费价格上涨0.2%。\n工业生产者出厂价格上涨1.5%。",
     [("居民消费价格(环比)", 0.2), ("工业生产者出厂价格", 1.5)]),
]


def _changes(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, MAY) if f["unit"] in ("%", "个百分点")]


@pytest.mark.parametrize("name,text,expected", VIEWS, ids=[row[0] for row in VIEWS])
def test_the_paragraph_base_is_kept(name, text, expected):
    assert _changes(text) == expected, f"{name}: {_changes(text)}"
