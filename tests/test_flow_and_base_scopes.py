"""Subjects that keep a scope or a measure qualifier that changes what the number means (audit classes S3b/S3c):
a change measured against another span's average keeps that base in brackets (日均交易量(较4月日均), lexicon
subjects.toml averaged_comparison_base; module measure_qualifiers.py), and the items of a goods list governed by one
trade verb are exports or imports (出口防护服; goods_flow_lead, goods_flow_item, goods_flow_adverb; module
goods_flows.py); a test kit's `人份` is its unit (units.toml unit_count_event). Each row is our own sentence: ALL its
facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2021, 5, 8)


def _row(subject: str, value: float, unit: str) -> dict:
    return {"subject": subject, "value": value, "unit": unit}


EXACT = [
    # a change against another span's daily average is not the year-on-year growth
    ("daily against a month's daily", "清明假期，部分餐饮企业日均交易量较3月日均增长42.5%。",
     [_row("部分餐饮企业日均交易量(较3月日均)", 42.5, "%")]),
    ("daily against last week's daily, down", "端午假期，全市商圈日均客流量比上周日均下降12%，销售额同比增长8%。",
     [_row("商圈日均客流量(比上周日均)", -12, "%"), _row("销售额", 8, "%")]),
    ("list against a month's daily", "五一假期，部分景区日均客流量及门票收入较4月日均涨幅分别达到21.3%、18.4%。",
     [_row("部分景区日均客流量(较4月日均)", 21.3, "%"), _row("部分景区日均门票收入(较4月日均)", 18.4, "%")]),
    ("two lists, each its base", "国庆假期，部分外卖平台日均订单量及交易金额较9月日均涨幅分别达到31.2%、27.5%；"
     "部分影院日均观影人次及票房收入较9月日均涨幅分别达到64.1%、58.3%。",
     [_row("部分外卖平台日均订单量(较9月日均)", 31.2, "%"), _row("部分外卖平台日均交易金额(较9月日均)", 27.5, "%"),
      _row("部分影院日均观影人次(较9月日均)", 64.1, "%"), _row("部分影院日均票房收入(较9月日均)", 58.3, "%")]),
    # a base that names its measure, a plain year-on-year base: as before
    ("base names its measure", "假期，全市日均客运量82万人次，较节前五日日均客运量增长17.9%。",
     [_row("日均客运量", 820000, "人次"), _row("日均客运量(较节前五日)", 17.9, "%")]),
    ("year on year", "五一假期，部分餐饮企业日均交易量同比增长42.5%。", [_row("部分餐饮企业日均交易量", 42.5, "%")]),
    ("last year, no average", "五一假期，全市餐饮企业交易量比上年增长12%。", [_row("餐饮企业交易量", 12, "%")]),
    # a goods list governed by one trade verb: every item is an export or an import
    ("exports listed", "据海关统计，今年前4个月，我国出口了口罩18亿只，防护服2300万件，呼吸机3200台。",
     [_row("出口口罩", 1800000000, "只"), _row("出口防护服", 23000000, "件"), _row("出口呼吸机", 3200, "台")]),
    ("exports, adverb and kits", "仅一季度，全省就出口了测温仪86万台，核酸检测试剂盒120万人份，医用手套3.5亿双。",
     [_row("出口测温仪", 860000, "台"), _row("出口核酸检测试剂盒", 1200000, "人份"),
      _row("出口医用手套", 350000000, "双")]),
    ("imports listed with 、", "一季度，我国进口了大豆2100万吨、铁矿石2.6亿吨。",
     [_row("进口大豆", 21000000, "吨"), _row("进口铁矿石", 260000000, "吨")]),
    # no verb, a measure, or a clause that is more than an item: no flow carried
    ("freight then people", "全年港口出口货运量7033万吨，出入境人员2100万人次。",
     [_row("港口出口货运量", 70330000, "吨"), _row("出入境人员", 21000000, "人次")]),
    ("list ends at a clause with more", "一季度，全市出口了服装1.2亿件，新增外贸企业320家。",
     [_row("出口服装", 120000000, "件"), _row("新增外贸企业", 320, "家")]),
    ("goods made, no flow", "去年全市生产口罩18亿只，防护服2300万件。",
     [_row("生产口罩", 1800000000, "只"), _row("防护服", 23000000, "件")]),
    ("kit doses alone", "截至4月底，全省累计生产检测试剂盒500万人份。", [_row("累计生产检测试剂盒", 5000000, "人份")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_keeps_its_scope(text, expected):
    assert_exactly(text, expected, MAY)


GAPS = [
    # the verb in the sentence before a `包括：` list is not carried yet
    ("verb before 包括", "一季度我国出口防疫物资共计1200亿元，包括：口罩18亿只，防护服2300万件。",
     [_row("出口防疫物资", 120000000000, "CNY"), _row("出口口罩", 1800000000, "只"), _row("出口防护服", 23000000, "件")]),
]


@pytest.mark.xfail(strict=True, reason="known gaps of S3b/S3c")
@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in GAPS])
def test_known_gaps(text, expected):
    assert_exactly(text, expected, MAY)
