"""A customs district's trade (customs_districts, lexicon/owners.toml `customs_district`, `place_own_trade`,
`trade_measure`): every trade figure of a district's sentence or story has no region, since the district clears the
trade of all over, not its city's (kinds36). A place's own trade (`全市进出口`) and a place the figure's own sentence
names in a district's story keep their place; so does the city's trade in a story with no district. Sentences are our
own; each row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2018, 8, 20)

DISTRICT = [
    ("the district opens the sentence", "今年前七个月，南江海关关区实现进出口2.1万亿元，同比增长11.5%。",
     [{"value": 2.1e12, "region": None}, {"value": 11.5, "region": None}]),
    ("a city's customs and its district", "东江海关昨日发布，上半年东江海关关区出口机电产品5000亿元，增长8%。",
     [{"value": 5e11, "region": None}, {"value": 8, "region": None}]),
    ("a district by its short name, in the title", "前7月沪关区外贸稳中有升\n前七个月，对欧盟进出口6000亿元，增长12%。",
     [{"value": 6e11, "region": None}, {"value": 12, "region": None}]),
    ("partners after the district", "前七个月，南江海关关区对日本进出口300亿元；自欧盟进口200亿元。",
     [{"value": 3e10, "region": None}, {"value": 2e10, "region": None}]),
    ("a partner named by its kind", "前七个月，北岭海关关区对最大贸易伙伴欧盟进出口700亿元，增长9%。",
     [{"value": 7e10, "region": None}, {"value": 9, "region": None}]),
    ("a share of the district's total", "前七个月，广州海关关区对东盟进出口900亿元，占同期关区进出口总值的15%。",
     [{"value": 9e10, "region": None}, {"value": 15, "region": None}]),
]

OWN_TRADE = [
    ("the city's own trade in a district story", "上海海关：上半年沪关区进出口增长\n上半年，全市进出口1.6万亿元，增长9%。",
     [{"value": 1.6e12, "region": "上海市"}, {"value": 9, "region": "上海市"}]),
    ("a district named after the city's own trade", "上半年，上海市进出口1.6万亿元，增长9%。",
     [{"value": 1.6e12, "region": "上海市"}, {"value": 9, "region": "上海市"}]),
    ("a district's story, a district of the city its sentence names", "上半年沪关区进出口增长\n其中，浦东新区进出口9000亿元。",
     [{"value": 9e11, "region": "浦东新区"}]),
]


@pytest.mark.parametrize(("label", "text", "expected"), DISTRICT + OWN_TRADE, ids=[r[0] for r in DISTRICT + OWN_TRADE])
def test_a_customs_districts_trade_has_no_region(label, text, expected):
    assert_exactly(text, expected, DAY)


@pytest.mark.parametrize(("text", "region"), [
    ("上海市机关区域内进出口企业达到1200家。", "上海市"),
    ("上半年，秦皇岛市山海关区进出口增长12%。", "山海关区"),
    ("上半年，兰州市城关区外贸进出口增长12%。", "城关区"),
])
def test_an_office_area_or_a_county_named_so_is_no_district(text, region):
    assert_exactly(text, [{"region": region}], DAY)
