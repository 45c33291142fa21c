"""Subjects cut at the wrong place or kept with a neighbour's word (audit class S1): a grade that names no thing
(`省级`, `中职`), a verb's last character cut off (`电子送`, `直接惠`, `户增收`), a clause opening kept (`干劲来自…`),
an average left alone (`平均`). Sentences are our own; each row gives ALL the facts' subjects, in text order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2022, 10, 20)
HEAD = "青田县2022年国民经济和社会发展统计公报\n十、教育和体育\n"

GRADED_PARTS = [
    # a count's parts named by their grade alone count the total's things of that grade
    ("年末共有青少年俱乐部186个,其中,国家级102个,省级84个。",
     ["青少年俱乐部", "国家级青少年俱乐部", "省级青少年俱乐部"]),
    ("年末全县共有体育社会组织61个,其中,市级23个,县级38个。",
     ["体育社会组织", "市级体育社会组织", "县级体育社会组织"]),
    # school levels of the students counted
    ("全县在校学生81234人,其中普通高中12011人,中职2876人,小学40120人。",
     ["在校学生", "普通高中在校学生", "中职在校学生", "小学在校学生"]),
    # negative: a total whose name is a list keeps the level alone (no guess at 高中…毕业生)
    ("全县共有普通和职业高、初中毕业生15210人,其中高中6320人。", ["普通和职业高、初中毕业生", "高中"]),
    # negative: a part naming its own things keeps them
    ("年末共有青少年俱乐部186个,其中,国家级示范俱乐部12个。", ["青少年俱乐部", "国家级示范俱乐部"]),
]


@pytest.mark.parametrize("text,subjects", GRADED_PARTS)
def test_a_graded_part_counts_the_totals_things(text, subjects):
    assert [f["subject"] for f in facts_of(HEAD + text, DAY)] == subjects


GRADED_LISTS = [
    ("全省已建成24个省级、187个市级农业科技园区。", ["省级农业科技园区", "市级农业科技园区"]),
    ("全市新认定3个国家级和11个省级企业技术中心。", ["新认定国家级企业技术中心", "省级企业技术中心"]),
    # negative: a grade with its own things is left as it is
    ("全市新认定3个国家级企业技术中心。", ["新认定国家级企业技术中心"]),
]


@pytest.mark.parametrize("text,subjects", GRADED_LISTS)
def test_a_grade_before_a_list_takes_the_things_named_last(text, subjects):
    assert [f["subject"] for f in facts_of(text, DAY)] == subjects


VERB_ENDS = [
    ("全市法院网上立案98万件,电子送达215万次。", ["法院网上立案", "电子送达"]),
    ("工程全部投运后,直接惠及42万人。", ["直接惠及"]),
    ("合作社带动农户种植辣椒,户均增收1.2万元。", ["户均增收"]),
    ("全市各乡镇卫生院现有在编人员512人。", ["各乡镇卫生院现有在编人员"]),
    ("全省秸秆还田面积超过320万亩。", ["秸秆还田面积"]),
    ("全年区级税收可比增长9.6%。", ["区级税收"]),  # `可比增长` cut at its `比`: no `区级税收可`
    ("全年规模以上工业增加值按可比价格计算增长5.1%，工业销售产值可比增长4.2%。", ["规模以上工业增加值(按可比价格计算)", "工业销售产值"]),
    ("全年办理行政许可3200件。", ["行政许可办理"]),  # `许可` keeps its `可`
]


@pytest.mark.parametrize("text,subjects", VERB_ENDS)
def test_a_verbs_last_character_stays(text, subjects):
    assert [f["subject"] for f in facts_of(text, DAY)] == subjects


OPENINGS = [
    ("这份底气来自去年到位的专项债资金4200万元。", ["到位的专项债资金"]),
    ("信心来自新签订单金额3.5亿元。", ["新签订单金额"]),
]


@pytest.mark.parametrize("text,subjects", OPENINGS)
def test_a_clause_opening_is_no_part_of_the_subject(text, subjects):
    assert [f["subject"] for f in facts_of(text, DAY)] == subjects


def test_an_average_rate_alone_keeps_its_name():
    facts = facts_of("报告显示,该地区内陆国家的经济增长较快,平均增长率约为5%。", DAY)
    assert [(f["subject"], f["value"]) for f in facts] == [("平均增长率", 5)]


COUNT_UNITS = [
    ("全省政务服务平台累计办理业务8.6亿笔。", [("政务服务平台累计办理业务", 860000000, "笔")]),
    ("全省共投入抢修人员1.1万人次、车辆2300台次。", [("投入抢修人员", 11000, "人次"), ("车辆", 2300, "台次")]),
    # negative: 笔 after no digit counts nothing
    ("他拿出一笔钱修了路。", []),
]


@pytest.mark.parametrize("text,expected", COUNT_UNITS)
def test_count_units(text, expected):
    assert [(f["subject"], f["value"], f["unit"]) for f in facts_of(text, DAY)] == expected
