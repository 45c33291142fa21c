"""Scope of a counted set, round 47: a figure that measures a part of a set, or that set's amount or progress, names
the set's scope. (a) a part told by its own kind of things that an act defines (`开复工项目…，其中基础设施项目…`,
`接待游客…，其中过夜游客…`, `上云企业…，其中制造业企业…`) takes the act; (b) a count's things before `中，`
(`600个开复工项目中，产业类项目…`) are a whole like one before `其中`; (c) trade with one partner told as `对X贸易` owns its
imports and exports; (d) an amount the cases just counted came to (`…案件3万件，执行到位金额…`) and a progress rate after
works counted at that stage (`…已完工2.1万户，竣工率…`) are those cases' and works'. Each row is our own text: ALL its
facts (value, subject)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 23)
HEAD = "某省经济运行情况\n　　"

CASES = [
    # (b) a count's things before 中， are the whole its parts are told of
    ("parts of projects counted before 中", HEAD + "今年以来，600个开复工项目中，产业类项目300个，工业项目120个。\n",
     [(600, "开复工项目"), (300, "开复工产业类项目"), (120, "开复工工业项目")]),
    ("a part after 当中", HEAD + "东江市500个开复工项目当中，民生类项目150个。\n",
     [(500, "东江市开复工项目"), (150, "开复工民生类项目")]),
    ("a size part and a kind part before 中", HEAD + "今年以来，600个开复工项目中，20亿元以上项目80个，产业类项目300个。\n",
     [(600, "开复工项目"), (80, "20亿元以上开复工项目"), (300, "开复工产业类项目")]),
    ("a kind of the projects signed, told before 中", HEAD + "东江市2019年签约的120个项目中，外资项目30个。\n",
     [(120, "东江市签约项目"), (30, "签约外资项目")]),
    # (a) a part told by its own kind of the things an act defines
    ("a kind of the projects that started", HEAD + "今年一季度，全市开复工项目450个，其中基础设施项目90个。\n",
     [(450, "开复工项目"), (90, "开复工基础设施项目")]),
    ("a kind of the visitors received", HEAD + "2019年，温江区接待游客1200万人次，其中过夜游客200万人次。\n",
     [(12000000, "接待游客"), (2000000, "接待过夜游客")]),
    ("a kind of the firms on the cloud", HEAD + "目前，全省上云企业已达1.5万户，其中制造业企业5000户。\n",
     [(15000, "上云企业"), (5000, "上云制造业企业")]),
    ("a kind of the firms a clause defines", HEAD + "目前，全镇经营电器的企业超过8000家，其中规模以上企业300家。\n",
     [(8000, "经营电器的企业"), (300, "经营电器的规模以上企业")]),
    ("a kind of the workers a clause defines", HEAD + "今年，全市参加培训的农民工3万人，其中女性农民工1万人。\n",
     [(30000, "参加培训的农民工"), (10000, "参加培训的女性农民工")]),
    # (c) trade with one partner
    ("imports of trade with Africa", HEAD + "2018年中国对非贸易增长15%，其中进口增长25%。\n",
     [(15, "中国对非贸易"), (25, "中国对非进口")]),
    ("exports of trade with Latin America that grew against the trend",
     HEAD + "2019年我国对拉美贸易逆势增长12%，其中出口增长9%。\n",
     [(12, "对拉美贸易"), (9, "对拉美出口")]),
    ("exports of trade with ASEAN", HEAD + "前三季度，我国对东盟贸易额达4000亿美元，其中出口2200亿美元。\n",
     [(400000000000, "对东盟贸易额"), (220000000000, "对东盟出口")]),
    # (d) the amount of the cases counted, the progress of the works counted
    ("the money the cases executed recovered", HEAD + "集中执行期间，全省法院执结涉民生案件3万件，执行到位金额18亿元。\n",
     [(30000, "法院涉民生案件执结"), (1800000000, "涉民生案件执行到位金额")]),
    ("a completion rate after works completed", HEAD + "截至6月底，全省农村危房改造已完工2.1万户，竣工率达91%。\n",
     [(21000, "农村危房改造完工"), (91, "农村危房改造竣工率")]),
    ("a restart rate after workshops restarted", HEAD + "截至目前，全县扶贫车间开工复工58家，复工率76%。\n",
     [(58, "扶贫车间开工复工"), (76, "扶贫车间复工率")]),
    # negatives: parts that are the whole's own classes, a pair of partners, a rate of people, a count of no things
    ("a bulletin's severe cases stay as they are", HEAD + "截至5月2日24时，全省现有确诊病例53例，其中重症病例3例。\n",
     [(53, "现有确诊病例"), (3, "重症病例")]),
    ("urban recipients of urban and rural aid", HEAD + "截至9月底，全省共有城乡低保对象460万人，其中，城市低保对象100万人。\n",
     [(4600000, "城乡低保对象"), (1000000, "城市低保对象")]),
    ("kinds of cases accepted, then all cases concluded",
     HEAD + "截至2019年6月，西江县人民法院已受理各类案件1500件，其中刑事案件600件、民事案件900件，已审结1400件。\n",
     [(1500, "西江县人民法院受理各类案件"), (600, "刑事案件"), (900, "民事案件"), (1400, "审结")]),
    ("a clause too long to name a part lends nothing",
     HEAD + "全年累计获省级检验检测机构资质认定的机构1500个。其中，法定计量技术机构300个。\n",
     [(300, "法定计量技术机构")]),
    ("a grade of zones of a set no act defines", HEAD + "全省共有开发区120家，其中国家级开发区20家。\n",
     [(120, "开发区"), (20, "国家级开发区")]),
    ("trade between two countries names no side", HEAD + "2018年中美贸易额增长8%，其中进口增长5%。\n",
     [(8, "中美贸易额"), (5, "进口")]),
    ("an insurance rate after people eligible", HEAD + "截至目前，全县符合参保人数30万人已全部参保，参保率100%。\n",
     [(300000, "符合参保人数"), (100, "参保率")]),
    ("the money after a count that names no cases", HEAD + "2019年，全省法院执结95万件，执行到位金额1500亿元。\n",
     [(950000, "法院执结"), (150000000000, "执行到位金额")]),
    ("a part picked by its own act stays", HEAD + "120所学校中，已有96所完成改造。\n",
     [(120, "学校"), (96, "完成改造的学校")]),
    ("a size part keeps the whole's kind", HEAD + "今年以来，开复工项目760个，其中20亿元以上项目85个。\n",
     [(760, "开复工项目"), (85, "20亿元以上开复工项目")]),
]

GAPS = [
    # a size part after `；` once a nested `其中` made a share the whole: the set's act is not carried
    ("a size part after a nested whole",
     HEAD + "600个开复工项目中，产业类项目300个，占比50%，其中工业项目120个；10亿元以上项目80个。\n",
     [(600, "开复工项目"), (300, "开复工产业类项目"), (50, "开复工产业类项目占比"), (120, "开复工工业项目"),
      (80, "10亿元以上开复工项目")]),
    # a part told only by its act after a whole a clause defines
    ("people lifted out of poverty among those covered",
     HEAD + "截至2019年底，全国共有1800万建档立卡贫困人口纳入低保，其中有1600万人脱贫。\n",
     [(18000000, "纳入低保的建档立卡贫困人口"), (16000000, "纳入低保的建档立卡贫困人口脱贫")]),
]


def _expect(rows):
    return [{"value": v, "subject": s} for v, s in rows]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_scope47(name, text, expected):
    assert_exactly(text, _expect(expected), PUBLISHED)


@pytest.mark.parametrize("name,text,expected", GAPS, ids=[g[0] for g in GAPS])
@pytest.mark.xfail(strict=True, reason="known gap")
def test_scope47_gaps(name, text, expected):
    assert_exactly(text, _expect(expected), PUBLISHED)
