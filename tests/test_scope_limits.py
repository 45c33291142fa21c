"""Subjects that keep the scope limiting what they count (audit class S3b): a measure named alone after a clause
naming the set it measures (an industry built, firms counted), a purpose written right after the figure (`…用于X`),
a paragraph that opens inside a park or zone, and a part after `其中` whose use follows it. Sentences are our own;
each row gives ALL the facts' (subject, value, region); negatives keep the subject as written."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 3, 2)

INDUSTRY_BEFORE = [
    ("目前，无锡已培育出完整的碳纤维产业链，年产值20多亿元。", [("碳纤维产业链年产值", 2_000_000_000, "无锡市")]),
    ("近年来，青田县做大了杨梅产业，年销售额超过3亿元。", [("杨梅产业年销售额", 300_000_000, "青田县")]),
    ("去年，南丰县打造蜜桔产业集群，实现营业收入46亿元。", [("蜜桔产业集群营业收入", 4_600_000_000, "南丰县")]),
    # negatives: no industry named, a measure that names its own field, a whole-place total
    ("全县坚持发展实体经济，产值增长8%。", [("产值", 8, None)]),
    ("全县做大了中药材产业，全县工业总产值120亿元。", [("工业总产值", 12_000_000_000, None)]),
]

COUNTED_SET = [
    ("县里推动工业转型，新材料产业入驻企业86家，主营业务收入突破50亿元。",
     [("新材料产业入驻企业", 86, None), ("新材料产业入驻企业主营业务收入", 5_000_000_000, None)]),
    ("全省高新技术企业总数达4200家，实现产值8600亿元。",
     [("高新技术企业总数", 4200, None), ("高新技术企业产值", 860_000_000_000, None)]),
    ("截至去年年底，来粤投资茶叶产业的外商企业达25家，外商投资总额3.2亿元。",
     [("来粤投资茶叶产业的外商企业", 25, "广东省"), ("来粤投资茶叶产业的外商投资总额", 320_000_000, "广东省")]),
    # negatives: the measure names a whole of its own, the set says nothing of which firms, the word is another's
    ("全县规模以上企业120家，全县主营业务收入突破50亿元。",
     [("规模以上企业", 120, None), ("主营业务收入", 5_000_000_000, None)]),
    ("今年新设外商企业30家，外商投资总额9亿元。", [("新设外商企业", 30, None), ("外商投资总额", 900_000_000, None)]),
    ("今年新引进港资企业12家，港商投资额8亿元。", [("新引进港资企业", 12, None), ("港商投资额", 800_000_000, None)]),
]

PURPOSE_AFTER = [
    ("南平市林业局下拨专项资金86万元用于山区校舍维修工作。", [("林业局下拨专项资金(用于山区校舍维修工作)", 860_000, "南平市")]),
    ("到明年底，全省将划定蔬菜生产保护区120万亩，其中80万亩用于设施蔬菜生产。",
     [("划定蔬菜生产保护区", 1_200_000, None), ("划定蔬菜生产保护区(用于设施蔬菜生产)", 800_000, None)]),
    ("市财政安排资金3000万元专门用于乡村道路养护。", [("市财政安排资金(专门用于乡村道路养护)", 30_000_000, None)]),
    # negatives: what the money mainly goes to, a purpose after a comma, a long list of uses
    # the money named alone (whose, the sentence does not say) is no fact since round 51 (unowned_measures.py)
    ("今年安排资金5亿元，主要用于农村公路建设。", []),
    ("今年安排资金5亿元主要用于农村公路建设。", []),
    ("全市投入资金2.6亿元用于改造老旧小区、提升社区服务和完善基础设施建设等方面工作。", [("投入资金", 260_000_000, None)]),
]

AREA_WITHIN = [
    ("　　在祁连山国家公园范围内，甘肃实行最严格的保护制度。截至去年底，已开展专项巡查26次，查处违法案件140余起。",
     [("专项巡查(祁连山国家公园范围内)", 26, "甘肃省"), ("违法案件查处(祁连山国家公园范围内)", 140, "甘肃省")]),
    ("　　在滨江高新区内，今年新增科技型企业320家。", [("新增科技型企业(滨江高新区内)", 320, None)]),
    # negatives: the figure's sentence names its own place, a room or a system is no area, the opening is not the
    # paragraph's
    ("　　在祁连山国家公园范围内，甘肃实行最严格的保护制度。张掖市去年查处违法案件140余起。",
     [("违法案件查处", 140, "张掖市")]),
    ("　　在隔离病房内，医护人员累计救治患者300余人。", [("医护人员累计救治患者", 300, None)]),
    ("　　我们在祁连山国家公园范围内，查处违法案件140余起。", [("违法案件查处", 140, None)]),
]


@pytest.mark.parametrize("text,expected", INDUSTRY_BEFORE + COUNTED_SET + PURPOSE_AFTER + AREA_WITHIN)
def test_subject_keeps_its_scope(text, expected):
    assert [(f["subject"], f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


SURVIVAL_RATES = [
    # a state said of the things after them (`长势良好`) is no part of their name (test_subject_tail_words.py)
    ("如今，经过两年多试种，那曲镇新栽种的云杉、油松等8类12万余株树木长势良好，成活率达到80%。",
     [("新栽种树木成活率", 80, "那曲镇")]),  # the bare `树木` lost `新栽种的`: dropped (bare_names.py); the town, not
    # the city it is named like (round 61)
    ("今年全县新栽植苗木36万株，成活率达到92%。", [("新栽植苗木", 360_000, None), ("新栽植苗木成活率", 92, None)]),
    ("今年全县植树造林3.2万公顷，成活率达到90%。", [("植树造林", 32_000, None), ("植树造林成活率", 90, None)]),
    # negatives: people have no survival rate, a rate that names its things, a planting act of an earlier clause
    ("全县新增就业1.2万人，成活率达到90%。", [("新增就业", 12_000, None), ("成活率", 90, None)]),
    ("今年全县植树造林5万亩，全县造林成活率达到90%。", [("植树造林", 50_000, None), ("造林成活率", 90, None)]),
    ("去年新栽植的苗木长势良好，今年补植苗木3万株，成活率达到95%。",
     [("补植苗木", 30_000, None), ("补植苗木成活率", 95, None)]),
]

CASE_RATES = [
    # a case rate named alone after a count of cases (or their defendants) is those cases' (sheet26b 231)
    ("去年，全市法院审结毒品犯罪案件320件，重刑率达61.2%。",
     [("法院毒品犯罪案件审结", 320, None), ("法院审结毒品犯罪案件重刑率", 61.2, None)]),
    ("全省法院审结涉黑案件45件380人，重刑率为52.3%；审结涉恶案件610件2100人，重刑率为21.7%。",
     [("法院涉黑案件审结", 45, None), ("法院涉黑案件审结", 380, None), ("法院审结涉黑案件重刑率", 52.3, None),
      ("涉恶案件审结", 610, None), ("涉恶案件审结", 2100, None), ("审结涉恶案件重刑率", 21.7, None)]),
    # negatives: people or firms have no case rate, a rate that names its own whole
    ("全县新增就业1.2万人，重刑率达到30%。", [("新增就业", 12_000, None), ("重刑率", 30, None)]),
    ("全市法院审结刑事案件2100件，全市刑事案件重刑率达到30%。",
     [("法院刑事案件审结", 2100, None), ("刑事案件重刑率", 30, None)]),
]


@pytest.mark.parametrize("text,expected", CASE_RATES)
def test_case_rate_is_of_the_cases_counted(text, expected):
    assert [(f["subject"], f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


@pytest.mark.parametrize("text,expected", SURVIVAL_RATES)
def test_survival_rate_is_of_the_things_counted(text, expected):
    assert [(f["subject"], f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


HERD_ACCOUNTS = [
    ("2018年，涪北黑猪母猪达到1200头，年出栏肥猪3万头。",
     [("涪北黑猪母猪", 1200, None), ("涪北黑猪年出栏肥猪", 30_000, None)]),
    ("2012年以前，存栏涪北黑猪母猪200余头，年出栏肥猪3000头。",
     [("存栏涪北黑猪母猪", 200, None), ("涪北黑猪年出栏肥猪", 3000, None)]),
    ("全县生猪存栏50万头，出栏80万头。", [("生猪存栏", 500_000, None), ("生猪出栏", 800_000, None)]),
    # negatives: an account that names its own animal, a count that is no herd's account
    ("全县母猪存栏5万头，生猪出栏80万头。", [("母猪存栏", 50_000, None), ("生猪出栏", 800_000, None)]),
    ("全县建成生猪养殖场120个，出栏肥猪60万头。", [("生猪养殖场", 120, None), ("出栏肥猪", 600_000, None)]),
]

WHOLE_PLACE = [
    # a place-wide total takes no industry, set or purpose from a clause before it (a `其中` part's measure stays
    # the part's: 工业主营业务收入, shared_owner's rule)
    ("全县实现地区生产总值120亿元，其中工业产值60亿元，主营业务收入90亿元。",
     [("地区生产总值", 12_000_000_000, None), ("工业产值", 6_000_000_000, None),
      ("工业主营业务收入", 9_000_000_000, None)]),
    ("全县大力发展实体经济，全年实现主营业务收入90亿元。", [("主营业务收入", 9_000_000_000, None)]),
]


@pytest.mark.parametrize("text,expected", HERD_ACCOUNTS + WHOLE_PLACE)
def test_herd_account_and_whole_place(text, expected):
    assert [(f["subject"], f["value"], f["region"]) for f in facts_of(text, DAY)] == expected
