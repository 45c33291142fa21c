"""A measure several items share, named once after the last item (extractors/list_subjects.py, list_owners.py,
lexicon/subjects.toml `list_shared_measure`): each item takes the whole shared head (就业人数, not 人数; 进出口额, not
出口额), and a later item that ends with that head names another owner, not a part of the first item's.
Sentences are our own; each row: text, then every figure's (value, subject) in order."""

from __future__ import annotations

import pytest
from factcase import facts_of

SHARED_HEADS = [
    ("上月，城镇私营企业和个体工商户就业人数同比分别增长4.8%和7.2%。",
     [(4.8, "城镇私营企业就业人数"), (7.2, "城镇个体工商户就业人数")]),
    ("全市私营企业、个体工商户和外资企业就业人数分别增长3.1%、6.2%和1.5%。",
     [(3.1, "私营企业就业人数"), (6.2, "个体工商户就业人数"), (1.5, "外资企业就业人数")]),
    ("一般贸易和加工贸易进出口额分别增长11.5%和2.4%。",
     [(11.5, "一般贸易进出口额"), (2.4, "加工贸易进出口额")]),
    ("民营企业与外商投资企业进出口额分别为2100亿元和900亿元。",
     [(210_000_000_000, "民营企业进出口额"), (90_000_000_000, "外商投资企业进出口额")]),
    ("制造业和服务业实际使用外资分别增长5.1%和8.8%。",
     [(5.1, "制造业实际使用外资"), (8.8, "服务业实际使用外资")]),
    ("城镇单位及私营单位从业人员分别增长1.1%和2.3%。",
     [(1.1, "城镇单位从业人员"), (2.3, "私营单位从业人员")]),
    ("国有控股企业、股份制企业利润总额分别增长7.1%和3.3%。",
     [(7.1, "国有控股企业利润总额"), (3.3, "股份制企业利润总额")]),
    ("全省国有企业和民营企业营业收入分别增长2.5%和5.2%。",
     [(2.5, "国有企业营业收入"), (5.2, "民营企业营业收入")]),
]
STILL_THE_ORGANISATIONS = [  # a later item naming only a measure of its own is still the first item's firm's
    ("东江银行扶贫贷款、小微企业贷款分别增长5%和6%。", [(5, "东江银行扶贫贷款"), (6, "东江银行小微企业贷款")]),
    ("规模以上工业企业复工率和员工到岗率分别达96.5%和89.8%。",
     [(96.5, "规模以上工业企业复工率"), (89.8, "规模以上工业企业员工到岗率")]),
]
ALL = SHARED_HEADS + STILL_THE_ORGANISATIONS


@pytest.mark.parametrize("text,expected", ALL, ids=[r[1][-1][1] for r in ALL])
def test_each_item_takes_the_whole_shared_head(text, expected):
    assert [(f["value"], f["subject"]) for f in facts_of(text)] == expected
