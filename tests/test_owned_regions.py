"""Whose place a figure is when the clause's owner is not the paper's country or the story's province: unnamed
foreign countries (`与我国接壤国家`, `周边国家`: no region, never 全国); the `其中` parts of one firm's figure (the
firm's, never 全国); the place a paragraph first names after an opening sentence that names none, when it lies
inside the story's division (岳阳市 over the story's 湖南省); an unnamed group a division holds (`青海贫困地区`,
`甘肃“两州一县”及深度贫困地区`: the division's). Precision first: a place outside the story's division, a national
story and a group of places stay as they were (no guessed place)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-04-01.txt"  # a national paper: its scope is 全国


def _case(label, headline, body, expected):
    return (label, f"{headline}\n\n　　" + "\n　　".join(body) + "\n", expected)


CASES = [
    # unnamed foreign countries: their figure has no region, the country's own figure beside it stays 全国
    _case("bordering countries", "防控形势不容松懈",
          ["国家卫健委4日通报，全国新增确诊病例12例。但与我国接壤国家单日新增确诊病例比上月增长超过3倍。"],
          [{"value": 12, "region": "全国"}, {"value": 3, "region": None}]),
    _case("neighbouring countries, china before", "防控形势不容松懈",
          ["国家卫健委4日通报，全国新增确诊病例12例。据统计，我国周边国家累计报告确诊病例已超过2.6万例。"],
          [{"value": 12, "region": "全国"}, {"value": 26000, "region": None}]),
    _case("neighbouring countries and regions", "防控形势不容松懈",
          ["近一个月，周边国家和地区新增病例增长了4.5倍。"],
          [{"value": 4.5, "region": None}]),
    # negative: countries a province sells to are its market, the figure stays the province's
    _case("exports to neighbours", "边贸回暖",
          ["今年1—2月，广西对周边国家出口额增长18.6%。"],
          [{"value": 18.6, "region": "广西壮族自治区"}]),
    # the `其中` parts of one firm's figure are the firm's, however China is named (`在华`)
    _case("firm's parts after 其中", "深耕中国市场",
          ["北辰集团及时调整产业布局。截至2020年底，在华累计投资120亿美元，其中，研发投资35亿美元，占总投资比重的29%。"],
          [{"value": 1.2e10, "region": None}, {"value": 3.5e9, "region": None}, {"value": 29, "region": None}]),
    _case("firm's part, no comma", "深耕中国市场",
          ["截至2020年底，北辰集团在华累计投资120亿美元，其中研发投资35亿美元。"],
          [{"value": 1.2e10, "region": None}, {"value": 3.5e9, "region": None}]),
    # negatives: the country's own parts stay 全国; a `；` ends the firm's clauses
    _case("country's parts", "外资持续流入",
          ["2020年，全国实际使用外资1.2万亿元，其中，高技术产业实际使用外资增长11.4%。"],
          [{"value": 1.2e12, "region": "全国"}, {"value": 11.4, "region": "全国"}]),
    _case("firm then the country", "深耕中国市场",
          ["2020年，北辰集团营业收入860亿元；其中，全国高技术产业投资增长10.6%。"],
          [{"value": 8.6e10, "region": None}, {"value": 10.6, "region": "全国"}]),
    # a paragraph opening with scenery, then a city inside the story's province: the city's
    _case("city after scenery, quoted figure", "湖南外贸加速跑",
          ["湖南外贸企业数量快速增长。",
           "江面开阔，货轮往来穿梭。衡阳市综合保税区内，一批进口设备正在报关。负责人介绍：“去年是1800多台，今年进口设备到港超过了4000台。”"],
          [{"value": 4000, "region": "衡阳市"}]),
    _case("city after scenery, told figure", "湖南外贸加速跑",
          ["湖南外贸企业数量快速增长。",
           "江面开阔，货轮往来穿梭。衡阳市综合保税区内，一批进口设备正在报关。今年以来，进口设备到港4000多台，同比增长35%。"],
          [{"value": 4000, "region": "衡阳市"}, {"value": 35, "region": "衡阳市"}]),
    # negatives: a national story's city stays its sentence's; a paragraph that opens with its scope word keeps it
    _case("national story", "外贸加速跑",
          ["我国外贸企业数量快速增长，全国进出口总值增长1.9%。",
           "江面开阔，货轮往来穿梭。衡阳市综合保税区内，一批进口设备正在报关。今年以来，进口设备到港4000多台，同比增长35%。"],
          [{"value": 1.9, "region": "全国"}, {"value": 4000, "region": "全国"}, {"value": 35, "region": "全国"}]),
    _case("paragraph opened by the province", "湖南外贸加速跑",
          ["湖南外贸企业数量快速增长。",
           "今年以来，全省进出口总值增长12.3%。衡阳市综合保税区内，一批进口设备正在报关。今年以来，进口设备到港4000多台，同比增长35%。"],
          [{"value": 12.3, "region": "湖南省"}, {"value": 4000, "region": "湖南省"}, {"value": 35, "region": "湖南省"}]),
    # an unnamed group a division holds is the division's
    _case("province's poor areas", "脱贫攻坚成效显著",
          ["2020年，青海贫困地区农村居民人均可支配收入增长9.6%。"],
          [{"value": 9.6, "region": "青海省"}]),
    _case("province's deeply poor areas", "脱贫攻坚成效显著",
          ["2020年，青海深度贫困地区农村居民人均可支配收入增长9.6%。"],
          [{"value": 9.6, "region": "青海省"}]),
    _case("quoted areas and poor areas", "电网升级惠民生",
          ["国家电网甘肃公司介绍，目前甘肃“两州一县”及深度贫困地区农网供电可靠率达到99.8%，比改造前提升0.2个百分点。"],
          [{"value": 99.8, "region": "甘肃省", "subject": "两州一县及深度贫困地区农网供电可靠率"},
           {"value": 0.2, "region": "甘肃省"}]),
    _case("poor areas after a project", "电网升级惠民生",
          ["工程投产后甘肃“两州一县”及深度贫困地区农网供电可靠率99.8%，比改造前提升0.2个百分点。"],
          [{"value": 0.2, "region": "甘肃省"}]),
    # negatives: a group alone, or after a list of provinces, has no single place
    _case("poor areas alone", "脱贫攻坚成效显著",
          ["2020年，贫困地区农村居民人均可支配收入增长8.8%。"],
          [{"value": 8.8, "region": None}]),
    _case("provinces listed before a region", "脱贫攻坚成效显著",
          ["2020年，湖北、湖南等中部地区农村居民人均可支配收入增长7.1%。"],
          [{"value": 7.1, "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_owned_region(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


@pytest.mark.xfail(strict=True, reason="a port of another province named after scenery in a provincial story still "
                                       "takes the story's province; it should have no region")
def test_port_outside_the_story_province():
    text = ("湖南外贸加速跑\n\n　　湖南外贸企业数量快速增长。\n　　江面开阔，货轮往来穿梭。上海港的一批进口设备正在转运。"
            "今年以来，进口设备到港4000多台，同比增长35%。\n")
    assert_exactly(text, [{"value": 4000, "region": None}, {"value": 35, "region": None}], DAY, name=NATIONAL_PAPER)
