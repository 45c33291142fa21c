"""A firm carried from an earlier sentence (carried_owners, lexicon/owners.toml `firm_*`, `carried_act_opening`): a
clause that points back at the firm (`该行`, `公司`) or a sentence with no actor right after one the firm opens owns
the measure a firm keeps of itself named alone, and so does a part after `其中` of a whole the firm owns; the firm's figure is never the paper's whole country. Sentences
are our own; each row: text, {value: (subject, region)} for every fact of the text."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # an anaphor opening the figure's sentence, one firm named before it in the paragraph
    ("南岭银行近日发行小微企业专项债券。截至2021年末，该行小微企业贷款客户6.2万户。",
     {62_000: ("南岭银行小微企业贷款客户", None)}),
    # the firm's figure: not the paper's whole country, nor the place the paragraph opened with (`位于湖州的…`)
    ("位于湖州的东升集团里，厂房整齐。公司拥有3200多名外籍员工。", {3200: ("东升集团外籍员工", None)}),
    # the share of such a measure, named after it in brackets, is the firm's too
    ("位于湖州的东升集团里，厂房整齐。公司拥有3200多名外籍员工，占员工比达30%。",
     {3200: ("东升集团外籍员工", None), 30: ("东升集团外籍员工(占员工)", None)}),
    # the bonds a bank underwrote, a later part of its whole after `其中`
    ("南岭银行东江分行加大支持力度，累计发放贷款90亿元，其中投放小微企业贷款60亿元，承销疫情防控债券12亿元。",
     {9_000_000_000: ("南岭银行累计发放贷款", None), 6_000_000_000: ("南岭银行东江分行投放小微企业贷款", None),
      1_200_000_000: ("南岭银行东江分行承销疫情防控债券", None)}),
    ("东江汽车分公司是一家整车企业。在当地政府推动下，公司今年配套产值约12亿元。",
     {1_200_000_000: ("东江汽车分公司配套产值", None)}),
    ("东江汽车分公司是一家整车企业。去年，该公司实现销售收入12亿元。", {1_200_000_000: ("东江汽车分公司实现销售收入", None)}),
    # a sentence with no actor after the one the firm opens: an act, or its measure after a time
    ("此外，汉口农商行与各区政府合作，建立担保基金池。推出创业担保贷款，累计发放贷款12亿元。",
     {1_200_000_000: ("汉口农商行累计发放贷款", None)}),
    ("为降低融资成本，南岭省农信联社对民营企业实行差别化定价。2021年上半年，民营企业贷款平均执行利率比上年下降0.35个百分点。",
     {-0.35: ("南岭省农信联社民营企业贷款平均执行利率", None)}),
    # after a cause opening the firm's sentence and a sub-heading line; a foreign brand with its country; `在华` says
    # where the firm acts, not whose the figure is
    ("拓展市场，与产业同步发展\n　　随着国内需求的变化，韩国三星及时调整布局，向技术密集型转变。截至2020年底，在华累计投资310亿美元。",
     {31_000_000_000: ("韩国三星在华累计投资", None)}),
    # a part after `其中` of a whole the firm owns: the paragraph's firm, or the firm naming the whole
    ("随着国内需求的变化，韩国三星及时调整布局。截至2020年底，在华累计投资310亿美元，其中，高端制造投资220亿美元。",
     {31_000_000_000: ("韩国三星在华累计投资", None), 22_000_000_000: ("韩国三星高端制造投资", None)}),
    ("截至2020年末，西岭集团在华累计投资86亿美元，其中，研发中心投资12亿美元。",
     {8_600_000_000: ("西岭集团在华累计投资", None), 1_200_000_000: ("西岭集团研发中心投资", None)}),
    ("此外，汉口农商行与各区政府合作，建立担保基金池。今年以来，累计发放贷款120亿元，其中，创业担保贷款18亿元。",
     {12_000_000_000: ("汉口农商行累计发放贷款", None), 1_800_000_000: ("汉口农商行创业担保贷款", None)}),
]

NOT_OWNED = [
    # a place or a scope word in the figure's sentence; two firms before the anaphor; a measure no firm keeps
    ("此外，汉口农商行与各区政府合作，建立担保基金池。全市累计发放贷款120亿元。", {12_000_000_000: ("累计发放贷款", None)}),
    ("东升集团与西岭公司签约合作。公司拥有3200多名外籍员工。", {3200: ("公司外籍员工", None)}),
    ("南岭省农信联社对民营企业实行差别化定价。2021年，居民人均可支配收入增长8.2%。", {8.2: ("居民人均可支配收入", None)}),
    ("南岭银行行长张明说，要加大支持力度。推出创业担保贷款，累计发放贷款12亿元。", {1_200_000_000: ("累计发放贷款", None)}),
    ("随着国内需求的变化，东升集团调整布局。截至2020年底，我国累计投资310亿美元。", {31_000_000_000: ("累计投资", "全国")}),
    # a whole of a place or of a kind of firm: its parts take no firm
    ("随着国内需求的变化，东升集团调整布局。截至2020年底，全省累计投资310亿美元，其中，高端制造投资220亿美元。",
     {31_000_000_000: ("累计投资", None), 22_000_000_000: ("高端制造投资", None)}),
    ("截至2020年末，各银行各项贷款余额3000亿元，其中，小微企业贷款800亿元。",
     {300_000_000_000: ("各银行各项贷款余额", None), 80_000_000_000: ("小微企业贷款", None)}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_carried_firm(text, expected):
    got = {float(f["value"]): (f["subject"], f["region"]) for f in facts_of(text)}
    assert got == {float(k): v for k, v in expected.items()}  # every fact, no extra one
