"""A clause that names another scope than its document's or paragraph's owns its figures: the country named in a
province's story (`中国大陆…`, `中国内地…` → 全国), a breakdown's part told of people from outside after items by
place (`…;省外入川人员3例` → the bulletin's province, not the last item's city), and a quoted zone the story tied
to its city (`苏州“东方硅谷”…。“东方硅谷”内…` → 苏州市, not the story's province), and macro-regions listed before
`分别` (`东、中、西部地区…分别…,业务收入比重分别…` → each in its subject and as its region, in both clauses; macro-regions counted together give no region). Precision first: a name tied
to two places, a province's quoted policy, or a list with an unnamed group (`中西部地区`) moves nothing."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 2, 1)
PROVINCIAL = "stats-zhejiang-2023.txt"
NATIONAL_PAPER = "rmrb-2021-03-05-03-01.txt"

LEAD = "2023年浙江经济运行情况\n浙江省统计局数据显示，2023年，全省地区生产总值82553亿元，增长6.0%。"
PROVINCE_FIGURES = [{"value": 8.2553e12, "region": "浙江省"}, {"value": 6.0, "region": "浙江省"}]

COUNTRY_CASES = [
    ("mainland named, its sentence and the next",
     LEAD + "\n2023年，按年平均汇率计算，中国大陆名义GDP折合17.8万亿美元，同比增长1.2%。分季度看，一季度折合4.1万亿美元，"
     "同比增长2.1%。\n",
     [*PROVINCE_FIGURES, {"value": 1.2, "region": "全国"}, {"value": 2.1, "region": "全国"}]),
    ("inland named, then the province again",
     LEAD + "中国内地居民消费价格上涨0.2%，全省上涨0.4%。\n",
     [*PROVINCE_FIGURES, {"value": 0.2, "region": "全国"}, {"value": 0.4, "region": "浙江省"}]),
    ("country named as 全国, then the province",
     LEAD + "全国居民消费价格上涨0.2%，全省上涨0.4%。\n",
     [*PROVINCE_FIGURES, {"value": 0.2, "region": "全国"}, {"value": 0.4, "region": "浙江省"}]),
]

BULLETIN_CASES = [
    ("part after a semicolon",
     "10月5日0—24时，四川省新增本土无症状感染者7例（成都市武侯区3例，绵阳市涪城区1例；省外入川人员3例，均为闭环管理）。\n",
     [{"value": 7, "region": "四川省"}, {"value": 3, "region": "武侯区"}, {"value": 1, "region": "涪城区"},
      {"value": 3, "region": "四川省", "subject": "省外入川人员"}]),
    ("part after a comma",
     "10月5日0—24时，四川省新增本土无症状感染者7例（成都市武侯区3例、锦江区1例，省外入川人员3例）。\n",
     [{"value": 7, "region": "四川省"}, {"value": 3, "region": "武侯区"}, {"value": 1, "region": "锦江区"},
      {"value": 3, "region": "四川省", "subject": "省外入川人员"}]),
    # negative: a city heading its own items keeps them
    ("city heading its items",
     "10月5日0—24时，四川省新增本土无症状感染者4例（成都市：武侯区3例，锦江区1例）。\n",
     [{"value": 4, "region": "四川省"}, {"value": 3, "region": "武侯区"}, {"value": 1, "region": "锦江区"}]),
]

ZONE_CASES = [
    ("zone named again a paragraph later",
     "江苏创新驱动发展纪实\n\n　　走进苏州“东方硅谷”展示厅，各类芯片琳琅满目。\n　　负责人介绍，目前“东方硅谷”内集聚企业210家，"
     "2022年实现销售收入380亿元。\n　　去年，全省高新技术产业产值增长11.2%。\n",
     [{"value": 210, "region": "苏州市"}, {"value": 3.8e10, "region": "苏州市"}, {"value": 11.2, "region": "江苏省"}]),
    # negatives: a name tied to two cities names neither; a province's quoted policy is no zone
    ("zone name of two cities",
     "江苏创新驱动发展纪实\n\n　　苏州“东方硅谷”和无锡“东方硅谷”各有特色。\n　　目前“东方硅谷”内集聚企业210家，"
     "2022年实现销售收入380亿元。\n",
     [{"value": 210, "region": "江苏省"}, {"value": 3.8e10, "region": "江苏省"}]),
    ("province's quoted policy",
     "浙江深化改革纪实\n\n　　浙江“最多跑一次”改革走在前列。\n　　目前“最多跑一次”事项已达1200项。\n",
     [{"value": 1200, "region": "浙江省"}]),
]

MACRO_CASES = [
    ("abbreviated macro-regions, two respectively clauses",
     "物流业平稳运行\n\n　　从区域看，3月份，东、中、西部地区物流业务量比重分别为76%、15%和9%，收入比重分别为77.2%、"
     "13.1%和9.7%。\n",
     [{"value": 76, "subject": "东部地区物流业务量比重"}, {"value": 15, "subject": "中部地区物流业务量比重"},
      {"value": 9, "subject": "西部地区物流业务量比重"}, {"value": 77.2, "region": "东部地区", "subject": "东部地区收入比重"},
      {"value": 13.1, "region": "中部地区", "subject": "中部地区收入比重"},
      {"value": 9.7, "region": "西部地区", "subject": "西部地区收入比重"}]),  # each item's macro-region (round 46)
    ("two macro-regions, a share after their changes",
     "外贸稳中提质\n\n　　前三季度，东部、西部地区进出口分别增长6.1%和9.3%，占全国外贸比重分别提升0.4和0.8个百分点。\n",
     [{"value": 6.1, "subject": "东部地区进出口"}, {"value": 9.3, "subject": "西部地区进出口"},
      {"value": 0.4, "subject": "东部地区占全国外贸比重"}, {"value": 0.8, "subject": "西部地区占全国外贸比重"}]),
    # negative: an unnamed group (中西部) among the earlier items is no region; since round 67 the later clause's
    # measure spread over as many figures goes to the items, as their own (东部地区出口额)
    ("a group among the items",
     "区域经济协调发展\n\n　　2023年，东部地区和中西部地区投资分别增长3.1%和4.2%，出口额分别增长5.5%和6.6%。\n",
     [{"value": 3.1, "region": None}, {"value": 4.2, "region": None},
      {"value": 5.5, "subject": "东部地区出口额", "region": None},
      {"value": 6.6, "subject": "中西部地区出口额", "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", MACRO_CASES, ids=[c[0] for c in MACRO_CASES])
def test_macro_regions_listed(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("label, text, expected", COUNTRY_CASES, ids=[c[0] for c in COUNTRY_CASES])
def test_country_in_a_province_story(label, text, expected):
    assert_exactly(text, expected, DAY, name=PROVINCIAL)


@pytest.mark.parametrize("label, text, expected", BULLETIN_CASES, ids=[c[0] for c in BULLETIN_CASES])
def test_part_after_items_by_place(label, text, expected):
    assert_exactly(text, expected, DAY)


@pytest.mark.parametrize("label, text, expected", ZONE_CASES, ids=[c[0] for c in ZONE_CASES])
def test_quoted_zone_of_a_city(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
