"""A village the gazetteer does not know is named as written (the judges' convention: a village's figure is the
village's, not its county's): introduced right after its county or city (`…县…镇…村`, `…市…村`), the village heading a later clause, or
`全村` after it, gives the village — in a national paper's story that also names unrelated places in passing (so the
story has no single place of its own), and in a county's story too. Our own sentences."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

DAY = date(2020, 5, 29)
NATIONAL_PAPER = "rmrb-2020-05-29-15-01.txt"  # a national paper's file name: its scope is 全国

VILLAGES = [
    ("the village heads a later clause",
     "前不久,湖南省溆浦县龙潭镇青山村第一书记王明走访农户,说起柑橘很兴奋。他的女儿在广东工作。\n"
     "　　去年秋天,青山村合作社收获柑橘30万斤,户均增收8000元。",
     [(300000, "青山村"), (8000, "青山村")]),
    ("全村 after the introduction, a place named where goods go",
     "山东省蒙阴县岱崮镇笏山村的村民,春节前都忙着打包苹果。他们的苹果销往浙江。\n　　直到2015年,全村仍有贫困户40户。",
     [(40, "笏山村")]),
    ("a village straight after its county",
     "记者来到河北阜平县骆驼湾村。当地的香菇已经卖到北京。\n　　如今,骆驼湾村人均可支配收入达到1.3万元。",
     [(13000, "骆驼湾村")]),
    ("a county's short name before its suffix",
     "重庆石柱县中益乡华溪村的蜂蜜出了名,订单来自上海。\n　　2019年,全村人均收入增长20%。",
     [(20, "华溪村")]),
    ("a town the place scan does not read",
     "青海省互助土族自治县五十镇班彦村的村民搬进了新居,土豆销往西宁。\n　　去年底,全村农民人均纯收入达到9000元。",
     [(9000, "班彦村")]),
    ("a district's village",
     "广东佛山市三水区乐平镇源潭村,征地工作两个月完成。\n　　源潭村共有自然村17个。",
     [(17, "源潭村")]),
    ("the village after a national title of its head",
     "全国人大代表、海南省陵水黎族自治县英州镇母爸村党总支书记赶早去了芒果园。\n　　在产业带动下,母爸村贫困户600人全部脱贫。",
     [(600, "母爸村")]),
    # a town whose name looks like a common word (`…村镇`) is read inside the chain, before its village
    ("a town named like 村镇 inside the chain",
     "全国人大代表、山西省孝义市梧村镇东庄村党委书记忙着写建议。\n　　2019年,东庄村集体经济实现收入2.1亿元,同比增长9%。",
     [(210000000, "东庄村"), (9, "东庄村")]),
    ("a year written right before the village",
     "江西省遂川县草林镇松山村的板栗卖到了深圳。\n　　2019年松山村集体收入达到35万元。",
     [(350000, "松山村")]),
    ("a village straight after its city, no county between",
     "初冬的宿迁市桃源村，湖面波光粼粼。游客来自南京。\n"
     "　　2018年，桃源村被列为省级试点，区镇村三级投入1500多万元，一年接待游客30万人次。",
     [(15000000, "桃源村"), (300000, "桃源村")]),
    ("a city, its town and the village",
     "走进淮安市南闸镇柳湾村，新修的路通到了家门口，菜卖到了上海。\n　　去年，柳湾村集体收入达到60万元。",
     [(600000, "柳湾村")]),
    ("the village heads its sentence in a county's story",
     "河北省平山县东岗镇红岩村的村民忙着备耕,平山县的干部也来了。\n　　眼下,红岩村贫困户人均收入达到8200元。",
     [(8200, "红岩村")]),
]

UNCHANGED = [
    ("another county heads the clause of 全村",
     "甘肃省渭源县田家河乡元古堆村的洋芋出了名,卖到了四川。\n　　在宁夏永宁县,全村人均收入增长15%。",
     [(15, None)]),
    ("a word for any village, no introduction",
     "各地推进乡村振兴,广东、浙江走在前面。\n　　全村人均收入增长12%。", [(12, None)]),
    ("a village not introduced after its county",
     "青山村位于湖南,村民种柑橘,卖到了广东。\n　　去年,青山村合作社收获柑橘30万斤。", [(300000, None)]),
    ("villages and communities as a kind of place",
     "江苏省靖江市共梳理村(社区)事权15项,广东也在推进。\n　　村里新建道路累计12公里。",
     [(15, "靖江市"), (12, None)]),
    ("a city's word for any village is no introduction",
     "苏州市城中村改造加快推进,上海也在推进。\n　　村里新建道路累计12公里。", [(12, None)]),
    ("a national figure after a village story",
     "安徽省金寨县大湾村的茶叶卖到北京。\n　　全国建档立卡贫困村有12.8万个。", [(128000, "全国")]),
    ("the country named between the village and 全村",
     "四川省苍溪县白驿镇岫云村的猕猴桃卖到了上海。\n　　我国贫困人口大幅减少,全村贫困户也减少了30户。",
     [(-30, None)]),
]


def _regions(body: str) -> list:
    text = "好日子越过越红火\n　　本报记者 张三\n　　" + body + "\n"
    return [(f.contract()["value"], f.contract()["region"]) for f in extract_text(text, NATIONAL_PAPER, DAY).facts]


@pytest.mark.parametrize("label, body, expected", VILLAGES, ids=[c[0] for c in VILLAGES])
def test_a_villages_figure_is_the_villages(label, body, expected):
    assert _regions(body) == expected


@pytest.mark.parametrize("label, body, expected", UNCHANGED, ids=[c[0] for c in UNCHANGED])
def test_no_village_no_county(label, body, expected):
    assert _regions(body) == expected
