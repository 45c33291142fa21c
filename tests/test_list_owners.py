"""Owners a `分别` list or a run of acts leaves in an earlier clause (extractors/measure_owners.py, lexicon/owners.toml):
a clause that only lists owners before a `分别` clause naming one measure, a later item that is a topic measure alone,
a flow after `分别` (新增) and the organisation of the first item, a measure listed after an owner's first (`某工厂实现
生产率提升20%、能源利用率提升10%`), a count named by its handling act alone after the act
that named the things. Sentences are our own; each row: text,
the figure's value, the subject it must have (negatives: the subject it keeps)."""

from __future__ import annotations

import pytest
from factcase import facts_of

LISTED_OWNERS = [
    ("机械行业的3个大类，通用设备制造业、专用设备制造业和汽车制造业，2018年固定资产投资分别增长8.6%、15.4%和3.5%。",
     15.4, "专用设备制造业固定资产投资"),
    ("纺织业、化学纤维制造业，上半年营业收入分别增长2.1%和4.4%。", 4.4, "化学纤维制造业营业收入"),
    ("国有企业、民营企业和外资企业，出口额分别为120亿元、340亿元和95亿元。", 34_000_000_000, "民营企业出口额"),
    ("经济技术开发区、滨江高新区，一季度工业增加值分别增长9%和11%。", 11, "滨江高新区工业增加值"),
    ("东江银行、西岭银行，今年新增贷款分别为30亿元和18亿元。", 1_800_000_000, "西岭银行新增贷款"),
]
NOT_LISTED_OWNERS = [  # places, a count among the items, or too few items: the subject stays as it was
    ("长春、吉林两市，地区生产总值分别增长5%和6%。", 6, "地区生产总值"),
    ("新建项目、续建项目，投资额分别为30亿元和50亿元。", 5_000_000_000, "投资额"),
    ("通用设备制造业、专用设备制造业和汽车制造业，营业收入分别增长8.6%和15.4%。", 15.4, "营业收入"),
]
ITEM_TOPIC = [
    ("去年，高新技术产业产值、增加值同比分别增长13.6%、13.9%。", 13.9, "高新技术产业增加值"),
    ("全县规模以上工业企业营业收入、利润总额分别增长5.1%和3.2%。", 3.2, "规模以上工业企业利润总额"),
    ("水稻播种面积、产量分别增长1.2%和2.5%。", 2.5, "水稻产量"),
]
NOT_ITEM_TOPIC = [
    ("出口、进口分别增长6%和4%。", 4, "进口"),
    ("营业收入、利润总额分别增长7%和9%。", 9, "利润总额"),
    ("工业增加值、固定资产投资分别增长6%和8%。", 8, "固定资产投资"),
]
FLOWS_AND_ORGANISATIONS = [  # a flow after 分别 joins each item; the first item's organisation owns the later ones
    ("今年一季度，东江银行扶贫贷款、小微企业贷款、涉农贷款分别新增79亿元、33亿元、29亿元。", 3_300_000_000,
     "东江银行小微企业贷款新增"),
    ("一季度，住户存款、企业存款分别新增120亿元和80亿元。", 8_000_000_000, "企业存款新增"),
    ("五年来，公路、铁路里程分别新增4600公里、350公里。", 350, "铁路里程新增"),
    ("东江银行贷款、存款分别增长12%和9%。", 9, "东江银行存款"),
    ("恒远集团营业收入、利润总额分别为80亿元和6亿元。", 600_000_000, "恒远集团利润总额"),
    ("商业银行贷款、存款分别增长12%和9%。", 9, "商业银行存款"),  # a kind of bank owns both as well
    # a kind of firm or a platform opening the first item owns the later ones (judged14 41: 部分短视频平台)
    ("截至5月10日，全省规模以上工业企业复工率和员工到岗率分别达97.5%和90.8%。", 90.8, "规模以上工业企业员工到岗率"),
    ("长假期间，部分外卖平台订单量、交易金额分别增长31.5%和27.2%。", 27.2, "部分外卖平台交易金额"),
    ("重点化肥企业开工率、产能利用率分别达到92.1%和81.4%。", 81.4, "重点化肥企业产能利用率"),
]
NOT_FLOWS_OR_ORGANISATIONS = [
    ("工商银行、农业银行贷款分别新增30亿元和20亿元。", 2_000_000_000, "农业银行贷款新增"),  # its own bank
    ("住户存款、企业存款分别为120亿元和80亿元。", 8_000_000_000, "企业存款"),             # balances
    ("东江银行贷款、西岭银行存款分别增长12%和9%。", 9, "西岭银行存款"),                     # its own bank
    ("国有企业营业收入、民营企业营业收入分别增长6%和8%。", 8, "民营企业营业收入"),         # its own kind of firm
]
# a measure named alone listed (`、`) after the first item an owner opens with its verb is the owner's (judged21a 107)
OWNER_LISTED = [
    ("东升乳业智能工厂改造后实现生产率提升18%、能源利用率提升9%。", 9, "东升乳业智能工厂能源利用率"),
    ("西岭集团实现营业收入增长12%、净利润增长7%。", 7, "西岭集团净利润"),
    ("南岭工业园区去年实现出口交货值增长15%、研发投入增长22%。", 22, "南岭工业园区研发投入"),
]
NOT_OWNER_LISTED = [
    ("东升乳业智能工厂实现生产率提升18%、全社会固定资产投资增长9%。", 9, "全社会固定资产投资"),  # a scope's
    ("全市实现地区生产总值增长6%、居民收入增长7%。", 7, "居民收入"),                             # a place is no owner
    ("东升乳业智能工厂实现生产率提升18%，能源利用率提升9%。", 9, "能源利用率"),                 # another clause
]
HANDLED = [
    ("全市排查出湖边违建别墅120套，拆除115套，没收5套。", 5, "湖边违建别墅没收"),
    ("全市排查出湖边违建别墅120套，拆除115套，没收5套。", 115, "湖边违建别墅拆除"),
    ("今年排查出安全隐患200处，整改180处。", 180, "整改安全隐患"),
    ("新建校舍8所，改扩建12所。", 12, "改扩建校舍"),
    ("去年受理劳动争议案件860件，审结790件。", 790, "劳动争议案件审结"),
]
NOT_HANDLED = [
    ("新建校舍8所，改扩建12个。", 12, "改扩建"),           # another unit counts other things
    ("全区排查出违建别墅120套。拆除115套。", 115, "拆除"),  # another sentence: no carried things
    ("排查出隐患200处，整改率达到90%。", 90, "整改率"),       # a rate names its own measure
    ("违建别墅共120套，拆除115套。", 115, "拆除"),            # the first figure names no act
]

ALL = LISTED_OWNERS + NOT_LISTED_OWNERS + ITEM_TOPIC + NOT_ITEM_TOPIC + FLOWS_AND_ORGANISATIONS \
    + NOT_FLOWS_OR_ORGANISATIONS + OWNER_LISTED + NOT_OWNER_LISTED + HANDLED + NOT_HANDLED


def _subjects(text: str, value) -> list[str]:
    return [f["subject"] for f in facts_of(text) if abs(float(f["value"]) - float(value)) < 1e-6]


@pytest.mark.parametrize("text,value,subject", ALL, ids=[f"{r[2]}-{r[1]}" for r in ALL])
def test_the_owner_an_earlier_clause_names(text, value, subject):
    assert subject in _subjects(text, value), _subjects(text, value)
