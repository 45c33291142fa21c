"""Phrasings of real sock-industry and investment news that gave no fact: shares written as fractions, `度` of
electricity, `国家和地区` as one counted noun, a class after a list of examples (`…、…等配套企业4000余家`),
infrastructure `投入`. Each class with several phrasings and the negatives that must stay as they are."""

from __future__ import annotations

import pytest
from factcase import assert_exactly

THIRD = 100 / 3

FRACTIONS = [
    ("大唐镇每年织袜两百多亿双,产量占全世界的三分之一。",
     [{"value": 20000000000, "unit": "双"}, {"value": THIRD, "unit": "%", "indicator": "sock.output_share"}]),
    ("义乌袜业的出口额约占全国袜子出口总额的四分之一。", [{"value": 25, "unit": "%", "qualifier": "approx"}]),  # 约 before 占
    ("海宁袜企的产能占全省的五分之二以上。", [{"value": 40, "unit": "%", "qualifier": "at_least"}]),
    ("三国经济总量占全球总量五分之一以上。", [{"value": 20, "unit": "%", "qualifier": "at_least"}]),
]
FRACTIONS_NOT = [
    "老板把三分之一的利润分给了帮工。",        # a fraction before 的 qualifies a noun
    "新增绿化面积中,四分之一来自这个县。",     # no 占: whose share is not said
    "全市推行路口“四分之一”法则。",            # a slogan
    "约三分之一的企业已经复工。",
]

ELECTRICITY = [
    ("园区全年用电量2.4亿度,比上年增长8%。",
     [{"value": 240000000, "unit": "度"}, {"value": 8, "unit": "%"}]),
    ("这座光伏电站年发电3000万度。", [{"value": 30000000, "unit": "度"}]),
    ("全县全社会用电量达12.5亿度。", [{"value": 1250000000, "unit": "度"}]),
]
ELECTRICITY_NOT = ["当天最高气温达到38度。", "袜机转速提高了30度。", "2020年度袜业评选结果公布。"]

COUNTRIES = [
    ("辽源的袜子销往全球60余个国家和地区。",
     [{"value": 60, "unit": "个", "subject": "袜子销往全球国家和地区"}]),
    ("诸暨袜子出口到120多个国家及地区。", [{"value": 120, "unit": "个"}]),
]
COUNTRIES_NOT = ["来自40个国家和地区的客商参加了袜博会。", "他们走访了5个国家和地区。"]

EXAMPLES_THEN_CLASS = [
    ("大唐周边聚集了原料、袜机制造、定型、印染、包装、物流、电商等袜业配套企业3000余家。",
     [{"value": 3000, "unit": "家", "subject": "袜业配套企业", "indicator": "sock.companies"}]),
    ("园区已引进纺纱、织造、印染、成衣、电商、检测等上下游配套企业520家。",
     [{"value": 520, "unit": "家", "subject": "上下游配套企业"}]),
]
EXAMPLES_THEN_CLASS_NOT = [
    # an amount after a list is a story's sum or an intention: the long subject stays and is no fact
    "医院同意赔偿李先生医疗费、误工费、护理费、交通费、营养费等共计人民币38000元。",
    "商务区吸引了华润、嘉里、新鸿基、万科、招商局等知名企业意向投资410亿元。",
]

INFRASTRUCTURE = [
    ("2021年,全县农村基础设施累计投入9.6亿元。",
     [{"value": 960000000, "unit": "CNY", "indicator": "investment.completed"}]),
    ("去年城市基础设施建设投入21.3亿元。", [{"value": 2130000000, "unit": "CNY", "indicator": "investment.completed"}]),
]



# A lone Chinese digit counting the noun before it, at its clause's end (`省级孵化基地四个，`).
LONE_DIGIT_COUNTS = [
    ("园区现有省级创业孵化基地三个，分别是甲、乙、丙。", [{"value": 3, "unit": "个", "subject": "园区现有省级创业孵化基地"}]),
    ("全县建成国家级重点实验室两家；", [{"value": 2, "unit": "家"}]),
    ("开发区拥有院士工作站五个。", [{"value": 5, "unit": "个"}]),
    ("镇里新办职业学校两所，新增床位300张。", [{"value": 2, "unit": "所"}, {"value": 300, "unit": "张"}]),
]
LONE_DIGIT_COUNTS_NOT = [
    "全区干部坚持四个全面，狠抓作风。",            # a slogan: no clause end after the counting word
    "这两个，都是我们的重点。",                    # a determiner before it
    "十家企业中其中三个，已经停产。",              # part of a whole just named
    "展馆按第四个，第五个顺序参观。",              # ordinals
    "数据来自移动、电信和联通三家。",              # how many a list named
    "他们一定要做好两个，不能松懈。",              # after a verb: a slogan's item
    "他是其中一个，也是最年轻的。",                # 一 is an article more often than a count
]

# A rank that holds 全国 (`全国第一个…园区`) is no place of the sentences after it; the paragraph's own place holds.
RANKS = [
    ("2006年，宜春被列为转型试点。同年，全国第一个民营资本建设的纺织园区开工。园区占地80万平方米。",
     [{"value": 800000, "unit": "平方米", "region": "宜春市"}]),
    ("2010年，湖州被列为试点。全国首家皮革专业市场也在此诞生。市场占地30万平方米。",
     [{"value": 300000, "unit": "平方米", "region": "湖州市"}]),
]
RANKS_KEEP = [  # a national batch or a national total stays the country's
    ("全国第一批试点城市共12个。", [{"value": 12, "unit": "个", "region": "全国"}]),
    ("全国共有国家级高新区178家。", [{"value": 178, "unit": "家", "region": "全国"}]),
]

# A planned size in the figure's own clause is a target; the clause after it may tell what already is.
PLANNED = [
    ("园区规划占地120万平方米，产品以丝袜为主。", [{"value": 1200000, "status": "target"}]),
    ("新区规划面积18平方公里，目前已建成6平方公里。",
     [{"value": 18, "status": "target"}, {"value": 6, "status": "actual"}]),
    ("产业园规划建设标准厂房40万平方米。", [{"value": 400000, "status": "target"}]),
    ("园区占地120万平方米，建成厂房50万平方米。", [{"value": 1200000, "status": "actual"}, {"value": 500000, "status": "actual"}]),
    ("按照城市总体规划，全市新建绿地40万平方米。", [{"value": 400000, "status": "actual"}]),
]

POSITIVES = (FRACTIONS + ELECTRICITY + COUNTRIES + EXAMPLES_THEN_CLASS + INFRASTRUCTURE
             + LONE_DIGIT_COUNTS + RANKS + RANKS_KEEP + PLANNED)
NEGATIVES = FRACTIONS_NOT + ELECTRICITY_NOT + COUNTRIES_NOT + EXAMPLES_THEN_CLASS_NOT + LONE_DIGIT_COUNTS_NOT


@pytest.mark.parametrize("text,expected", POSITIVES, ids=[c[0][:18] for c in POSITIVES])
def test_class_gives_its_fact(text, expected):
    assert_exactly(text, expected)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:18] for t in NEGATIVES])
def test_class_stays_silent(text):
    assert_exactly(text, [])
