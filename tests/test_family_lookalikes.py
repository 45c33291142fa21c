"""Figures that look like a family's indicator and are not: the catalog gives them no family indicator.

A court's or a procuratorate's intake is no hotline's (`受理` alone names any office's intake); general,
refinancing or all local bonds and a stock of debt are no special bonds; a country's direct investment abroad and
its stock are outward investment, not investment completed (a neighbour below); cases of another epidemic (Ebola) are no covid figures; a
hotline's words far away in a run-on report make no share of it a hotline's; patients some hospitals admitted are no
cumulative confirmed count; a grant's arrived money is no attracted investment; a laboratory's or research project is
no investment project; a sum that adds other bonds is no special bonds. Each row also says the neighbour that must
keep its indicator.
"""

import pytest
from factcase import facts_of

# a report run together into one paragraph: sentences of our own without figures, about 1,400 characters
_RUN_ON = "各校加强资助政策宣传，确保每名困难学生都知晓并享受到政策。" * 50

# (sentence, the value that must get no indicator of the family, the family)
LOOKALIKES = [
    ("去年,全省法院共受理各类民事案件52.3万件,审结50.1万件。", 523000, "hotline"),
    ("截至去年底,该互联网法院共受理网络纠纷案件8600余件。", 8600, "hotline"),
    ("今年一季度,全国检察机关共收到群众信访23万件,7日内全部回复。", 230000, "hotline"),
    ("政务服务大厅设有近40个受理窗口,群众办事不再排长队。", 40, "hotline"),
    ("围绕这件重点提案,开展5次督办调研。", 5, "hotline"),
    ("截至5月底,全省发行地方债券820亿元,其中新增债券610亿元,再融资债券210亿元。", 82000000000, "investment"),
    ("截至5月底,全省发行地方债券820亿元,其中新增债券610亿元,再融资债券210亿元。", 21000000000, "investment"),
    ("新增债券中,一般债券发行380亿元。", 38000000000, "investment"),
    ("2019年末,地方政府专项债务余额8.2万亿元,控制在限额以内。", 8200000000000, "investment"),
    ("全年为用户节约用电投资12.6亿元。", 1260000000, "investment"),
    ("2014年抗击埃博拉疫情期间,援外医疗队收治疑似患者600余例(确诊210例)。", 210, "covid"),
    ("两家方舱医院累计收治确诊患者3100人,治愈出院2900人。", 3100, "covid"),
    ("该省开通学生资助热线电话。" + _RUN_ON + "从区域看,西部地区资助资金40亿元,占31.3%。", 31.3, "hotline"),
    ("各县将贷款受理点下沉至乡镇,西部地区资助资金40亿元,占31.3%。", 31.3, "hotline"),
    ("全省普通高中国家助学金到位资金共计12.6亿元。", 1260000000, "investment"),
    ("今年县里扶贫专项到位资金8000万元,全部用于产业帮扶。", 80000000, "investment"),
    ("她主持省级重点实验项目3项,发表论文5篇。", 3, "investment"),
    ("该团队承担重点科研项目4项。", 4, "investment"),
    ("今年新增专项债券3000亿元,再加上部分国债,有4000亿元的规模。", 400000000000, "investment"),
]

# the same words where they do name the family's indicator
NEIGHBOURS = [
    ("本周共受理市民来电和其他平台留言2150件。", 2150, "hotline.contacts_total"),
    ("今年全省发行地方政府专项债券260亿元。", 26000000000, "investment.special_bonds"),
    ("1—9月,全市完成固定资产投资320亿元。", 32000000000, "investment.completed"),
    ("去年我国非金融类境外直接投资980亿美元。", 98000000000, "investment.outward"),
    ("截至去年底,我国对拉美直接投资存量超过300亿美元。", 30000000000, "investment.outward"),
    ("去年,中国对老挝投资超过5亿美元。", 500000000, "investment.outward"),
    ("截至目前,该省获得财政部下达今年提前批新增专项债务限额420亿元。", 42000000000, "investment.special_bonds"),
    ("截至4月30日24时,全省累计报告确诊病例1268例。", 1268, "covid.cumulative_confirmed"),
    ("1—5月,全市招商引资到位资金150亿元。", 15000000000, "investment.attracted"),
    ("今年全县新开工重点项目32个。", 32, "investment.projects"),
    (_RUN_ON + "本周市民热线共接到来电3200件,其中噪声扰民类1100件,占34.4%。", 34.4, "hotline.category_share"),
]


@pytest.mark.parametrize("text,value,family", LOOKALIKES, ids=[f"{c[1]}-{c[2]}" for c in LOOKALIKES])
def test_a_lookalike_gets_no_family_indicator(text, value, family):
    same = [f for f in facts_of(text) if abs(f["value"] - value) < 1e-6]
    assert all(f["family"] != family and not (f["indicator"] or "").startswith(family) for f in same), same


@pytest.mark.parametrize("text,value,indicator", NEIGHBOURS, ids=[c[2] for c in NEIGHBOURS])
def test_the_neighbour_keeps_its_indicator(text, value, indicator):
    assert any(abs(f["value"] - value) < 1e-6 and f["indicator"] == indicator for f in facts_of(text))
