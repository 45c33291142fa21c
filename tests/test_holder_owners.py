"""The holder a clause group opens with (extractors/holders.py, lexicon/owners.toml `holder_opening`): `德胜村共有443户，
…建档立卡贫困户212户` counts the village's poor households, and `12所卫生院现有在编人员320人，大集体40人` the health
centres' staff, not the county's (audit class S3: a subject whose owner
was dropped). Never a scope (`全县…`), a group (`各村`), a holder the figure itself counts, a later clause naming a
place or holder of its own, nor across `；`. Also: a measure named alone after a first figure of planted area or a
year's output is the topic's (`黄杜村白茶种植面积…，年产值…` → 黄杜村白茶年产值), and `2013年时有` drops its time.
Sentences are our own; each row: text, the figure's value, the subject it must have."""

from __future__ import annotations

import pytest
from factcase import facts_of

HOLDER_OWNS = [
    ("柳湾村共有520户，2014年时有建档立卡贫困户96户。", 96, "柳湾村建档立卡贫困户"),
    ("青石社区共有9个小区，常住居民6200多户，居民人数约1.5万人。", 6200, "青石社区常住居民"),
    ("青石社区共有9个小区，常住居民6200多户，居民人数约1.5万人。", 15_000, "青石社区居民人数"),
    ("县乡医疗卫生单位取得高级职称120人（正高职称11人、副高职称109人）、中级职称650人，研究生学历9人。",
     109, "县乡医疗卫生单位副高职称"),
    ("县乡医疗卫生单位取得高级职称120人（正高职称11人、副高职称109人）、中级职称650人，研究生学历9人。",
     9, "县乡医疗卫生单位研究生学历"),
    ("县直单位现有在编人员580人，大集体人员31人。", 31, "县直单位大集体人员"),
    ("2019年，红旗村现有耕地3200亩，其中水田1800亩。", 1800, "红旗村水田"),
    ("下坝村下辖12个村民小组、980户村民，外出务工人员1300余人。", 1300, "下坝村外出务工人员"),
    ("城东小学现有教职工86人，在校学生1400余名。", 1400, "城东小学在校学生"),
    # a count of holders and what they have: the categories after it are those holders'
    ("县直单位现有在编人员580人，大集体人员31人；12所卫生院现有在编人员320人，大集体40人。", 320, "卫生院在编人员"),
    ("县直单位现有在编人员580人，大集体人员31人；12所卫生院现有在编人员320人，大集体40人。", 40, "卫生院大集体"),
    ("全县9所乡镇卫生院共有职工410人，其中卫技人员350人。", 350, "乡镇卫生院卫技人员"),
    ("2021年，全县21所小学现有教职工960人，在校学生1.8万人。", 18_000, "小学在校学生"),
]
HOLDER_NOT_TAKEN = [  # the subject each figure keeps
    ("全县共有建档立卡贫困户8000户，贫困人口2.6万人。", 26_000, "贫困人口"),
    ("各村共有党员1200名，入党积极分子300名。", 300, "入党积极分子"),
    ("全县各级各类学校共自查问题300个，立案25件。", 25, "立案"),
    ("柳湾村共有520户；全镇常住人口3.1万人。", 31_000, "常住人口"),  # a `；` ends the group
    ("柳湾村共有520户，石门村贫困户40户。", 40, "石门村贫困户"),  # a holder of its own
    ("柳湾村共有520户，临澧县贫困户900户。", 900, "贫困户"),  # a place of its own
    ("村民有1200人外出务工，带回收入3000万元。", 30_000_000, "带回收入"),
    ("全县有17所卫生院，现有床位800张。", 800, "现有床位"),  # the count is no opening of the group
    ("全县新建6所学校，有学生3000人，教师210人。", 210, "教师"),  # an act before the count: built, not holding
    ("12所卫生院现有在编人员320人；全县常住人口21万人。", 210_000, "常住人口"),  # a `；` ends the group
]
TOPIC_AFTER_AREA = [
    ("近年来，龙井村白茶种植面积从800亩扩大到4000亩，年产值达6000万元。", 60_000_000, "龙井村白茶年产值"),
    ("全年中草药种植面积5.1万亩，实现产值4.2亿元。", 420_000_000, "中草药产值"),
    ("烟叶种植面积12千公顷，增长3.1%；产量2.4万吨，增长5.2%。", 24_000, "烟叶产量"),
]
TOPIC_NOT_TAKEN = [
    ("全县粮食播种面积80万亩，蔬菜产量60万吨。", 600_000, "蔬菜产量"),  # a figure that names its own thing
]


def _subject_of(text: str, value: float) -> str:
    found = [f["subject"] for f in facts_of(text) if abs(float(f["value"]) - value) < 1e-6 * max(1, value)]
    assert found, f"no fact of {value} in {text}"
    return found[0]


@pytest.mark.parametrize(("text", "value", "subject"), HOLDER_OWNS)
def test_the_holder_owns_the_categories_after_it(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), HOLDER_NOT_TAKEN)
def test_no_holder_from_a_scope_a_group_or_across_a_group_end(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), TOPIC_AFTER_AREA)
def test_a_measure_alone_after_planted_area_is_the_topics(text, value, subject):
    assert _subject_of(text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), TOPIC_NOT_TAKEN)
def test_a_figure_naming_its_own_thing_keeps_it(text, value, subject):
    assert _subject_of(text, value) == subject


# The budget a paragraph opens with (extractors/resolve.py `_subject`, lexicon/subjects.toml `budget_account`): a generic
# budget word (`支出总量`, `上年结转收入`) in a paragraph that opens with a level's account (`中央一般公共预算收入…`) is
# that level's, not the whole country's; a later account named in the paragraph (`加上中央…对地方转移支付`) does not
# take it over, and `全国` stays with the region.
_BUDGET_SECTION = "一、2023年预算执行情况\n"
BUDGET_OWNS = [
    ("中央一般公共预算收入9000亿元，增长4%。加上从中央预算稳定调节基金调入300亿元，收入总量为9300亿元。"
     "中央一般公共预算支出1.1万亿元，增长6%。加上补充中央预算稳定调节基金150亿元，支出总量为11150亿元。",
     1.115e12, "中央一般公共预算支出总量"),
    ("中央一般公共预算收入9000亿元，增长4%。加上从中央预算稳定调节基金调入300亿元，收入总量为9300亿元。",
     9.3e11, "中央一般公共预算收入总量"),
    ("地方国有资本经营预算本级收入1900亿元，下降6%。加上中央国有资本经营预算对地方转移支付收入55亿元、上年结转收入210亿元，"
     "收入总量为2165亿元。", 2.165e11, "地方国有资本经营预算收入总量"),
    ("地方国有资本经营预算本级收入1900亿元，下降6%。加上中央国有资本经营预算对地方转移支付收入55亿元、上年结转收入210亿元，"
     "收入总量为2165亿元。", 2.1e10, "地方国有资本经营预算结转收入"),
    ("市本级一般公共预算收入80亿元，增长5%。加上上级补助收入20亿元，收入总量为100亿元。", 1e10,
     "市本级一般公共预算收入总量"),
]
BUDGET_NOT_TAKEN = [
    ("全国一般公共预算收入19万亿元，增长3%。加上调入资金2万亿元，收入总量为21万亿元。", 2.1e13, "一般公共预算收入总量"),
]


@pytest.mark.parametrize(("text", "value", "subject"), BUDGET_OWNS)
def test_a_generic_budget_word_is_the_paragraphs_budget(text, value, subject):
    assert _subject_of(_BUDGET_SECTION + text, value) == subject


@pytest.mark.parametrize(("text", "value", "subject"), BUDGET_NOT_TAKEN)
def test_the_whole_countrys_budget_keeps_its_name(text, value, subject):
    assert _subject_of(_BUDGET_SECTION + text, value) == subject
