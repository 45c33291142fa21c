"""A story's place with no paper behind it: a county named after its province (`浙江诸暨`) is named by its short name
later too, and places named only as a route's ends (`嘉兴至杭州的公路`) or a cuisine (`四川、湖南的餐馆`) neither hold
nor contradict the place the story is about (lexicon route_endpoint_after, route_end_after, cuisine_after)."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 3, 5)

STORY_PLACES = [
    ("route ends and cuisines around a county",
     "从浙江海宁出发向北开车半小时,沿着嘉兴至杭州的公路,路边有四川、湖南的餐馆。海宁的家纺产业年产值超过300亿元。",
     [(30000000000, "海宁市")]),
    ("a town list of the county, the county by its short name",
     "从浙江诸暨站向南,沿着杭州至金华的公路走,有重庆、河南的菜馆。枫桥、大唐、店口等11个镇乡(街道)300多个行政村做袜子,成为诸暨的支柱产业。",
     [(300, "诸暨市")]),  # 11 镇乡(街道): a bare name its clause defines (round 50)
    ("a county of a city after its province",
     "从浙江义乌出发,沿着义乌至东阳的公路,有安徽、江西的菜馆。义乌的袜业企业有1500家。",
     [(1500, "义乌市")]),
    # negatives: a province's own road figures stay the province's; a cuisine word is no label after 的 and a measure
    ("a province's own motorway", "浙江高速公路通车里程达到5000公里。", [(5000, "浙江省")]),
    ("a city's catering revenue", "杭州市的餐饮收入增长5%。", [(5, "杭州市")]),
    ("routes and cuisines alone name no place", "沿着杭州至金华的公路,有重庆、河南的菜馆。去年全行业生产袜子200亿双。",
     [(20000000000, None)]),
]


@pytest.mark.parametrize("label, text, expected", STORY_PLACES, ids=[c[0] for c in STORY_PLACES])
def test_labels_do_not_hide_a_story_place(label, text, expected):
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


@pytest.mark.xfail(strict=True, reason="a town as a figure's subject in a county's story is filed under the county")
def test_a_town_subject_in_a_county_story():
    text = "从浙江海宁出发,沿着嘉兴至杭州的公路,便是许村镇。许村镇家纺企业有2000多家,海宁的家纺产业年产值超过300亿元。"
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == [(2000, "许村镇"), (30000000000, "海宁市")]
