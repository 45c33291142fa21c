"""A scope word an earlier clause of a sentence writes before a measure carries to a measure of the same family a
later clause names bare, a class of firms' own measures and the import's or export's trade costs among them
(extractors/family_scopes.py; lexicon/owners.toml `family_scoped_measure`,
`family_bare_measure`); a bank's card count is the bank's (lexicon `firm_measure_head`)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # film: the box office's scope carries to the audience across `；`
    ("春节档全国电影票房达32.1亿元，同比增长12.5%；观众达到8200万人次，同比增长9.8%。",
     [("other", "电影票房", 3210000000), ("growth_rate", "电影票房", 12.5),
      ("other", "电影观众", 82000000), ("growth_rate", "电影观众", 9.8)]),
    ("暑期档电影市场票房突破90亿元，观众2.4亿人次。",
     [("other", "暑期档电影市场票房", 9000000000), ("other", "电影观众", 240000000)]),
    # express: volume, then revenue and its shares
    ("2月份，全国快递服务企业业务量完成38.6亿件，同比增长11.2%；业务收入完成512.4亿元，同比增长14.3%。",
     [("other", "快递服务企业业务量", 3860000000), ("growth_rate", "快递服务企业业务量", 11.2),
      ("other", "快递业务收入", 51240000000), ("growth_rate", "快递业务收入", 14.3)]),
    ("3月份，邮政行业业务收入完成820亿元，业务量完成62亿件。",
     [("other", "邮政行业业务收入", 82000000000), ("other", "邮政业务量", 6200000000)]),
    # transport: a county's road passengers, then its freight
    ("全年公路汽车客运量185.2万人，货运量2100万吨，货运周转量210000万吨公里。",
     [("other", "公路汽车客运量", 1852000), ("other", "公路货运量", 21000000),
      ("other", "公路货运周转量", 2100000000)]),
    # bonds: new bonds issued named before `其中` own each kind after it, across `；`
    ("新增债券发行完成中央提前下达额度（19800亿元）的61.2%，其中一般债券4120亿元；专项债券8012亿元。",
     [("other", "新增一般债券发行", 412000000000), ("investment", "新增专项债券发行", 801200000000)]),
    # the early batch's quota keeps its batch
    ("据统计，龙岩市共成功申报2021年提前批专项债项目18个，项目总投资320.5亿元，专项债券额度21.6亿元。",
     [("other", "成功申报提前批专项债项目", 18), ("investment", "成功申报提前批专项债项目总投资", 32050000000),
      ("investment", "提前批专项债券额度", 2160000000)]),
    # a power grid with the poor areas it serves: its reliability's owner carries to its voltage rate
    ("改造完成后，“两州一县”及深度贫困地区农网供电可靠率达到99.8%，综合电压合格率达到99.5%。",
     [("other", "两州一县及深度贫困地区农网供电可靠率", 99.8),
      ("other", "两州一县及深度贫困地区农网综合电压合格率", 99.5)]),
    ("全市农网供电可靠率99.9%，比上年提高0.2个百分点；电压合格率99.7%。",
     [("other", "农网供电可靠率", 99.9), ("growth_rate", "农网供电可靠率", 0.2), ("other", "农网电压合格率", 99.7)]),
    # residents: the scope of a per-capita measure carries to a later per-capita measure named bare, across `；`
    ("2020年，农村居民人均肉类消费量21.5公斤，比2000年增长38%；人均水产品消费量8.1公斤，比2000年增长1.2倍。",
     [("other", "农村居民人均肉类消费量", 21.5), ("growth_rate", "农村居民人均肉类消费量(比2000年)", 38),
      ("other", "农村居民人均水产品消费量", 8.1), ("growth_rate", "农村居民人均水产品消费量(比2000年)", 1.2)]),
    ("全年城镇常住居民人均可支配收入41200元，人均消费支出26800元，人均住房建筑面积39.8平方米。",
     [("other", "城镇常住居民人均可支配收入", 41200), ("other", "城镇常住居民人均消费支出", 26800),
      ("other", "城镇常住居民人均住房建筑面积", 39.8)]),
    # firms: a class of firms named before one of their own measures owns the ones later clauses name bare
    ("2020年，全市86家“中华老字号”规上企业营业收入增长5.2%，利润增长3.8%。",
     [("other", "中华老字号规上企业", 86), ("growth_rate", "中华老字号规上企业营业收入", 5.2),
      ("growth_rate", "中华老字号规上企业利润", 3.8)]),
    ("6月末，中央企业平均资产负债率为64.2%；带息负债比率37.5%，同比下降0.9个百分点。",
     [("other", "中央企业平均资产负债率", 64.2), ("other", "中央企业带息负债比率", 37.5),
      ("growth_rate", "中央企业带息负债比率", -0.9)]),
    ("上半年，高新区企业共申请专利8200件；获得专利授权5100件，其中发明专利授权量1300件。",
     [("other", "高新区企业申请专利", 8200), ("other", "高新区企业获得专利授权", 5100),
      ("other", "高新区企业发明专利授权量", 1300)]),
    # trade: the import's or the export's border and documents costs, each in its own `；` group
    ("跨境贸易进口边境合规时间压缩至30小时，单证合规费用降为80美元；出口单证合规时间降至5小时，边境合规费用降为260美元。",
     [("other", "跨境贸易进口单证合规费用", 80), ("other", "出口边境合规费用", 260)]),
    # a bank's cards issued are the bank's, as its loans are
    ("截至2020年末，建设银行县域贷款余额突破2万亿元，农户贷款达到8000亿元，裕农卡发卡量1.2亿张。",
     [("other", "建设银行县域贷款余额", 2000000000000), ("other", "建设银行农户贷款", 800000000000),
      ("other", "建设银行裕农卡发卡量", 120000000)]),
]

NEGATIVES = [
    # another sentence's scope never carries
    ("全市电影票房3.2亿元。观众达到500万人次。", [("other", "电影票房", 320000000), ("other", "观众", 5000000)]),
    # an audience with no film named before it
    ("昨晚的直播活动吸引了20万名观众在线观看。", []),  # nor the bare `观众` of one event: no fact (bare_names.py)
    # a scope listed with others is no one scope
    ("全国铁路、公路、水路客运量分别增长3%、4%和5%，货运量增长6.1%。",
     [("growth_rate", "铁路客运量", 3), ("growth_rate", "公路客运量", 4), ("growth_rate", "水路客运量", 5),
      ("growth_rate", "货运量", 6.1)]),
    # a voltage rate with no grid named before it
    ("全区供电可靠率99.9%，综合电压合格率99.6%。", [("other", "供电可靠率", 99.9), ("other", "综合电压合格率", 99.6)]),
    # two residents' scopes before a bare per-capita measure: whose it is is not told; a country's output per head
    ("全年城镇居民人均可支配收入41200元，农村居民人均可支配收入18900元，人均消费支出21500元。",
     [("other", "城镇居民人均可支配收入", 41200), ("other", "农村居民人均可支配收入", 18900),
      ("other", "人均消费支出", 21500)]),
    ("全年农村居民人均可支配收入18900元，人均地区生产总值8.6万元。",
     [("other", "农村居民人均可支配收入", 18900), ("other", "人均地区生产总值", 86000)]),
    # a class of firms inside a list is no one class; a measure a place keeps too is not the firms'
    ("全市国有和民营企业营业收入增长6%，利润增长4%。",
     [("growth_rate", "国有和民营企业营业收入", 6), ("growth_rate", "利润", 4)]),
    ("全市规上工业企业营业收入增长6%，税收增长4%。",
     [("growth_rate", "规上工业企业营业收入", 6), ("growth_rate", "税收", 4)]),
    # a border cost with no trade way named in its `；` group stays bare
    ("进口单证费用降为70美元；边境费用降为300美元。",
     [("other", "进口单证费用", 70), ("other", "边境费用", 300)]),
    # new bonds issued with no parts after them own no later bond
    ("今年共发行新增债券1.2万亿元，专项债券8000亿元。",
     [("other", "发行新增债券", 1200000000000), ("investment", "专项债券", 800000000000)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_family_scope(text, expected):
    assert named_values(text) == expected
