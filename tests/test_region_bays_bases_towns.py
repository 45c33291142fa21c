"""Regions, kinds round 27: a bay named after a city is not that city (and a zone item of a case list is no topic
of the sentences after it), a comparison's later base (`快于全省…、全国…`) is no figure's place, a town the text
names in full names it again by its short name, and one named hospital's figure is its own, not its city's."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 1, 27)

BAYS_AND_ZONE_ITEMS = [
    # a bay's zone as an item of a case list: the item has no region, the list's city stays the topic after it
    ("截至2月10日24时,莆田市累计报告确诊病例56例,其中:城厢区30例,涵江区13例,秀屿区10例,泉州湾台商区3例。"
     "目前,全市尚有890名密切接触者正在接受医学观察。",
     [{"value": 56, "region": "莆田市"}, {"value": 30, "region": "城厢区"}, {"value": 13, "region": "涵江区"},
      {"value": 10, "region": "秀屿区"}, {"value": 3, "region": None}, {"value": 890, "region": "莆田市"}]),
    # a zone named after another city, with its own count: an item, not the place `全市` points back to
    ("截至2月4日24时,宁波市累计报告确诊病例120例。其中:确诊病例中,海曙区49例,慈溪市16例,金华新区1例。"
     "目前,全市共有1184名密切接触者正在接受医学观察。",
     [{"value": 120, "region": "宁波市"}, {"value": 49, "region": "海曙区"}, {"value": 16, "region": "慈溪市"},
      {"value": 1, "region": "金华市"}, {"value": 1184, "region": "宁波市"}]),
    # a bridge over a bay named after a city lies between two others: no region rather than that city
    ("杭州湾跨海大桥今年通行车辆1500万辆。", [{"value": 15000000, "region": None}]),
    # after a full name, 湾 opens the next place's name: the county's town keeps its own place
    ("五峰县湾潭镇今年接待游客30万人次。", [{"value": 300000, "region": "湾潭镇"}]),
]


@pytest.mark.parametrize("text,expected", BAYS_AND_ZONE_ITEMS, ids=[c[0][:14] for c in BAYS_AND_ZONE_ITEMS])
def test_a_bay_is_not_its_namesake_city(text, expected):
    assert_exactly(text, expected, DAY)


COMPARISON_BASES = [
    # the verb written once for two bases: the second margin is the city's gap over the country, not the country's
    ("前三季度,临汾市社会消费品零售总额完成310亿元,增速7.6%,快于全省1.8个百分点、全国3.1个百分点。",
     [{"value": 31000000000, "region": "临汾市"}, {"value": 7.6, "region": "临汾市"},
      {"value": 1.8, "subject": "社会消费品零售总额(快于全省)", "region": "临汾市"},
      {"value": 3.1, "subject": "社会消费品零售总额(快于全国)", "region": "临汾市"}]),
    ("1-8月,晋城市规上工业增加值增长9.4%,分别高于全省2.1个百分点和全国4个百分点。",
     [{"value": 9.4, "region": "晋城市"},
      {"value": 2.1, "subject": "规上工业增加值(高于全省)", "region": "晋城市"},
      {"value": 4, "subject": "规上工业增加值(高于全国)", "region": "晋城市"}]),
    # negative: after a comma the country opens a clause of its own, whose figure is the country's
    ("1-8月,晋城市规上工业增加值增长9.4%,高于全省2.1个百分点,全国规上工业增加值增长5.3%。",
     [{"value": 9.4, "region": "晋城市"}, {"value": 2.1, "region": "晋城市"}, {"value": 5.3, "region": "全国"}]),
]


@pytest.mark.parametrize("text,expected", COMPARISON_BASES, ids=[c[0][:14] for c in COMPARISON_BASES])
def test_a_later_comparison_base_is_no_place(text, expected):
    assert_exactly(text, expected, DAY)


TOWN_SHORT_NAMES = [
    # the town named in full once, then by its short name in a story that names unrelated places too
    ("9月,农产品博览会在上海开幕,吉林省敦化市组团参展。黄泥河镇负责人介绍,今年全镇木耳产量达1200吨。"
     "黄泥河木耳产业现有合作社36家,带动就业2000余人。",
     [{"value": 1200, "region": "黄泥河镇"}, {"value": 36, "region": "黄泥河镇"}, {"value": 2000, "region": "黄泥河镇"}]),
    ("9月,农产品博览会在上海开幕。黄泥河木耳产业携6家合作社参展。黄泥河镇负责人介绍,今年全镇木耳产量达1200吨。",
     [{"value": 6, "region": "黄泥河镇"}, {"value": 1200, "region": "黄泥河镇"}]),
    # negative: a person's calm (`镇定`) is no town, so neither his name nor his co-operative's figures make one
    ("记者来到合作社时,王树森镇定地说,今年合作社销售额达1200万元。王树森合作社现有社员86户。",
     [{"value": 12000000, "region": None}, {"value": 86, "region": None}]),
    # negative: a village that opens with the town's short name is the village, not the town
    ("黄泥河镇负责人介绍,今年全镇木耳产量达1200吨。黄泥河村现有农户420户。",
     [{"value": 1200, "region": "黄泥河镇"}, {"value": 420, "region": None}]),
]


@pytest.mark.parametrize("text,expected", TOWN_SHORT_NAMES, ids=[c[0][:14] for c in TOWN_SHORT_NAMES])
def test_a_town_named_in_full_names_it_by_its_short_name(text, expected):
    assert_exactly(text, expected, DAY)


HOSPITALS = [
    # one named hospital's discharges are its own, not the city's, even with the city in its name
    ("截至2月6日24时,绍兴市累计报告确诊病例38例。今天上午,绍兴市第二人民医院有3例确诊患者治愈出院。",
     [{"value": 38, "region": "绍兴市"}, {"value": 3, "region": None}]),
    # negative: the designated hospitals as a kind keep the city's figure
    ("截至2月6日24时,绍兴市累计报告确诊病例38例。今天,全市各定点医院共有5例确诊患者出院。",
     [{"value": 38, "region": "绍兴市"}, {"value": 5, "region": "绍兴市"}]),
]


@pytest.mark.parametrize("text,expected", HOSPITALS, ids=[c[0][:14] for c in HOSPITALS])
def test_one_hospitals_figure_has_no_region(text, expected):
    assert_exactly(text, expected, DAY)


def test_a_town_industry_topic_clause():
    """A town's short name inside a topic clause `…的辽阳·小北河袜业,` (a place, a middle dot, the town, its industry)
    is the topic: the figures after it are the town's."""
    assert_exactly("8月,联展在国家会展中心(上海)开幕。小北河镇党委书记说,今年袜业产值21亿元。\n"
                   "记者了解到,历时30多年发展的辽阳·小北河袜业,现有袜业企业200家。",
                   [{"value": 2100000000, "region": "小北河镇"}, {"value": 200, "region": "小北河镇"}], DAY)
