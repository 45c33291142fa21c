"""A counted body's particulars (extractors/body_particulars.py, lexicon/owners.toml `particular_owner`,
`owned_particular`): bare particulars counted after a body in the same sentence are that body's; a clause naming its
own owner or scope, a rate, another sentence, or a count of no body keeps its subject. Sentences are our own; each
row: text, then every figure's (value, subject) in order."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    ("目前全省共有养老机构2100个，床位18万张，工作人员2.3万人。",
     [(2100, "养老机构"), (180_000, "养老机构床位"), (23_000, "养老机构工作人员")]),
    ("全县现有中小学76所，在校生3.1万人，专任教师2200人。",
     [(76, "现有中小学"), (31_000, "中小学在校生"), (2200, "中小学专任教师")]),
    ("全市共有医疗卫生机构1100个，床位8000张，卫生技术人员1.1万人。",
     [(1100, "医疗卫生机构"), (8000, "医疗卫生机构床位"), (11_000, "医疗卫生机构卫生技术人员")]),
    ("全区拥有规模以上工业企业310家，从业人员4.6万人。",
     [(310, "规模以上工业企业"), (46_000, "规模以上工业企业从业人员")]),
    ("全县现有各级各类学校190所，在校学生8.2万人，教职工4900人。",  # pupils first: the staff are the schools' too
     [(190, "现有各级各类学校"), (82_000, "各级各类学校在校学生"), (4900, "各级各类学校教职工")]),
    ("全省公共图书馆110个，建筑面积40万平方米。", [(110, "公共图书馆"), (400_000, "公共图书馆建筑面积")]),
]
KEPT = [
    ("全市共有医疗卫生机构1100个，社区养老床位8000张。", [(1100, "医疗卫生机构"), (8000, "社区养老床位")]),
    ("全市共有养老机构40个，床位使用率61%。", [(40, "养老机构"), (61, "床位使用率")]),
    ("全市共有养老机构40个。床位3000张。", [(40, "养老机构"), (3000, "床位")]),
    ("全市新建项目40个，工作人员300人。", [(40, "新建项目"), (300, "工作人员")]),
]
ALL = OWNED + KEPT


@pytest.mark.parametrize("text,expected", ALL, ids=[r[1][-1][1] for r in ALL])
def test_a_counted_bodys_particulars(text, expected):
    assert [(f["value"], f["subject"]) for f in facts_of(text)] == expected
