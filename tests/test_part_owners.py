"""Owners that parts and list items keep (part_bodies.body_of_part, list_subjects._known_tail; lexicon owners.toml
part_owner_body, subjects.toml list_shared_measure): a part after `其中` named by a qualifier and the measure its whole
names after a body (a sector, a group of people) is that body's, and each `分别` item takes the measure its list
names once, not a tail guessed from the first item's length; a body that counts its act on things first (`某法院受理
案件…，审结…`) owns the later acts (measure_owners.handled_things). Sentences are our own; each row: text -> ALL facts."""

from __future__ import annotations

import pytest
from factcase import assert_exactly

PARTS = [  # a body before the whole's measure owns the parts; a new `其中` opens a new whole
    ("分部门看，住户部门贷款增加3000亿元，其中，短期贷款增加1200亿元，中长期贷款增加1800亿元；企业单位贷款增加5000亿元，"
     "其中，短期贷款减少40亿元。",
     [{"value": 3e11, "subject": "住户部门贷款增加"}, {"value": 1.2e11, "subject": "住户部门短期贷款增加"},
      {"value": 1.8e11, "subject": "住户部门中长期贷款增加"}, {"value": 5e11, "subject": "企业单位贷款增加"},
      {"value": -4e9, "subject": "企业单位短期贷款变化"}]),
    ("去年全省持证残疾人新增就业5.2万人，其中，城镇新增就业1.9万人，农村新增就业3.3万人。",
     [{"value": 52000, "subject": "持证残疾人新增就业"}, {"value": 19000, "subject": "持证残疾人城镇新增就业"},
      {"value": 33000, "subject": "持证残疾人农村新增就业"}]),
    ("今年高校毕业生实现就业8万人，其中，省内就业5万人。",
     [{"value": 80000, "subject": "高校毕业生实现就业"}, {"value": 50000, "subject": "高校毕业生省内就业"}]),
    # a set of poor counties owns a part the next sentence opens with `其中`, without its whole's sales channel
    ("上半年，国家级贫困县农村电商网络零售额420亿元。其中，农产品网络零售额96亿元，同比增长31.5%。",
     [{"value": 4.2e10, "subject": "国家级贫困县农村电商网络零售额"}, {"value": 9.6e9, "subject": "国家级贫困县农产品网络零售额"},
      {"value": 31.5, "subject": "国家级贫困县农产品网络零售额"}]),
    ("全省贫困县网络零售额增长28%，其中服装网络零售额增长12%。",
     [{"value": 28, "subject": "贫困县网络零售额"}, {"value": 12, "subject": "贫困县服装网络零售额"}]),
]
NOT_PARTS = [  # the whole names no body, or the part names a body of its own: the part keeps its name
    ("全年房地产开发投资增长7%，其中住宅投资增长8%。",
     [{"value": 7, "subject": "房地产开发投资"}, {"value": 8, "subject": "住宅投资"}]),
    ("全年肉类总产量6万吨，其中，猪肉产量4万吨。",
     [{"value": 60000, "subject": "肉类总产量"}, {"value": 40000, "subject": "猪肉产量"}]),
    ("规模以上工业企业实现利润总额300亿元，其中，国有控股企业实现利润总额90亿元。",
     [{"value": 3e10, "subject": "规模以上工业企业实现利润总额"}, {"value": 9e9, "subject": "规模以上国有控股企业实现利润总额"}]),  # the part is counted above the threshold too
]
LIST_TAILS = [  # the measure a list names once is each item's, however long the last item's name
    ("受油价影响，汽油、柴油和液化石油气价格分别下降6.5%、7.2%和2.7%。",
     [{"value": -6.5, "subject": "汽油价格"}, {"value": -7.2, "subject": "柴油价格"}, {"value": -2.7, "subject": "液化石油气价格"}]),
    ("规模以上工业、高技术产业增加值分别增长6%和9%。",
     [{"value": 6, "subject": "规模以上工业增加值"}, {"value": 9, "subject": "高技术产业增加值"}]),
    ("汽车、电子信息产业增加值分别增长3%和11%。",
     [{"value": 3, "subject": "汽车产业增加值"}, {"value": 11, "subject": "电子信息产业增加值"}]),  # a class word shared
    ("上半年纺织业和化学纤维制造业增加值分别增长2%和4.5%。",
     [{"value": 2, "subject": "纺织业增加值"}, {"value": 4.5, "subject": "化学纤维制造业增加值"}]),
]
NOT_LIST_TAILS = [  # a class word before the measure is shared; an item naming its own measure keeps it
    ("城镇、农村居民人均可支配收入分别增长5%和7%。",
     [{"value": 5, "subject": "城镇居民人均可支配收入"}, {"value": 7, "subject": "农村居民人均可支配收入"}]),
    ("食品、纺织产业增加值分别增长4%和6%。",
     [{"value": 4, "subject": "食品产业增加值"}, {"value": 6, "subject": "纺织产业增加值"}]),
    ("蛋鸡、黑猪饲养量分别增长20%和25%。", [{"value": 20, "subject": "蛋鸡饲养量"}, {"value": 25, "subject": "黑猪饲养量"}]),
    ("数字经济企业销售收入、电子信息产业产值分别增长12%和15%。",
     [{"value": 12, "subject": "数字经济企业销售收入"}, {"value": 15, "subject": "电子信息产业产值"}]),
]
ACTING_BODIES = [  # a body that names its act and things first owns the later acts on them
    ("截至2019年6月，滨江互联网法院共受理各类网络案件9000余件，审结8100余件。",
     [{"value": 9000, "subject": "滨江互联网法院受理各类网络案件"}, {"value": 8100, "subject": "滨江互联网法院各类网络案件审结"}]),
    ("东湖省高级人民法院受理案件4200件，审结3900件，同比分别上升5.5%和4.1%。",
     [{"value": 4200, "subject": "东湖省高级人民法院受理案件"}, {"value": 3900, "subject": "东湖省高级人民法院审结案件"},
      {"value": 5.5, "subject": "东湖省高级人民法院受理案件"}, {"value": 4.1, "subject": "东湖省高级人民法院审结案件"}]),
    ("全市排查出湖边违建别墅120套，拆除115套。",  # a scope is no body: the things alone
     [{"value": 120, "subject": "湖边违建别墅"}, {"value": 115, "subject": "湖边违建别墅拆除"}]),
]
ALL = PARTS + NOT_PARTS + LIST_TAILS + NOT_LIST_TAILS + ACTING_BODIES


@pytest.mark.parametrize("text,expected", ALL, ids=[r[1][-1]["subject"] for r in ALL])
def test_parts_and_items_keep_their_owner(text, expected):
    assert_exactly(text, expected)
