"""A sentence that runs several places' items, each after `；` and opened by its place (semicolon_items): a scope word
(`全市`, `全省`) in a later item stands for the place that opens that item, not the place the sentence opened with.
An item opened by no place keeps the sentence's place; a sentence with no `；` is as before. Our own sentences; each
row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-04-01.txt"


def _story(body: str) -> str:
    return "城乡环境整治见成效\n\n　　" + body + "\n"


CASES = [
    pytest.param("a city's item after another city's", "各地积极行动：浙江杭州在专项行动中清理卫生死角1.2万处；江苏苏州对标先进城市，"
                 "集中力量补短板，全市600多个老旧小区已完成改造420个；安徽合肥全市生活垃圾分类覆盖率达95%。",
                 [{"value": 12000, "region": "杭州市"}, {"value": 600, "region": "苏州市"}, {"value": 95, "region": "合肥市"}],  # a bare `改造` no fact
                 id="a city's item after another city's",
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: the next figure's words in the same clause (`全市600多个老旧小区已完成改造420个`: 完成改造 read as said of 老旧小区)")),
    ("a province's item after another province's", "各地积极行动：浙江省清理卫生死角1.2万处；广东省对标先进，集中整治，"
     "全省新建公厕3200座。",
     [{"value": 12000, "region": "浙江省"}, {"value": 3200, "region": "广东省"}]),
    ("an item opened by a time, then its city", "截至3月底，浙江杭州清理卫生死角1.2万处；2月以来，江苏苏州集中整治，"
     "全市新建公厕320座。",
     [{"value": 12000, "region": "杭州市"}, {"value": 320, "region": "苏州市"}]),
]

UNCHANGED = [
    ("no `；`: the sentence's city", "浙江杭州清理卫生死角1.2万处，集中整治，全市新建公厕320座。",
     [{"value": 12000, "region": "杭州市"}, {"value": 320, "region": "杭州市"}]),
    ("an item opened by no place", "浙江杭州清理卫生死角1.2万处；同时，集中整治，全市新建公厕320座。",
     [{"value": 12000, "region": "杭州市"}, {"value": 320, "region": "杭州市"}]),
]


@pytest.mark.parametrize("label, body, expected", CASES + UNCHANGED, ids=[c[0] for c in CASES + UNCHANGED])
def test_a_scope_word_is_its_items_place(label, body, expected):
    assert_exactly(_story(body), expected, DAY, name=NATIONAL_PAPER)
