"""Scopes a sentence states once (round 49): a measure a later clause names bare is of the class of firms or banks,
the trade partner (`对…国家`, `在…沿线国家`, `中非`), the crops, the retail threshold set, the marine economy or the
kind of tourism an earlier clause of the same sentence named before its measure (family_scopes.py; lexicon/owners.toml
`family_scoped_measure`, `family_bare_measure`, `firm_own_measure`, `class_owner_named`, `trade_partner_scope`), and
the urban scope the first item of a `和` list opens with is a later class of firms' too (respective_lists.py,
`list_shared_scope`). Each row is our own sentence: ALL its facts (subject, value)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 20)


def _facts(*pairs):
    return [{"subject": s, "value": v} for s, v in pairs]


CASES = [
    # a class of banks: its loan loss cover and capital ratios named bare after its first measure
    ("a bank class's provision cover after its bad loans",
     "一季度末，商业银行不良贷款余额为2.6万亿元，拨备覆盖率为180.5%。",
     _facts(("商业银行不良贷款余额", 2600000000000), ("商业银行拨备覆盖率", 180.5))),
    ("a bank class's capital ratio after its core tier",
     "去年末，商业银行核心一级资本充足率为10.9%，资本充足率为14.5%。",
     _facts(("商业银行核心一级资本充足率", 10.9), ("商业银行资本充足率", 14.5))),
    # a class of firms: its return rate after its working rate, the place before it left to the region
    ("firms' staff return after their working rate",
     "截至3月底，全省规模以上工业企业平均开工率达98%，人员复岗率达到93%。",
     _facts(("规模以上工业企业平均开工率", 98), ("规模以上工业企业人员复岗率", 93))),
    ("firms' workers back after their resumption rate",
     "目前，全市规上工业企业复工率达96.5%，职工返岗率达91.2%。",
     _facts(("规上工业企业复工率", 96.5), ("规上工业企业职工返岗率", 91.2))),
    ("a park's firms' income and patents across `；`",
     "今年前两个月，园区高新技术企业研发经费总投入12.5亿元；技术收入80亿元；专利申请3200件。",
     _facts(("园区高新技术企业研发经费总投入", 1250000000), ("园区高新技术企业技术收入", 8000000000),
            ("园区高新技术企业专利申请", 3200))),
    ("lenders counted, then their balance",
     "截至6月末，全国正常运营网贷机构300家，借贷余额比年初下降30%。",
     _facts(("正常运营网贷机构", 300), ("正常运营网贷机构借贷余额", -30))),
    # a trade partner with its preposition
    ("trade with a bloc after investment in it",
     "今年前4个月，我国对东盟投资增长10%，贸易额增长5.2%。",
     _facts(("对东盟投资", 10), ("对东盟贸易额", 5.2))),
    ("a country's trade with a group of countries",
     "今年一季度，中国对“一带一路”沿线国家投资增长8.1%，贸易额增长2.5%。",
     _facts(("中国对一带一路沿线国家投资", 8.1), ("中国对一带一路沿线国家贸易额", 2.5))),
    ("contracting turnover in a group of countries",
     "全市在“一带一路”沿线国家新承揽承包工程项目12个，新签合同额9.5亿美元；完成营业额4.2亿美元。",
     _facts(("在一带一路沿线国家新签合同额", 950000000), ("在一带一路沿线国家完成营业额", 420000000))),
    ("two countries' investment after their trade",
     "去年中非双边贸易增长15%，直接投资增长30%。",
     _facts(("中非双边贸易", 15), ("中非直接投资", 30))),
    # crops, a retail threshold set, the marine economy, a kind of tourism
    ("crops' pesticide use after their fertiliser use",
     "我国主要农作物化肥利用率为40.2%，农药利用率为40.6%。",
     _facts(("主要农作物化肥利用率", 40.2), ("主要农作物农药利用率", 40.6))),
    ("retail categories of the threshold set",
     "5月份，限额以上单位家用电器类商品零售额增长8%，通讯器材类商品零售额增长12%。",
     _facts(("限额以上单位家用电器类商品零售额", 8), ("限额以上单位通讯器材类商品零售额", 12))),
    ("the marine economy's industries",
     "全国海洋第一产业增加值4000亿元，第二产业增加值3.2万亿元。",
     _facts(("海洋第一产业增加值", 400000000000), ("海洋第二产业增加值", 3200000000000))),
    ("rural tourism's income after its visitors",
     "国庆期间，全县乡村旅游接待游客20万人次，旅游收入1.5亿元。",
     _facts(("乡村旅游接待游客", 200000), ("乡村旅游收入", 150000000))),
    ("an industry's visitors after its income",
     "去年全市休闲旅游业实现经营收入21亿元，接待游客800万人次。",
     _facts(("休闲旅游业实现经营收入", 2100000000), ("休闲旅游业接待游客", 8000000))),
    # the urban scope a `和` list opens with
    ("urban self-employed after urban private firms",
     "3月份，城镇私营企业和个体工商户就业人数同比分别增长4.2%和5.1%。",
     _facts(("城镇私营企业就业人数", 4.2), ("城镇个体工商户就业人数", 5.1))),
    # an organ's act then its amount named bare (round 59: body_actors)
    ("a regulator's fines after its decisions",
     "去年，证监会作出行政处罚决定300件，罚没款金额100亿元。",
     _facts(("证监会作出行政处罚决定", 300), ("证监会罚没款金额", 10000000000))),
]

NEGATIVES = [
    # a threshold set that is part of its measure's name carries to no other measure
    ("a place's investment after its industry's value added",
     "全市规模以上工业增加值增长6%，固定资产投资增长9%。",
     _facts(("规模以上工业增加值", 6), ("固定资产投资", 9))),
    # a place's own rate is no firm's
    ("a forest cover after firms' profit",
     "全年全市规上工业企业利润增长5%，森林覆盖率达到45%。",
     _facts(("规上工业企业利润", 5), ("森林覆盖率", 45))),
    ("a forest cover after firms counted",
     "全市有高新技术企业300家，森林覆盖率达到60%。",
     _facts(("高新技术企业", 300), ("森林覆盖率", 60))),
    # residents' spending keeps the residents, no bare urban scope
    ("residents' spending in a list",
     "城镇居民人均可支配收入和人均消费支出分别增长5%和4%。",
     _facts(("城镇居民人均可支配收入", 5), ("城镇居民人均消费支出", 4))),
    # firms newly come in, counted: whose revenue follows is not said
    ("revenue after firms newly settled",
     "去年，园区新入驻企业86户，营业总收入310亿元。",
     _facts(("园区新入驻企业", 86), ("营业总收入", 31000000000))),
    ("a tourism total of a place keeps its name",
     "2019年，全县接待游客300万人次，实现旅游收入25亿元。",
     _facts(("接待游客", 3000000), ("旅游收入", 2500000000))),
]

GAPS = [
    # a scope written in a count's noun (`地面公交线路`) is not carried to a later measure
    ("a transit kind counted before its passengers",
     "全市共有地面公交线路1100条，年客运量32亿人次。",
     _facts(("地面公交线路", 1100), ("地面公交年客运量", 3200000000))),
]

ROWS = CASES + NEGATIVES + [pytest.param(*g, marks=pytest.mark.xfail(strict=True, reason="known gap")) for g in GAPS]


@pytest.mark.parametrize("label,text,expected", ROWS)
def test_scope49(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
