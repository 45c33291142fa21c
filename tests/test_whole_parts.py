"""A whole counted first, then parts of it counted in the same unit with an act: the parts are the things the act
picks, and a rate named alone after them is the whole's things' (extractors/whole_parts.py; lexicon/owners.toml
`whole_of_parts`, `part_of_whole_lead`, `part_of_whole_rate`, `part_act_aspect`)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # `…中已有M所` then the act: the schools that did it, and their rate
    ("截至6月底，全市350所中小学中已有210所完成校舍加固，完成率60%。",
     [("other", "完成校舍加固的中小学", 210), ("other", "中小学校舍加固完成率", 60)]),
    # each part after the whole, an aspect word no part of the name
    ("到去年年底，全省62个贫困县中已有40个宣布摘帽，15个正在进行退出检查。",
     [("other", "贫困县", 62), ("other", "宣布摘帽的贫困县", 40), ("other", "进行退出检查的贫困县", 15)]),
    # `共` and the act before the part's count; the whole's own count loses the `共`
    ("截至3月1日，820名在逃人员共到案515名，到案率62.8%。",
     [("other", "在逃人员", 820), ("other", "到案的在逃人员", 515), ("other", "在逃人员到案率", 62.8)]),
    # a coverage word after the parts
    ("全年重点监测的12种主要农产品中，有8种实现增长，增长面达到66.7%。", [("other", "主要农产品增长面", 66.7)]),
]

NEGATIVES = [
    # `中标` is a word, no whole
    ("全市3个项目中标，中标金额2.1亿元。", [("other", "项目中标", 3), ("other", "中标金额", 210000000)]),
    # an amount after `共` is no part of the projects
    ("全县5个项目共投资20亿元，带动就业1200人。",
     [("other", "项目投资20亿元", 5), ("investment", "项目投资20亿元", 2000000000), ("other", "带动就业", 1200)]),
    # `其中` after a count is no whole's `中`
    ("全市有8个街道、90个社区分布其中。", [("other", "街道", 8), ("other", "社区分布其中", 90)]),
    # a rate after a count with no whole keeps its subject
    ("全市去年新建学校12所，完成率80%。", [("other", "新建学校", 12), ("other", "新建学校(完成率)", 80)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_part_of_whole(text, expected):
    assert named_values(text) == expected
