"""A scope word (`全省`, `全市`, `全县`) in a national paper's story that no scope in force reaches: the division of its
level whose leader says it, the place the story's lead opens with, or the one division of its level the story
names (scope_fallbacks.py). Two divisions of that level in play, or a story abroad: no place (precision first)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 6, 8)
NATIONAL_PAPER = "rmrb-2021-06-08-05-02.txt"  # a national paper: its scope is 全国

CASES = [
    # the lead opens with the province; other provinces' cities named later as partners make the story of many places
    ("lead's province",
     "稳就业 保民生\n\n　　今年以来，云南省扎实推进稳就业工作。\n　　与深圳、杭州等城市签订协作协议。1—5月，全省新增就业岗位12.3万个。\n",
     [{"value": 123000, "region": "云南省"}]),
    ("lead's province, chained",
     "稳就业 保民生\n\n　　疫情发生后，甘肃省兰州市迅速行动。\n　　与天津、厦门等城市签订协议。1—5月，全省新增就业岗位8.6万个。\n",
     [{"value": 86000, "region": "甘肃省"}]),
    # a quote whose speaker leads a city: its 全市 is that city
    ("speaker after the quote",
     "治理违建见成效\n\n　　本报记者 张某\n　　延安、榆林等地整治违建。“全市共拆除违建项目412个。”宝鸡市副市长王某告诉记者。\n",
     [{"value": 412, "region": "宝鸡市"}]),
    ("speaker after the quote, county",
     "治理违建见成效\n\n　　本报记者 张某\n　　延安、榆林等地整治违建。“全县共拆除违建项目57个。”富平县委书记王某说。\n",
     [{"value": 57, "region": "富平县"}]),
    ("one province the story's cities lie in",
     "治理违建见成效\n\n　　本报记者 张某\n　　延安、榆林等地整治违建。“全省共拆除违建项目412个。”宝鸡市副市长王某告诉记者。\n",
     [{"value": 412, "region": "陕西省"}]),
    # the one county the story names (its towns lie in it)
    ("story's one county",
     "修路通村\n\n　　本报记者 张某\n　　“路通了，心也亮了。”老王把车开到了甘肃会宁县丁家沟镇。\n"
     "　　说起变化，镇长介绍，全县农民人均可支配收入去年达到9860元。\n",
     [{"value": 9860, "region": "会宁县"}]),
    # negatives: two counties named, a scope word with no division of its level
    ("two counties: none",
     "修路通村\n\n　　本报记者 张某\n　　会宁县和静宁县都在加快修路。\n"
     "　　说起变化，镇长介绍，全县农民人均可支配收入去年达到9860元。\n",
     [{"value": 9860, "region": None}]),
    ("a city elsewhere named too: none",
     "修路通村\n\n　　本报记者 张某\n　　记者近日走访了会宁县，河南南阳也在修路。\n"
     "　　说起变化，镇长介绍，全县农民人均可支配收入去年达到9860元。\n",
     [{"value": 9860, "region": None}]),
    ("speaker of another level, two provinces: none",
     "治理违建见成效\n\n　　本报记者 张某\n　　延安、兰州等地整治违建。“全省共拆除违建项目412个。”宝鸡市副市长王某告诉记者。\n",
     [{"value": 412, "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_unscoped_whole(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
