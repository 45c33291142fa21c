"""A budget report's breakdown by collecting agency (`从征收部门来看:税务部门完成…万元`): the sum is the revenue the
agency collected (税务部门组织收入), never the agency itself, and so are its shares and its change. A subject that
names the revenue already, or an agency's people, keeps its own words. Each row is our own text."""

from datetime import date

import pytest

from tests.factcase import named_values

MAR = date(2023, 3, 1)

CASES = [
    ("2022年,全县地方一般公共预算收入完成31,200万元,从征收部门来看:税务部门完成18,450万元,占一般公共预算收入的"
     "59.1%;财政部门完成12,750万元,占一般公共预算收入的40.9%。",
     [("地方一般公共预算收入", 312000000), ("税务部门组织收入", 184500000),
      ("税务部门组织收入(占一般公共预算收入)", 59.1), ("财政部门组织收入", 127500000),
      ("财政部门组织收入(占一般公共预算收入)", 40.9)]),
    ("2021年,全区分征收机关看,税务局完成4.6亿元,同比增长7.3%;财政局完成1.9亿元。",
     [("税务局组织收入", 460000000), ("税务局组织收入", 7.3), ("财政局组织收入", 190000000)]),
    # the revenue named already, or the agency's people: unchanged
    ("2022年,全市税务部门组织税收收入52亿元,同比增长4.1%。",
     [("税务部门组织税收收入", 5200000000), ("税务部门组织税收收入", 4.1)]),
    ("2022年,全县税务部门干部职工共有320人。", [("税务部门干部职工", 320)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0][0] for c in CASES])
def test_a_collecting_agencys_sum_is_its_revenue(text, expected):
    assert [(s, v) for _, s, v in named_values(text, MAR)] == expected
