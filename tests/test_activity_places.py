"""Places a figure is about though they stand mid-clause, and places that must not be the figure's: the division
where a national story's activity happens (`公司立足宁夏…,规划投资14亿元`), the place after a causative verb
(`措施使非洲疟疾死亡率下降…`), each place of a `分别` pair after a time or with a joiner in its name (`今年肯尼亚和
埃及…分别…`); never the first member of a list of places counted together (`山西省太原、大同、长治3个市`), nor a
city paper's city for a zone named after another city's county (`梅河口经济开发区` in 辽源's paper). Precision
first: a market, a partner or a destination is no such place, and a member of a list is the wrong one."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.pipeline import extract_text

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"  # a national paper: its scope is 全国

# a national story whose paragraphs open with the country: the country's figure, then the sentence under test
STORY = "风电产业新路径\n\n　　全国风电装机增长15%,用电量持续增长。\n　　{}\n"
COUNTRY = {"value": 15, "region": "全国"}

ACTIVITY = [
    # the sentence's only place, where its activity happens, beats the national paper's and paragraph's 全国
    ("a firm builds on a region", "企业立足甘肃丰富的风能资源,计划投资20亿元建设风电基地。",
     [{"value": 2e9, "region": "甘肃省"}]),
    ("invests in a province", "该集团在贵州投资30亿元建设大数据中心。", [{"value": 3e9, "region": "贵州省"}]),
    ("a plant in a province", "该公司在湖北的工厂年产值达5亿元。", [{"value": 5e8, "region": "湖北省"}]),
    # negatives: a market, a partner, a receiver or a venue is no place of the figure; 全国 holds
    ("a market", "今年以来,销往湖南的蔬菜累计达到3.5万吨。", [{"value": 35000, "region": "全国"}]),
    ("a partner", "与江苏合作建设的产业园引进企业120家。", [{"value": 120, "region": "全国"}]),
    ("a receiver", "家电企业向江西捐赠物资3.5万件。", [{"value": 35000, "region": "全国"}]),
    ("a venue", "在上海召开的新闻发布会上,国家统计局公布全国粮食总产量13277亿斤。",
     [{"value": 1.3277e12, "region": "全国"}]),
]


CAUSED = [
    # the place after 使 opens the clause of the effect: its figure's place
    ("a continent", "这些措施使非洲疟疾死亡率下降了40%。", [{"value": -40, "region": "非洲"}]),
    ("a province", "新政策使广西企业负担减少12%。", [{"value": -12, "region": "广西壮族自治区"}]),
    # negative: the whole world a result reaches is not the figure's place (the institute's city is)
    ("a reach", "目前,敦煌研究院的网站上线后,使全球可以在线看到的洞窟数量达到30个。", [{"value": 30, "region": "敦煌市"}]),
]

PAIRS = [
    # two countries of a `分别` pair: each its own, after a time word and with 及 inside a name (埃及)
    ("a time before them", "世界银行预计,今年肯尼亚和加纳经济增速分别为5.2%和4.1%。",
     [{"value": 5.2, "region": "肯尼亚"}, {"value": 4.1, "region": "加纳"}]),
    ("a joiner in a name", "去年肯尼亚、埃及经济增速分别为5.4%和3.6%。",
     [{"value": 5.4, "region": "肯尼亚"}, {"value": 3.6, "region": "埃及"}]),
    ("provinces after a time", "今年江苏和浙江经济增速分别为6.1%和6.8%。",
     [{"value": 6.1, "region": "江苏省"}, {"value": 6.8, "region": "浙江省"}]),
]

LISTED_COUNTS = [
    # places counted together (some unread alone: 大同, 长治): the count and the list's joint figures are no member's
    ("three cities", "山西省太原、大同、长治3个市共新增就业岗位1.2万个。",
     [{"value": 12000, "region": None}]),
    ("two cities in words", "河南省郑州、洛阳两市常住人口增加15万人。", [{"value": 150000, "region": None}]),
    # the last member joined by 和 or 及, members the gazetteer does not read alone, zones or ports counted
    ("zones after a list ending in and", "乌鲁木齐、阿拉山口、霍尔果斯和喀什4个综合保税区共实现进出口额320.5亿元,增长61.2%。",
     [{"value": 4, "region": None}, {"value": 3.205e10, "region": None}, {"value": 61.2, "region": None}]),
    ("two zones with and", "喀什和乌鲁木齐两个综合保税区进出口额增长18.4%。", [{"value": 18.4, "region": None}]),
    ("ports after a list", "内蒙古满洲里、二连浩特及策克3个口岸过货量合计达到2150万吨。",
     [{"value": 2.15e7, "region": None}]),  # the count of the ports just listed is no fact
    ("two cities joined by and", "河北省承德和张家口两市新增造林面积120万亩。", [{"value": 1.2e6, "region": None}]),
    # negatives: a place with its own figure, and a place before a list of things, keep their place
    ("a zone of one city", "喀什综合保税区进出口额增长18.4%。", [{"value": 18.4, "region": "喀什综合保税区"}]),
    # negative: each place with its own figure is an item of a breakdown by place
    ("a breakdown", "新增确诊病例中,乐清市16例、瑞安市11例。",
     [{"value": 16, "region": "乐清市"}, {"value": 11, "region": "瑞安市"}]),
]

RURAL = [
    # the rural part of the scope's place is no group of places: a national report's figure is the country's
    ("rural areas", "电商进农村持续推进,农村地区快递网点超过4万个。", [{"value": 40000, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", ACTIVITY + CAUSED, ids=[c[0] for c in ACTIVITY + CAUSED])
def test_a_place_mid_clause_beats_the_national_story(label, text, expected):
    assert_exactly(STORY.format(text), [COUNTRY, *expected], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("label, text, expected", PAIRS + LISTED_COUNTS + RURAL,
                         ids=[c[0] for c in PAIRS + LISTED_COUNTS + RURAL])
def test_the_place_of_a_national_storys_figure(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


ZONES = [
    # a development zone named by its own name opening its clause is a region of its own (docs/AUDIT.md: a zone's
    # figures are the zone's, round 64), never the city paper's city, whoever's county its name holds
    ("another city's county", "梅河口经济开发区完成固定资产投资12亿元,增长15%。", ["梅河口经济开发区", "梅河口经济开发区"]),
    ("another province's county", "黄骅经济开发区完成固定资产投资9亿元。", ["黄骅经济开发区"]),
    ("its own county", "东丰经济开发区完成固定资产投资8亿元。", ["东丰经济开发区"]),
    # negative: the city's whole keeps the paper's city
    ("the city's whole", "全市完成固定资产投资120亿元,增长9%。", ["辽源市", "辽源市"]),
]


@pytest.mark.parametrize("label, text, regions", ZONES, ids=[c[0] for c in ZONES])
def test_a_zone_is_no_city_of_the_papers(label, text, regions):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="辽源市").facts]
    assert [f["region"] for f in facts] == regions
