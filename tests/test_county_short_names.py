"""A county named in full once in a text is named by its short name too (`正定县…正定接待游客`), an autonomous
county also as news writes it (`石柱县`), and a county's whole (`全县`) in a paragraph about one of its towns is
the county an outer scope names; a short name alone, or as an item of a list, names nothing."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.pipeline import extract_text

DAY = date(2019, 10, 9)

COUNTY_SHORT_NAMES = [
    ("named in full before", "正定县地处华北平原。去年正定接待游客1200万人次。", [(12000000, "正定县")]),
    ("named in full after", "去年通江接待游客500万人次。这是通江县的一张名片。", [(5000000, "通江县")]),
    ("an autonomous county as news writes it", "石柱县去年接待游客800万人次。", [(8000000, "石柱土家族自治县")]),
    ("its short name after it", "重庆石柱县盛产辣椒。石柱辣椒种植面积达到12万亩。", [(120000, "石柱土家族自治县")]),
    ("an autonomous prefecture as news writes it", "延边州去年接待游客900万人次。", [(9000000, "延边朝鲜族自治州")]),
    ("a kept-out short name with 州", "湘西州去年接待游客600万人次。", [(6000000, "湘西土家族苗族自治州")]),
    ("a people's name without 族", "伊犁州去年接待游客700万人次。", [(7000000, "伊犁哈萨克自治州")]),
    # a county made a city or a district, named by its former name, is that division as the text writes it
    ("a county now a county-level city", "去年平果县接待游客300万人次。", [(3000000, "平果县")]),
    ("a county now a district", "去年武隆县接待游客2000万人次。", [(20000000, "武隆县")]),
    ("its current name still", "去年平果市接待游客300万人次。", [(3000000, "平果市")]),
    # a former name another division's alias takes (`昌江县` is Hainan's autonomous county, not 景德镇's 昌江区)
    ("an autonomous county's alias wins", "去年昌江县接待游客300万人次。", [(3000000, "昌江黎族自治县")]),
    # negatives: a short name alone names no county (many are other words); an item of a list may stand with
    # places the gazetteer does not read, so the figure is the list's, not the one county's
    ("not named in full", "去年正定接待游客1200万人次。", [(12000000, None)]),
    ("an item of a list", "拉萨市和定日县都在高原上。定结、聂拉木、定日3个县的草原面积达1.2万平方公里。", [(12000, None)]),
]


@pytest.mark.parametrize("label, text, expected", COUNTY_SHORT_NAMES, ids=[c[0] for c in COUNTY_SHORT_NAMES])
def test_a_county_named_in_full_is_named_by_its_short_name(label, text, expected):
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


def test_the_whole_county_in_a_paragraph_about_one_of_its_towns():
    """`三溪镇…全县农民人均纯收入`: the town lies in the county the story names; the figure is the county's."""
    text = ("四川通江县修路记\n　　本报记者 张三\n　　通江县地处秦巴山区,交通长期不便。\n"
            "　　三溪镇的花椒中午就能运到城里。五年前,全县农民人均纯收入只有6500元。\n")
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == [(6500, "通江县")]


def _regions(text: str, region: str) -> list[tuple]:
    return [(f["value"], f["region"]) for f in (x.contract() for x in extract_text(text, "case.txt", DAY,
                                                                                  region=region).facts)]


# (label, the report's scope, text, every fact as (value, region)): a county or district of the report's own
# prefecture or province by its short name, unambiguous within that scope and opening a clause
SCOPE_COUNTY_SHORT_NAMES = [
    ("county-level cities of the prefecture", "宜春市",
     "8月,全市热线共受理来电40100个。其中,丰城热线受理9100个,占22.7%;高安热线受理5200个。",
     [(40100, "宜春市"), (9100, "丰城市"), (22.7, "丰城市"), (5200, "高安市")]),
    ("a county of the province", "江西省", "一季度,靖安接待游客85万人次。", [(850000, "靖安县")]),
    ("a district of the prefecture", "淮北市", "本月,濉溪受理诉求2300件,杜集受理诉求640件。",
     [(2300, "濉溪县"), (640, "杜集区")]),
    # negatives: a county outside the scope, a common word (`not_a_short_name`), a short name two counties of the
    # scope share, one inside a word or heading a town, an item of a list, a site named after it: the report's place, never the county
    ("a county of another prefecture", "南昌市", "一季度,靖安接待游客85万人次。", [(850000, "南昌市")]),
    ("a common word kept out", "咸宁市", "本月,赤壁受理来电1200个。", [(1200, "咸宁市")]),
    ("two districts of the province share it", "江苏省", "本月,鼓楼受理来电500个。", [(500, "江苏省")]),
    ("inside a word", "盐城市", "今年全市粮食大丰收,总产达到70亿斤。", [(7000000000, "盐城市")]),
    ("an item of a list", "宜春市", "本月,丰城、高安两地热线共受理来电8000个。", [(8000, "宜春市")]),
    # a scenic site named after a county (a mountain, a temple, a lake) is not the county; a mountain area still is
    ("a mountain named after the county", "宜春市", "国庆期间,靖安山接待游客3万人次。", [(30000, "宜春市")]),
    ("a temple named after the district", "淮北市", "国庆期间,杜集寺接待游客2000人次。", [(2000, "淮北市")]),
    ("the county's mountain area", "江西省", "今年,靖安山区接待游客9万人次。", [(90000, "靖安县")]),
    ("a scenic area ending like a township", "淮北市", "国庆期间,濉溪和桃源天乡接待游客4万人次。", [(40000, "濉溪县")]),
]


@pytest.mark.parametrize("label, scope, text, expected", SCOPE_COUNTY_SHORT_NAMES,
                         ids=[c[0] for c in SCOPE_COUNTY_SHORT_NAMES])
def test_a_county_of_the_reports_scope_by_its_short_name(label, scope, text, expected):
    assert _regions(text, scope) == expected
