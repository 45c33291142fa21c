"""Subjects that keep the measure qualifier that changes what a number means (audit class S3c): a per-unit average
keeps its 均 (`户均增收`, never `户增收`), and one alone names nothing (`达到人均1.16亩`: per head of what); a
qualifier written once before a `分别` list's first measure qualifies its later bare measures (平均复岗率, 居民人均
消费支出); a change named only by its qualified base is that daily measure's (日均客运量(较节前五日)) (lexicon
subjects.toml subject_trailing, names_nothing_alone, shared_measure_qualifier, shared_qualifier_bare_item,
qualified_comparison_base; module measure_qualifiers.py). Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MARCH = date(2021, 3, 5)


def _row(subject: str, value: float, unit: str) -> dict:
    return {"subject": subject, "value": value, "unit": unit}


EXACT = [
    # a per-unit average keeps its 均
    ("household gain", "去年全镇发展食用菌产业，户均增收1.2万元。", [_row("户均增收", 12000, "CNY")]),
    ("household gain, owner", "2020年全乡脱贫户户均增收3000元。", [_row("脱贫户户均增收", 3000, "CNY")]),
    ("per head, named", "2020年全市人均住房面积42平方米。", [_row("人均住房面积", 42, "平方米")]),
    ("per mu output", "2020年全区亩均产值达到8600元。", [_row("亩均产值", 8600, "CNY")]),
    # a per-unit average alone: per head of what the sentence leaves unsaid
    ("per head of a sum", "全县累计种植柑橘6200亩、油茶2400亩，达到人均1.3亩、户均3.1亩。",
     [_row("累计种植柑橘", 6200, "亩"), _row("油茶", 2400, "亩")]),
    # a qualifier written once before a `分别` list's first measure
    ("average rates", "截至3月底，全省规模以上工业企业平均开工率和复岗率分别达97.5%和93.1%。",
     [_row("规模以上工业企业平均开工率", 97.5, "%"), _row("规模以上工业企业平均复岗率", 93.1, "%")]),
    ("per head income and spending", "2020年，全市居民人均可支配收入和消费支出分别为41000元和26000元。",
     [_row("居民人均可支配收入", 41000, "CNY"), _row("居民人均消费支出", 26000, "CNY")]),
    ("daily orders and amounts", "国庆期间，部分外卖平台日均订单量和交易金额分别为320万件和1.8亿元。",
     [_row("部分外卖平台日均订单量", 3200000, "件"), _row("部分外卖平台日均交易金额", 180000000, "CNY")]),
    ("daily orders and amounts grew", "国庆期间，部分外卖平台日均订单量、交易金额同比分别增长32%和18%。",
     [_row("部分外卖平台日均订单量", 32, "%"), _row("部分外卖平台日均交易金额", 18, "%")]),
    # a later item with a holder of its own is not per head of the first item's people
    ("own holder", "2020年，全县农民人均纯收入、村集体收入分别增长8.1%和12.4%。",
     [_row("农民人均纯收入", 8.1, "%"), _row("村集体收入", 12.4, "%")]),
    ("no qualifier", "截至3月底，全省规模以上工业企业开工率和复岗率分别达97.5%和93.1%。",
     [_row("规模以上工业企业开工率", 97.5, "%"), _row("规模以上工业企业复岗率", 93.1, "%")]),
    # a change named only by its qualified base
    ("daily volume against days before", "春节假期，全省道路发送旅客总量860万人次，日均123万人次，较节前七日日均客运量增长21.4%。",
     [_row("道路发送旅客总量", 8600000, "人次"), _row("道路发送旅客总量(日均)", 1230000, "人次"),
      _row("日均客运量(较节前七日)", 21.4, "%")]),
    ("daily flow against last year", "端午假期，全市景区接待游客95万人次，比去年同期日均客流量下降6.5%。",
     [_row("景区接待游客", 950000, "人次"), _row("日均客流量(比去年同期)", -6.5, "%")]),
    # a comparison written once before a list's rates (`较3月日均涨幅分别…`) is no item's name, and each figure is its
    # item's growth (lexicon compared_list_rate); an average base stays in brackets (test_flow_and_base_scopes.py)
    ("comparison before the rates", "五一假期，部分网约车企业日均订单量及交易金额较3月日均涨幅分别达到18.2%、14.6%。",
     [_row("部分网约车企业日均订单量(较3月日均)", 18.2, "%"), _row("部分网约车企业日均交易金额(较3月日均)", 14.6, "%")]),
    ("comparison before the rates, 比", "端午假期，全市门票收入和接待游客量比上月增幅分别为26%、19%。",
     [_row("门票收入", 26, "%"), _row("接待游客量", 19, "%")]),
    ("rates with no comparison", "端午假期，全市门票收入和接待游客量同比涨幅分别为26%、19%。",
     [_row("门票收入", 26, "%"), _row("接待游客量", 19, "%")]),
    # a change told as a yearly average keeps 年均 (lexicon yearly_average_change)
    ("yearly average after a from-to", "全镇农民人均纯收入从2013年的4800元增长到2020年的12100元，年均增长14%。",
     [_row("农民人均纯收入", 4800, "CNY"), _row("农民人均纯收入", 12100, "CNY"), _row("农民人均纯收入(年均)", 14, "%")]),
    ("yearly average, named", "2016年至2020年，全县地区生产总值年均增长7.2%。", [_row("地区生产总值(年均)", 7.2, "%")]),
    ("yearly average, real", "全区财政收入由2015年的30亿元增加到2020年的52亿元，年均实际增长11.6%。",
     [_row("财政收入", 3000000000, "CNY"), _row("财政收入", 5200000000, "CNY"), _row("财政收入(年均实际)", 11.6, "%")]),
    ("yearly average, spelt out", "2016年至2020年，全市进出口总额年平均增长9.3%。", [_row("进出口总额(年平均)", 9.3, "%")]),
    ("yearly decline", "2016年至2020年，全县单位生产总值能耗年均下降3.1%。", [_row("单位生产总值能耗(年均)", -3.1, "%")]),
    ("one year's growth keeps no 年均", "2020年，全县地区生产总值增长4.2%。", [_row("地区生产总值", 4.2, "%")]),
    ("a level's yearly average is no change", "2020年，全市PM2.5年均浓度为31微克/立方米。",
     [_row("PM2.5年均浓度", 31, "微克/立方米")]),
    ("base without a measure", "春节假期，全省道路发送旅客总量860万人次，较节前七日增长21.4%。",
     [_row("道路发送旅客总量", 8600000, "人次"), _row("道路发送旅客总量", 21.4, "%")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_keeps_its_qualifier(text, expected):
    assert_exactly(text, expected, MARCH)


GAPS = [
    # `全行业` of the one industry the paragraph named is now that industry's (test_sector_scopes.py), but `共实现`
    # before the measure stays in the subject (软件行业共实现营业利润)
    ("whole industry", "1—6月，全省软件企业运行平稳。全行业共实现营业利润320亿元。",
     [_row("软件行业营业利润", 32000000000, "CNY")]),
]


@pytest.mark.xfail(strict=True, reason="known gaps of S3b/S3c")
@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in GAPS])
def test_known_gaps(text, expected):
    assert_exactly(text, expected, MARCH)
