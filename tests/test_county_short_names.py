"""A county named in full once in a text is named by its short name too (`正定县…正定接待游客`), an autonomous
county also as news writes it (`石柱县`), and a county's whole (`全县`) in a paragraph about one of its towns is
the county an outer scope names; a short name alone, or as an item of a list, names nothing."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2019, 10, 9)

COUNTY_SHORT_NAMES = [
    ("named in full before", "正定县地处华北平原。去年正定接待游客1200万人次。", [(12000000, "正定县")]),
    ("named in full after", "去年通江接待游客500万人次。这是通江县的一张名片。", [(5000000, "通江县")]),
    ("an autonomous county as news writes it", "石柱县去年接待游客800万人次。", [(8000000, "石柱土家族自治县")]),
    ("its short name after it", "重庆石柱县盛产辣椒。石柱辣椒种植面积达到12万亩。", [(120000, "石柱土家族自治县")]),
    ("an autonomous prefecture as news writes it", "延边州去年接待游客900万人次。", [(9000000, "延边朝鲜族自治州")]),
    ("a kept-out short name with 州", "湘西州去年接待游客600万人次。", [(6000000, "湘西土家族苗族自治州")]),
    ("a people's name without 族", "伊犁州去年接待游客700万人次。", [(7000000, "伊犁哈萨克自治州")]),
    # negatives: a short name alone names no county (many are other words); an item of a list may stand with
    # places the gazetteer does not read, so the figure is the list's, not the one county's
    ("not named in full", "去年正定接待游客1200万人次。", [(12000000, None)]),
    ("an item of a list", "拉萨市和定日县都在高原上。定结、聂拉木、定日3个县城被划入保护区。", [(3, None)]),
]


@pytest.mark.parametrize("label, text, expected", COUNTY_SHORT_NAMES, ids=[c[0] for c in COUNTY_SHORT_NAMES])
def test_a_county_named_in_full_is_named_by_its_short_name(label, text, expected):
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


def test_the_whole_county_in_a_paragraph_about_one_of_its_towns():
    """`三溪镇…全县农民人均纯收入`: the town lies in the county the story names; the figure is the county's."""
    text = ("四川通江县修路记\n　　本报记者 张三\n　　通江县地处秦巴山区,交通长期不便。\n"
            "　　三溪镇的花椒中午就能运到城里。五年前,全县农民人均纯收入只有6500元。\n")
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == [(6500, "通江县")]
