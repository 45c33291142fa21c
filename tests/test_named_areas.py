"""Areas that are no Chinese division but a figure's place of their own: a world region (`拉美地区`, `萨赫勒地区`,
written in one canonical name), a foreign city (`迪拜`), a named domestic area (`三峡库区`, `西部地区` after
`其中`); and the negatives that keep them out (a partner, a dateline's city, a place that only locates the head of
its clause). Sentences are our own."""

from datetime import date

import pytest
from factcase import assert_exactly, facts_of

DAY = date(2020, 5, 29)

AREAS = [
    # `其中` before a macro-region: its `中` opens no `中西部` or `中东`
    ("west after of-which", "去年中西部地区吸引外资增长较快,其中西部地区实际使用外资700亿元。",
     [("西部地区实际使用外资", "西部地区")]),
    ("east after of-which", "其中东部地区新增就业人数120万人。", [("东部地区新增就业人数", "东部地区")]),
    # a world region written with `地区` is that region, in one name; `地区` is no debris of the subject
    ("Latin America", "预计今年拉美地区经济萎缩4.1%。", [("经济", "拉丁美洲")]),
    ("Latin America short", "今年拉美经济萎缩4.1%。", [("经济", "拉丁美洲")]),
    ("Middle East", "去年中东地区游客人数增长7%。", [("游客人数", "中东")]),
    ("Sahel", "目前,萨赫勒地区有超过1000万人面临粮食短缺。", [("面临粮食短缺", "萨赫勒地区")]),
    # a foreign city's own figures; its country right before it holds it
    ("a city", "迪拜去年接待国际游客1600万人次。", [("接待国际游客", "迪拜")]),
    ("a city in its country", "阿联酋迪拜旅游局称,去年中国游客人数增长10%。", [("中国游客人数", "迪拜")]),
    # a named domestic area
    ("reservoir area", "三峡库区去年森林覆盖率达到52%。", [("三峡库区森林覆盖率", "三峡库区")]),
    # negatives: a partner; a bare part's name joined with another; a place that only locates its clause's head
    ("a partner", "去年中国向拉美出口增长6%。", [("中国向拉美出口", "全国")]),
    pytest.param("two parts joined", "萨赫勒和乍得湖盆地地区已有近5万人流离失所。", [("流离失所", None)],
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: a "
                                         "place of two parts joined by 和 (萨赫勒和乍得湖盆地地区) is not taken as a place"),
                 id="two parts joined"),
    ("located head", "地处三峡库区的重庆万州，一季度农业增加值增长3.2%。", [("农业增加值", "万州区")]),
    ("located head below a region", "地处西部地区的贵州，一季度出口增长4%。", [("出口", "贵州省")]),
]


@pytest.mark.parametrize("label, text, expected", AREAS, ids=[c.id if hasattr(c, "marks") else c[0] for c in AREAS])
def test_a_named_area_is_its_figures_place(label, text, expected):
    assert [(f["subject"], f["region"]) for f in facts_of(text, DAY)] == expected


def test_a_foreign_city_in_a_closing_credit_names_no_story():
    """`（本报曼谷电）` closing the piece before: where it was filed, not the next story's place."""
    text = "泰国旅游业逐步恢复。\n（本报曼谷电）\n\n意大利某大学孔子学院\n　　本报驻意大利记者 张三\n　　该孔院共有3000多名学生。\n"
    assert_exactly(text, [{"value": 3000, "region": "意大利"}], DAY, name="rmrb-2020-05-12-18-01.txt")
