"""Bare names of round 49: an uncatalogued figure whose subject is a short noun or act with no measure word is a fact
only when that name is all its clause says (`全县有医院3所`, `家禽年末实有120万羽`); when its clause says more (an act,
an owner, a definition of which things are counted: `创建了20个先进军营`, `结对帮扶的900个贫困村`, `清明出行3000万人次`)
the figure counts what the clause defines, which the subject lost, and is dropped (bare_names.py). Each row is our
own text: ALL its facts (value, subject)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 18)
PAPER = "rmrb-2020-05-18-12-01.txt"
COMMUNIQUE = "tjgb-somecounty-2019.txt"

CASES = [
    # dropped: the clause defines which things are counted, or the name is a bare act of a story
    ("villages that hold a gala, counted as galas", PAPER,
     "今年春节，全县各乡镇的文化活动将超过1000场，其中150多个村都有自己的村晚。\n", []),
    ("staff told in a list of a firm's network", PAPER, "该公司在全国拥有1万多家分支机构，100多万员工和销售队伍。\n",
     [(10000, "该公司在全国分支机构")]),
    ("beds of one hospital told before", PAPER, "方舱医院建成后，可以提供床位300张。\n", []),
    # negatives of the old code: no fact before, none now
    ("provinces a team gave feedback to", PAPER, "督察组向6个省市反馈了督察意见。\n", []),
    ("a surcharge told as a bare act", PAPER, "这家餐馆每桌加收20元服务费。\n", []),
    ("routes of one airline", PAPER, "该航空公司目前开通了国际航线12条。\n", []),
    # kept: the name is all its clause says
    ("a communiqué's institutions", COMMUNIQUE, "年末全县共有卫生机构30个，其中，医院3所、卫生院15所。\n",
     [(30, "卫生机构"), (3, "医院"), (15, "卫生院")]),
    ("a bracketed part of a count", COMMUNIQUE, "年末全县有医师600人（其中执业医师450人）。\n",
     [(600, "医师"), (450, "执业医师")]),
    ("poultry held at the year's end", COMMUNIQUE, "年末家禽存笼120万羽。\n", [(1200000, "家禽存笼")]),
    ("a city's scenic spots", PAPER, "全市有A级景区25个。\n", [(25, "A级景区")]),
    ("a part and its share after the whole", PAPER, "全年造林2000万亩，其中春季造林1000万亩，占全年的50%。\n",
     [(20000000, "造林"), (10000000, "春季造林"), (50, "春季造林占比")]),
    ("an act after the things it counts", COMMUNIQUE, "全县招收高中生4000人，初中生9000人。\n",
     [(4000, "高中生招收"), (9000, "初中生")]),
    ("members a body has reached", PAPER, "目前全国会员已发展到1200人，20个省区市成立了省级协会。\n", [(1200, "会员")]),
    ("a box office with its measure word", PAPER, "今年春节假期全国电影票房达60亿元，同比增长3%。\n",
     [(6000000000, "电影票房"), (3, "电影票房")]),
]

GAPS = [
    ("a bare act whose clause says only its place", PAPER, "清明假期，全国出行3000万人次。\n", []),
]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_bare_names49(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s} for v, s in expected], PUBLISHED, name)


@pytest.mark.parametrize("label,name,text,expected", GAPS)
@pytest.mark.xfail(strict=True, reason="a bare act under a holiday and a place is all its clause says: kept")
def test_bare_name_gaps49(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s} for v, s in expected], PUBLISHED, name)
