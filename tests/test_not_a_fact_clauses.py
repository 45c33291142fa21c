"""Precision by abstaining on narrative clauses (audit classes N1, S1): an uncatalogued `other` subject holding a
clause marker — an aspect `了` after a verb, a leading moment, `就`/`才`/`曾` before a verb, a letter written to
someone, a study's sample, an auction — tells a story's particular, not a measure; a clause whose measure is clear
is repaired to it. Each row is our own sentence; the kept rows hold the same characters as parts of words."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

DROPPED = [
    ("aspect le: a cadre's rounds", "工作几年间,跑遍了全县418个自然村,行车5万多公里。", 418),
    ("aspect le: visitors received", "在过去一年里,该研究院接待了来自世界各地的80余人次外国专家。", 80),
    ("aspect le: things fitted", "目前,该国约有210辆配备了雷达和摄像头的自动驾驶汽车在道路上测试。", 210),
    ("moment: recent days", "最近几天又有5家企业上门洽谈入驻。", 5),
    ("moment: just now", "“刚刚在一家超市充值300元,用掉了一半。”", 300),
    ("jiu: sold within half a month", "去年11月,全村举办柚子采摘节,半个月就售出柚子30多万斤。", 300000),
    ("jiu: a rate of a profile", "研究院至今已孵化300家企业,平均一天就能转化3项成果。", 3),
    ("ceng: attempts in history", "我国曾先后3次启动编写这部法典。", 3),
    ("a letter written", "2019年6月,石门村15名老党员给县委书记写信,汇报村里发展茶叶的情况。", 15),
    ("a study's sample", "研究人员选取22个去年冬季的重症病例重新检测。", 22),
    ("a sample recruited", "研究团队招募了120名志愿者,分为两组进行试验。", 120),
    ("an auction", "在花卉交易中心,绿源公司推出的新品种“春晖”拍出约9元一枝的高价。", 9),
]


@pytest.mark.parametrize("name,text,value", DROPPED, ids=[row[0] for row in DROPPED])
def test_clause_subject_is_no_fact(name, text, value):
    values = [f["value"] for f in facts_of(text, MAY)]
    assert value not in values, f"{name}: {value} kept from {text!r}"


KEPT = [
    ("jiuye is a noun", "全年城镇新增就业3.6万人,高校毕业生就业率达92%。", 36000, "城镇新增就业"),
    ("jiuye rate", "全年城镇新增就业3.6万人,高校毕业生就业率达92%。", 92, "高校毕业生就业率"),
    ("rencai is a noun", "今年全市引进高层次人才1200人。", 1200, "引进高层次人才"),
    ("weile is a purpose", "为了增收,全村种植蓝莓600亩。", 600, "种植蓝莓"),
    ("the other side later in the clause", "工作几年间,跑遍了全县418个自然村,行车5万多公里。", 50000, "行车"),
    ("a figure beside a clause", "研究院至今已孵化300家企业,平均一天就能转化3项成果。", 300, "研究院孵化企业"),
    ("once had is a past count", "这个镇曾有1.8万贫困人口、32个贫困村。", 18000, "镇曾贫困人口"),
    ("once had, the next item", "这个镇曾有1.8万贫困人口、32个贫困村。", 32, "贫困村"),
]


@pytest.mark.parametrize("name,text,value,subject", KEPT, ids=[row[0] for row in KEPT])
def test_word_part_is_no_clause_marker(name, text, value, subject):
    subjects = [f["subject"] for f in facts_of(text, MAY) if f["value"] == value]
    assert subjects == [subject], f"{name}: {subjects}"


REPAIRED = [
    ("a change's verb with le and a qualifier",
     "据景区统计,春节假期景区接待游客已达28万人次,比上年同期增加了近6万人次。", 60000, "景区接待游客增加", "approx"),
    ("a rise with le and nearly", "今年一季度,全市客运量已达120万人次,比上年同期增加了近3万人次。", 30000, "客运量增加", "approx"),
    ("a growth with le and nearly", "据统计,博物馆国庆期间接待观众已达12万余人次,比上年同期增长了近2万人次。", 20000,
     "博物馆接待观众增长", "approx"),
    ("a focus jiu before the act", "近年来,县财政就累计投入2.6亿元,用于改善乡村道路。", 2.6e8, "县财政累计投入", "exact"),
    ("a focus jiu before an investment", "去年,区政府就投入1.5亿元,建设社区养老中心。", 1.5e8, "区政府投入", "exact"),
]


@pytest.mark.parametrize("name,text,value,subject,qualifier", REPAIRED, ids=[row[0] for row in REPAIRED])
def test_clause_repaired_to_its_measure(name, text, value, subject, qualifier):
    got = [(f["subject"], f["qualifier"]) for f in facts_of(text, MAY) if f["value"] == value]
    assert got == [(subject, qualifier)], f"{name}: {got}"


@pytest.mark.xfail(strict=True, reason="known gap: a national act told as a clause (`特赦了…共N人`) is a real figure, "
                   "but `了` after an opening verb is read as a story's act and the figure is dropped")
def test_national_act_with_aspect_le_kept():
    text = "经过法定程序,赦免了五类服刑人员共8000人。"
    assert 8000 in [f["value"] for f in facts_of(text, MAY)]


COUNT_THEN_ACT = [
    ("firms that took on", "全省新登记的80万户个体工商户吸纳了大量就业。", 800000),
    ("aid to many countries", "迄今,我国已向90多个国家提供了医疗物资援助。", 90),
]


@pytest.mark.xfail(strict=True, reason="known gap: a count then its act with `了` (`80万户个体工商户吸纳了…`) is read "
                   "as a story's act, like `20名党员给…写信了`, and dropped; syntax alone does not tell the policy figure")
@pytest.mark.parametrize("name,text,value", COUNT_THEN_ACT, ids=[row[0] for row in COUNT_THEN_ACT])
def test_count_then_act_with_aspect_le_kept(name, text, value):
    assert value in [f["value"] for f in facts_of(text, MAY)]
