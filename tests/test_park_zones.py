"""Parks and sub-city zones named after their city (`廊坊高新区`, `攀枝花钒钛高新区`): each is a region of its own,
written as named, never the city whose name it holds; the paragraphs after a park's profile that speak of `园区` are
the park's; a zone the gazetteer lists as a division (`浦东新区`) stays that division, a city's total stays the
city's, and a word that joins or acts between the city and the kind names no park."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

DAY = date(2020, 5, 1)

PARKS = [
    ("high-tech zone after a city's short name", "目前，绵阳高新区已引进重点项目12个，协议总投资超过90亿元。",
     [(12, "绵阳高新区"), (9e9, "绵阳高新区")]),
    ("a park's own name between city and kind", "攀枝花钒钛高新区1—4月固定资产投资同比增长20.5%。",
     [(20.5, "攀枝花钒钛高新区")]),
    ("provincial high-tech industrial park", "宜宾高新技术产业园区去年工业总产值达480亿元。",
     [(4.8e10, "宜宾高新技术产业园区")]),
    ("the park's part after the city's total", "全市地区生产总值增长5%，其中南充高新区增长9%。",
     [(5, "南充市"), (9, "南充高新区")]),
    ("a park profiled, then 园区 in the next paragraph",
     "眉山高新技术产业园区位于四川省眉山市，2018年被认定为省级园区。\n疫情期间，园区积极开展帮扶行动，工业产值增长7%。",
     [(7, "眉山高新技术产业园区")]),
    ("a new area that is a division stays it", "浦东新区地区生产总值增长6%。", [(6, "浦东新区")]),
    ("a listed division named like a park stays it", "廊坊经济技术开发区工业增加值增长7%。",
     [(7, "廊坊经济技术开发区")]),
]


@pytest.mark.parametrize("label, text, items", PARKS, ids=[c[0] for c in PARKS])
def test_a_park_named_after_its_city_is_its_own_region(label, text, items):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="南充市").facts]
    assert [(f["value"], f["region"]) for f in facts] == items


NOT_PARKS = [
    ("a verb between city and kind", "成都市加快建设开发区，全年投资增长6%。", [(6, "成都市")]),
    ("a city hands powers to its zone", "烟台向自贸区下放了700项市级权力。", [(700, "烟台市")]),
    ("a city written in full holds its zone, a scene",
     "衡阳市综合保税区今年进口设备到港4000多台。", [(4000, "衡阳市")]),
    ("a bare new area after a city's short name, a list item", "金华新区1例。", [(1, "金华市")]),
]


@pytest.mark.parametrize("label, text, items", NOT_PARKS, ids=[c[0] for c in NOT_PARKS])
def test_no_park_where_a_word_acts_between_city_and_kind(label, text, items):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="南充市").facts]
    assert [(f["value"], f["region"]) for f in facts] == items
