"""Owners, scopes and measures a figure's sentence states outside the figure's own words (audit sheet 33, class
"subject lacks the owner, scope or measure"): a bare `行业` is the one industry its sentence measured (sector_scopes),
a later `其中` part naming another of the whole's things takes the first part's qualifier (part_qualifiers), later
items of a list take the quantity its first item named (item_measures), a part's rate of change takes the measure
of a total of goods (breakdown_measures), a counted set of bodies opening its sentence owns the acts after it
(counted_actors), the bonds a bank underwrote are the bank's (lexicon `firm_measure_head`), and a project's total
named alone is the project its sentence, or for a pointer the sentence before, opens with (project_topics,
lexicon `attributed_to`). Sentences are our own; each row: text, then ALL its facts as (family, subject, value)."""

from __future__ import annotations

import pytest
from factcase import named_values

INDUSTRY = [
    # a bare `行业` after a figure of one industry in the same sentence is that industry's
    ("一季度各行业税负均有下降。其中，建筑业新增减税310亿元，行业税负同比下降0.8个百分点。",
     [("other", "建筑业新增减税", 31000000000), ("growth_rate", "建筑业税负", -0.8)]),
    # each `；` group names its own industry
    ("其中，制造业新增减税900亿元，行业税负同比下降1.2个百分点；建筑业新增减税300亿元，行业税负同比下降0.6个百分点。",
     [("other", "制造业新增减税", 90000000000), ("growth_rate", "制造业税负", -1.2),
      ("other", "建筑业新增减税", 30000000000), ("growth_rate", "建筑业税负", -0.6)]),
    ("1-6月，批发和零售业实现增加值1200亿元，行业利润增长5.2%。",
     [("other", "批发和零售业实现增加值", 120000000000), ("growth_rate", "批发和零售业利润", 5.2)]),
]

INDUSTRY_NEGATIVES = [
    # firms are no industry; two industries before it; a trade's body is no measure
    ("其中，民营企业新增减税500亿元，行业税负下降1个百分点。",
     [("other", "民营企业新增减税", 50000000000), ("growth_rate", "行业税负", -1)]),
    ("农业增加值增长3%，服务业增加值增长6%，行业利润增长8%。",
     [("growth_rate", "农业增加值", 3), ("growth_rate", "服务业增加值", 6), ("growth_rate", "行业利润", 8)]),
    ("全市行业协会会员1200家。", [("other", "行业协会会员", 1200)]),
]

PART_QUALIFIERS = [
    # the first part's qualifier before one of the whole's things carries to a later part naming another alone
    ("春运期间，南岭港共运送旅客85万人次、车辆12万台次，其中出港车辆6.1万台次、旅客43万人次。",
     [("other", "南岭港运送旅客", 850000), ("other", "车辆", 120000), ("other", "出港车辆", 61000),
      ("other", "出港旅客", 430000)]),
]

PART_QUALIFIER_NEGATIVES = [
    # a later part with a qualifier of its own keeps it; a thing the whole did not count takes none
    ("春运期间，南岭港共运送旅客85万人次、车辆12万台次，其中出港车辆6.1万台次、进港旅客43万人次。",
     [("other", "南岭港运送旅客", 850000), ("other", "车辆", 120000), ("other", "出港车辆", 61000),
      ("other", "进港旅客", 430000)]),
    # a whole told again after `；` is no part of the first `其中` list
    ("1月，全市法院受理刑事案件共1200件，其中，抢劫案件30件，盗窃案件260件；2月，全市法院受理刑事案件1500件。",
     [("other", "法院受理刑事案件", 1200), ("other", "抢劫案件", 30), ("other", "盗窃案件", 260),
      ("other", "法院受理刑事案件", 1500)]),
    ("全年共接待游客800万人次，其中境外游客12万人次、学生3万人次。",
     [("other", "接待游客", 8000000), ("other", "接待境外游客", 120000), ("other", "学生", 30000)]),
]

ITEM_MEASURES = [
    # the quantity the first item names is the later items' too, in a unit of the same kind
    ("今年秋粮收购平稳，预计小麦收购量1200亿斤左右、玉米300亿斤左右、大豆80万吨左右。",
     [("other", "小麦收购量", 120000000000), ("other", "玉米收购量", 30000000000),
      ("other", "大豆收购量", 800000)]),
    ("全县粮食产量42万吨、油料3.5万吨、蔬菜28万吨。",
     [("other", "粮食产量", 420000), ("other", "油料产量", 35000), ("other", "蔬菜产量", 280000)]),
]

ITEM_MEASURE_NEGATIVES = [
    # an item naming a measure of its own, or in another kind of unit, keeps its subject
    ("全县粮食产量42万吨、农民人均可支配收入1.6万元。",
     [("other", "粮食产量", 420000), ("other", "农民人均可支配收入", 16000)]),
    ("全县粮食产量42万吨、生猪出栏36万头。", [("other", "粮食产量", 420000), ("other", "生猪出栏", 360000)]),
]

PART_RATES = [
    # a part's rate of change, after a total of goods in general: the part's measure as the total writes it
    ("一季度，全国农产品网络零售额达800亿元，增长25%。其中，水果、茶叶和蔬菜的增速均在50%以上。",
     [("other", "农产品网络零售额", 80000000000), ("growth_rate", "农产品网络零售额", 25),
      ("growth_rate", "水果网络零售额", 50), ("growth_rate", "茶叶网络零售额", 50),
      ("growth_rate", "蔬菜网络零售额", 50)]),
    ("全市商品零售额增长8%，其中粮油类增速为12%。",
     [("growth_rate", "商品零售额", 8), ("growth_rate", "粮油类零售额", 12)]),
]

COUNTED_ACTORS = [
    # a counted set of bodies opening its sentence owns the act right after its name, where or for whom it is done
    # (the firms counted are those that went to invest: 到…投资的东江企业)
    ("2020年，150家东江企业到西岭结对县投资56亿元，带动2.1万贫困人口增收。",
     [("other", "到西岭结对县投资的东江企业", 150), ("investment", "东江企业到西岭结对县投资", 5600000000),
      ("other", "带动贫困人口增收", 21000)]),
    ("今年以来，12家银行向小微企业发放贷款300亿元。",
     [("other", "银行向小微企业发放贷款", 30000000000)]),  # the bare `银行` lost its act: dropped (bare_names.py)
    # and the acts of later clauses that open with acting together or in turn
    ("据教育厅介绍，截至目前，首批20对结对高校已签订帮扶协议，共同召开视频会议近300次，陆续举办网上招聘会120次。",
     [("other", "结对高校共同召开视频会议", 300), ("other", "结对高校举办网上招聘会", 120)]),
]

COUNTED_ACTOR_NEGATIVES = [
    # a count governed by another's act, a measure the counted set keeps, a later clause with an actor of its own
    ("2020年，30家企业实现营业收入12亿元。", [("other", "企业营业收入", 1200000000)]),  # bare `企业`, no scope
    ("首批20对结对高校已签订帮扶协议，全省共同召开视频会议近300次。", [("other", "召开视频会议", 300)]),
]

FIRM_MEASURES = [
    # the bonds a bank underwrote, a part after `其中` of the bank's whole
    ("东江银行南岭分行加大支持力度，累计为小微企业提供融资120亿元，其中投放贷款90亿元，承销疫情防控债券12亿元。",
     [("other", "东江银行提供融资(为小微企业)", 12000000000), ("other", "东江银行南岭分行投放贷款", 9000000000),
      ("other", "东江银行南岭分行承销疫情防控债券", 1200000000)]),
    # bonds a place issued are no bank's
    ("东江银行南岭分行加大支持力度，累计发放贷款90亿元；全省发行专项债券150亿元。",
     [("other", "东江银行累计发放贷款", 9000000000), ("investment", "发行专项债券", 15000000000)]),
]

PROJECT_TOPICS = [
    # the thing the sentence opens with owns the total, over clauses telling its site and builder
    ("东江同步辐射光源被称为“科学之眼”，由北岭研究所作为法人单位，位于东江科学城，总投资32亿元，预计2026年建成。",
     [("investment", "东江同步辐射光源总投资", 3200000000)]),
    # a sentence pointing at the project: the one the sentence before opens with
    ("北岭成像设施是由北岭大学牵头建设的重大科技基础设施。该项目占地80亩，总投资12.5亿元，预计2024年建成运行。",
     [("other", "该项目占地", 80), ("investment", "北岭成像设施总投资", 1250000000)]),
    # a figure that describes the thing after it: a name that opens with its capacity, a park of an industry
    ("总投资80亿元的30万吨新能源材料产业基地将于明年开工。", [("investment", "30万吨新能源材料产业基地总投资", 8000000000)]),
    ("总投资60亿元的东江新材料产业城建设顺利推进。", [("investment", "东江新材料产业城总投资", 6000000000)]),
]

PROJECT_TOPIC_NEGATIVES = [
    # a pointer with no sentence before it, a set of projects: no one thing
    ("该项目占地80亩，总投资12.5亿元。", [("other", "该项目占地", 80), ("investment", "总投资", 1250000000)]),
    ("全市重点项目加快推进，占地5000亩，总投资320亿元。", [("other", "占地", 5000), ("investment", "总投资", 32000000000)]),
]

ROWS = (INDUSTRY + INDUSTRY_NEGATIVES + PART_QUALIFIERS + PART_QUALIFIER_NEGATIVES + ITEM_MEASURES
        + ITEM_MEASURE_NEGATIVES + PART_RATES + COUNTED_ACTORS + COUNTED_ACTOR_NEGATIVES + FIRM_MEASURES
        + PROJECT_TOPICS + PROJECT_TOPIC_NEGATIVES)


@pytest.mark.parametrize("text,expected", ROWS, ids=[r.id if hasattr(r, "marks") else r[0][:16] for r in ROWS])
def test_sentence_scope_owners(text, expected):
    assert named_values(text) == expected


KNOWN_GAPS = [
    # a kind of firm counted after `其中`, in a sentence of its own, under a counted set of firms the paragraph named
    ("2020东江企业百强中营业收入超百亿元的企业有42家。其中，民营企业18家，比上年增加3家。",
     [("other", "东江企业百强中营业收入超百亿元的企业", 42), ("other", "东江企业百强中营业收入超百亿元的民营企业", 18),
      ("other", "东江企业百强中营业收入超百亿元的民营企业增加", 3)]),
    # a counted set of projects the sentence opens with, its total named alone clauses later
    ("5月8日，南岭市首批36个新基建重大项目正式揭牌，其中包括信息类项目、融合类项目和创新类项目，总投资达900亿元。",
     [("investment", "新基建重大项目", 36), ("investment", "新基建重大项目总投资", 90000000000)]),
]


@pytest.mark.parametrize("text,expected", KNOWN_GAPS, ids=[r[0][:16] for r in KNOWN_GAPS])
@pytest.mark.xfail(strict=True, reason="a part under a set named a sentence before, and a project set's total clauses "
                                       "later, are not read yet")
def test_known_gaps(text, expected):
    assert named_values(text) == expected
