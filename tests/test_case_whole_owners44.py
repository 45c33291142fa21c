"""Owners a sentence states for a figure named alone (audit sheet 44's most frequent class). How the cases of a counted whole one named body owns fared is that body's (audit 44a#11, 44b#2): a ship named with
`号` or one hospital, its cases counted before `中` or `，其中`, and the outcome named alone in a later clause
(`出院`, `死亡`, `治愈出院`). A place's whole (`全市…例确诊病例中`) or ships as a kind give no owner. Each row is our own
sentence: ALL its facts as (subject, value, indicator). A quoted programme also owns whom it aided and the money it
spent or raised, named alone in a later clause of its `；` group (audit 44b#196: `支出公益资金`)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 5, 17)

CASES = [
    ("a ship's whole before 中, two outcomes",
     "据当地卫生部门16日通报，“海风”号邮轮520例确诊病例中已有470例出院，另有9例死亡。\n",
     [("海风号邮轮确诊病例", 520, None), ("海风号邮轮出院", 470, "covid.cumulative_cured"),
      ("海风号邮轮死亡", 9, "covid.deaths")]),
    ("a ship's whole with 的 and a comma after 中",
     "“银河”号游轮的88例确诊病例中，已有61例出院，另有2例死亡。\n",
     [("银河号游轮确诊病例", 88, None), ("银河号游轮出院", 61, "covid.cumulative_cured"),
      ("银河号游轮死亡", 2, "covid.deaths")]),
    ("a ship's whole then 其中",
     "据通报，“北辰”号邮轮共有230例确诊病例，其中已有175例治愈出院，4例死亡。\n",
     [("北辰号邮轮确诊病例", 230, None), ("北辰号邮轮治愈出院", 175, "covid.cumulative_cured"),
      ("北辰号邮轮死亡", 4, "covid.deaths")]),
    ("a hospital's admitted whole",
     "东江医院收治的45例确诊患者中已有38例治愈出院。\n",
     [("东江医院收治确诊患者", 45, None), ("东江医院治愈出院", 38, None)]),
    # negatives: a place's whole, ships as a kind, people not cases, a measure already named with its owner
    ("a place's whole stays the place's",
     "全市128例确诊病例中已有120例出院。\n",
     [("确诊病例", 128, None), ("出院", 120, "covid.cumulative_cured")]),
    ("ships as a kind",
     "邮轮上的96例确诊病例中，已有80例出院。\n",
     [("邮轮上确诊病例", 96, None), ("出院", 80, "covid.cumulative_cured")]),
    ("a hospital's staff, no cases",
     "东江医院的120名医护人员中，有30人援鄂。\n",
     [("东江医院医护人员", 120, None), ("援鄂", 30, None)]),
    ("an outcome already named with its owner",
     "“海风”号邮轮520例确诊病例中，海风号邮轮出院病例已达470例。\n",
     [("海风号邮轮确诊病例", 520, None), ("海风号邮轮出院病例", 470, "covid.cumulative_cured")]),
    ("another sentence tells another story",
     "“海风”号邮轮共有520例确诊病例。全市已有120例出院。\n",
     [("海风号邮轮确诊病例", 520, None), ("出院", 120, "covid.cumulative_cured")]),
]


PROGRAMMES = [
    ("a quoted programme's aid and spending",
     "“春苗计划”已覆盖12个县，累计资助学生3万人，支出公益资金2亿元。\n",
     [("春苗计划覆盖县", 12, None), ("春苗计划累计资助学生", 30000, None), ("春苗计划支出公益资金", 2e8, None)]),
    ("a foundation's quoted project raising money",
     "去年，东江公益基金会启动“微心愿”项目，募集资金50万元，资助学生800名。\n",
     [("微心愿募集资金", 500000, None), ("微心愿资助学生", 800, None)]),
    # negatives: a quoted campaign in another `；` group, a five-year plan, a place's own aid
    ("money in another group stays bare",
     "今年，全县实施“厕所革命”，改造户厕3000座；投入资金2000万元。\n",
     [("户厕改造", 3000, None), ("投入资金", 2e7, None)]),
    ("a five-year plan owns nothing",
     "“十三五”期间，全县累计投入资金20亿元。\n", [("累计投入资金", 2e9, None)]),
    ("a quoted name of areas is a place",
     "“西部五区”地区地方政府另外资助学生7000人，投入资金1.2亿元。\n",
     [("西部五区地区地方政府另外资助学生", 7000, None), ("投入资金", 1.2e8, None)]),
    ("a place's own aid",
     "全市资助困难学生1.2万人。\n", [("资助困难学生", 12000, None)]),
]


@pytest.mark.parametrize("label,text,expected", CASES + PROGRAMMES)
def test_case_whole_owners44(label, text, expected):
    got = [(f["subject"], f["value"], f["indicator"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(s, pytest.approx(v), i) for s, v, i in expected]
