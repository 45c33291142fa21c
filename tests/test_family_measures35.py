"""Figures filed under the measure they are (audit sheet 35): words that only look like a catalog measure's
(`债券投资`, `文化投资运营`, a debt swap's `到位资金`, `未来电商`'s 来电), a day's zero of deaths, a projected effect
(`可使`) and a plan (`将推进`), and the measure a figure names (projects, not their land; a share's change in points;
a ratio to last year's level; a long noun said to be all cured)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2020, 5, 20)

FAMILIES = [
    # a financial holding bought is no fixed asset built; an industry named after investing earns, it invests nothing
    ("前三季度，全国银行业新增债券投资3.2万亿元。",
     [{"value": 3200000000000, "family": "other", "indicator": None, "subject": "银行业新增债券投资"}]),
    ("今年以来，保险机构股权投资余额达到8000亿元。",
     [{"value": 800000000000, "family": "other", "indicator": None, "subject": "保险机构股权投资余额"}]),
    ("九个行业中，文化投资运营380亿元，增长2%。",
     [{"value": 38000000000, "family": "other", "indicator": None},
      {"value": 2, "family": "growth_rate", "indicator": None}]),
    # the neighbours keep theirs
    ("全年完成固定资产投资1200亿元。",
     [{"value": 120000000000, "family": "investment", "indicator": "investment.completed"}]),
    # a debt swap's funds that arrived were brought in by no investor; a place's drawn-in money was
    ("银行业稳妥推进市场化债转股，到位资金已超过9000亿元。",
     [{"value": 900000000000, "family": "other", "indicator": None, "subject": "到位资金"}]),
    ("今年以来，全县新签约项目32个，到位资金46亿元。",
     [{"value": 32, "indicator": "investment.projects"},
      # the money that arrived right after the projects counted is theirs (measure_owners: counted_measure)
      {"value": 4600000000, "indicator": "investment.attracted", "subject": "新签约项目到位资金"}]),
    ("全年协议引资85.6亿元，实际到位资金41亿元。",
     [{"value": 8560000000, "indicator": "investment.contracted"},
      {"value": 4100000000, "indicator": "investment.attracted", "subject": "实际到位资金"}]),
    # `无死亡病例` closing a day's list of new counts is that day's zero; after a running total it is the deaths so far
    ("当日新增确诊病例3例，均为境外输入病例；新增治愈出院病例15例；无死亡病例。",
     [{"value": 3, "indicator": "covid.new_confirmed"}, {"value": 15, "indicator": "covid.new_cured"},
      {"value": 0, "indicator": "covid.new_deaths", "subject": "新增死亡病例"}]),
    ("当日新增确诊病例2例，目前无死亡病例。",
     [{"value": 2, "indicator": "covid.new_confirmed"}, {"value": 0, "indicator": "covid.deaths"}]),
    ("至此，该国确诊的86例患者已全部治愈，无死亡病例。",
     [{"value": 86, "indicator": None}, {"value": 0, "indicator": "covid.deaths", "subject": "死亡病例"}]),
    # `未来电商` holds no hotline's `来电`: a retail share is no category of contacts
    ("数据显示，目前电商销售额仅占该国零售业销售总额的9%，未来电商仍有很大开拓空间。",
     [{"value": 9, "family": "other", "indicator": None, "subject": "电商销售额占比"}]),
    ("本周12345热线共受理诉求1000件，其中咨询类占35%。",
     [{"value": 1000, "indicator": "hotline.contacts_total"},
      {"value": 35, "indicator": "hotline.category_share", "subject": "咨询"}]),
]


@pytest.mark.parametrize("text, expected", FAMILIES, ids=[t for t, _ in FAMILIES])
def test_the_figure_is_filed_under_what_it_measures(text, expected):
    assert_exactly(text, expected, DAY)


STATUSES = [
    # what an act could bring (`可使`) is a projection, for the figures within its reach; a plan *fully* carried out
    # (`全面实施可使`) is a modelled scenario, no fact at all (round 43: audit 43b#110, tests/test_trade43.py)
    ("研究报告显示，该政策实施后可使全球贸易增加5.5%，全球收入增加1.2%。",
     [{"value": 5.5, "status": "estimate"}, {"value": 1.2, "subject": "收入", "status": "estimate"}]),
    ("该设备投用后，可使旅客排队时间缩短30%。", [{"value": 30, "status": "estimate"}]),
    ("可使用面积达到1200平方米。", [{"value": 1200, "subject": "使用面积", "status": "actual"}]),
    # `将` with a plan's broad verb opens what is to be done; `将` as 把 before a noun made of one does not
    ("今年，全区将推进背街小巷整治，新建社区公园12处。",
     [{"value": 12, "subject": "新建社区公园", "status": "target"}]),
    ("今年，全市将利用腾退空间增绿，新建口袋公园30处、城市森林8处。",
     [{"value": 30, "status": "target"}, {"value": 8, "status": "target"}]),
]


@pytest.mark.parametrize("text, expected", STATUSES, ids=[t for t, _ in STATUSES])
def test_a_projection_and_a_plan_are_no_actuals(text, expected):
    assert_exactly(text, expected, DAY)


MEASURES = [
    # the land secured for projects is counted in projects
    ("2019年，全省重点保障58个产业项目用地。",
     [{"value": 58, "indicator": "investment.projects", "subject": "重点保障产业项目"}]),
    # points right after a share are the share's change, named as the share is
    ("前三季度，全市民营企业贷款新增1200亿元，占全部企业贷款增量的38.5%，同比提高2.3个百分点。",
     [{"value": 120000000000, "subject": "民营企业贷款新增"},
      {"value": 38.5, "subject": "民营企业贷款新增(占全部企业贷款增量)"},
      {"value": 2.3, "subject": "民营企业贷款新增(占全部企业贷款增量)"}]),
    ("全年服务业增加值1200亿元，占地区生产总值比重达52.3%，比上年提高0.8个百分点。",
     [{"value": 120000000000, "subject": "服务业增加值"},
      {"value": 52.3, "subject": "服务业增加值(占地区生产总值比重)"},
      {"value": 0.8, "subject": "服务业增加值(占地区生产总值比重)"}]),
    # a gap named with its other whole stays the gap, after a share too; points after a growth rate stay the rate's
    ("全市GDP增长6.5%，占全省的比重为12%，增速高于全省0.5个百分点。",
     [{"value": 6.5, "subject": "GDP"}, {"value": 12, "subject": "GDP(占全省的比重)"},
      {"value": 0.5, "subject": "GDP(高于全省)"}]),
    ("2019年，全市规模以上工业增加值增长8.5%，比上年加快1.2个百分点。",
     [{"value": 8.5, "subject": "规模以上工业增加值"}, {"value": 1.2, "subject": "规模以上工业增加值增速"}]),
    # a percentage of last year's level is a ratio to it, not the level
    ("4月，全省规上工业企业日均用电量达到去年同期的98.2%。",
     [{"value": 98.2, "subject": "规上工业企业日均用电量(相当于去年同期)"}]),
    ("4月份全省用电量为上年同期的95%。", [{"value": 95, "subject": "用电量(相当于去年同期)"}]),
    ("4月，全市交通固定资产投资完成120亿元，恢复到去年同期的93.3%。",
     [{"value": 12000000000, "subject": "交通固定资产投资"}, {"value": 93.3, "subject": "交通固定资产投资恢复程度"}]),
    # the rates told right after a `其中` part's figures are the part's, named as the part's levels are
    ("年末，该行小微企业贷款客户6万户，贷款余额2000亿元，其中普惠型小微企业贷款客户4万户，贷款余额900亿元，同比分别增长20%、15%。",
     [{"value": 60000, "subject": "该行小微企业贷款客户"}, {"value": 200000000000, "subject": "贷款余额"},
      {"value": 40000, "subject": "普惠型小微企业贷款客户"}, {"value": 90000000000, "subject": "普惠型贷款余额"},
      {"value": 20, "subject": "普惠型小微企业贷款客户"}, {"value": 15, "subject": "普惠型贷款余额"}]),
    ("今年春运，全港共运送旅客85万人次、车辆12万台次，其中出港车辆6.1万台次、旅客43万人次，分别增长5%、8%。",
     [{"value": 850000, "subject": "全港运送旅客"}, {"value": 120000, "subject": "车辆"},
      {"value": 61000, "subject": "出港车辆"}, {"value": 430000, "subject": "出港旅客"},
      {"value": 5, "subject": "出港车辆"}, {"value": 8, "subject": "出港旅客"}]),
    # a long noun said all to be cured is what the count counts, not the count before's
    ("迄今，全市12例境外确诊病例及累计30例境外输入无症状感染者已全部治愈出院。",
     [{"value": 12, "subject": "境外确诊病例"}, {"value": 30, "subject": "累计境外输入无症状感染者"}]),
]


@pytest.mark.parametrize("text, expected", MEASURES, ids=[t for t, _ in MEASURES])
def test_the_subject_names_the_measure_of_the_number(text, expected):
    assert_exactly(text, expected, DAY)
