"""Environment bulletins' concentrations (`微克/立方米` …), monitored sets, sudden-rise verbs (`激增` …) and a comparison's
benchmark rate (`高于同期全国2.4%的增幅`)."""

import pytest
from factcase import assert_exactly

CONCENTRATIONS = [
    # the whole mass-per-volume is the unit; the growth after it is the concentration's, not the rate's before it
    ("2022年,全省优良天数比例为88.0%;PM10年均浓度为47微克/立方米,同比下降6.0%。",
     [{"subject": "优良天数比例", "value": 88, "unit": "%"},
      {"subject": "PM10年均浓度", "value": 47, "unit": "微克/立方米"},
      {"subject": "PM10年均浓度", "value": -6, "unit": "%"}]),
    ("2021年,全市二氧化硫平均浓度9微克/立方米,一氧化碳平均浓度1.1毫克/立方米。",
     [{"subject": "二氧化硫平均浓度", "value": 9, "unit": "微克/立方米"},
      {"subject": "一氧化碳平均浓度", "value": 1.1, "unit": "毫克/立方米"}]),
    ("2023年,全县臭氧平均浓度为136μg/m3,同比上升2.3%。",
     [{"subject": "臭氧平均浓度", "value": 136, "unit": "微克/立方米"},
      {"subject": "臭氧平均浓度", "value": 2.3, "unit": "%"}]),
    ("2020年,全省断面氨氮平均浓度为0.32毫克/升。",
     [{"subject": "断面氨氮平均浓度", "value": 0.32, "unit": "毫克/升"}]),
    # `可吸入颗粒物` is a name, not the modal 可; a target's 力争/争取 is no part of its subject
    ("2022年,全县可吸入颗粒物PM10平均浓度达71微克/立方米,同比下降7.6%。",
     [{"subject": "可吸入颗粒物PM10平均浓度", "value": 71}, {"subject": "可吸入颗粒物PM10平均浓度", "value": -7.6}]),
    ("到2025年,全市PM2.5年均浓度力争降至25微克/立方米。",
     [{"subject": "PM2.5年均浓度", "value": 25, "status": "target"}]),
    ("2024年,全区细颗粒物年均浓度争取达到30微克/立方米。",
     [{"subject": "细颗粒物年均浓度", "value": 30, "status": "target"}]),
    # negatives: a plain volume and a price per cubic metre stay as they were
    ("2021年全市供水总量2.6亿立方米。", [{"subject": "供水总量", "value": 260000000, "unit": "立方米"}]),
    ("2021年居民用水价格为3.2元/立方米。", []),
]

MONITORED_SETS = [
    # the size of the monitored set is part of the measure's definition: no fact, and the measure keeps its name
    ("2023年,全国338个地级及以上城市平均优良天数比例为86.5%,同比上升1.2个百分点。",
     [{"subject": "地级及以上城市平均优良天数比例", "value": 86.5, "region": "全国"},
      {"subject": "地级及以上城市平均优良天数比例", "value": 1.2, "region": "全国"}]),
    ("2020年3月,1940个国家地表水考核断面中,水质优良断面比例为78.1%。",
     [{"subject": "水质优良断面比例", "value": 78.1, "unit": "%"}]),
    ("2022年,全省13个设区城市平均PM10浓度为52微克/立方米。",
     [{"subject": "设区城市平均PM10浓度", "value": 52, "unit": "微克/立方米"}]),
    # negatives: a count of cities that does something, or a place's centre, stays a count
    ("2022年,全省新增试点城市3个。", [{"subject": "新增试点城市", "value": 3, "unit": "个"}]),
    ("2021年,全省建成12个国控断面自动站。", [{"value": 12, "unit": "个"}]),
]

SURGES = [
    ("2019年1—10月,宜宾进出口激增4倍、泸州骤增1.5倍。",
     [{"subject": "进出口", "value": 4, "unit": "倍", "region": "宜宾市"},
      {"subject": "进出口", "value": 1.5, "unit": "倍", "region": "泸州市"}]),
    ("2020年,全省网上零售额大增35.2%。", [{"subject": "网上零售额", "value": 35.2, "unit": "%"}]),
    ("2021年,全区新能源汽车产量剧增1.2倍。", [{"subject": "新能源汽车产量", "value": 1.2, "unit": "倍"}]),
    # negatives: the plain verbs keep their subjects; a name holding 增 is no verb
    ("2020年,全省出口增长12%。", [{"subject": "出口", "value": 12, "unit": "%"}]),
    ("2020年,全省外贸进出口增长6%。", [{"subject": "外贸进出口", "value": 6, "unit": "%"}]),
]

BENCHMARKS = [
    # a rate a comparison measures against, named only after it, is another place's: no figure of this text
    ("2019年1—10月,四川省出口增长19.3%,远高于同期全国4.9%的整体出口增幅。",
     [{"subject": "出口", "value": 19.3, "region": "四川省"}]),
    ("2021年,甘肃省工业投资增长12%,高于全国3.1%的平均增速。",
     [{"subject": "工业投资", "value": 12, "region": "甘肃省"}]),
    ("2020年,江西省社会消费品零售总额增长3%,快于全国5.2%的水平。",
     [{"subject": "社会消费品零售总额", "value": 3, "region": "江西省"}]),
    # negatives: a benchmark named before its rate keeps its own place; a share stays a share
    ("2019年1—10月,四川省进口增长9.2%,同期全国整体进口下降0.4%。",
     [{"subject": "进口", "value": 9.2, "region": "四川省"}, {"subject": "整体进口", "value": -0.4, "region": "全国"}]),
    ("2021年,江西省规上工业增加值占全国2.4%的份额。", [{"value": 2.4, "unit": "%"}]),
]


@pytest.mark.parametrize(("text", "expected"), CONCENTRATIONS + MONITORED_SETS + SURGES + BENCHMARKS)
def test_pollutants_and_surges(text, expected):
    assert_exactly(text, expected)
