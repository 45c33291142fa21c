"""A generic word or a measure of the figures before (`降幅`, `涨幅`, `增幅`, `两年平均`) spread by `分别` over as many
numbers as the sentence just listed items goes to those items in order: `鸡蛋和牛奶价格分别下降…,降幅分别扩大1.3和
0.8个百分点` gives 鸡蛋价格降幅 1.3 and 牛奶价格降幅 0.8 (not the last item's twice, nor 降幅降幅)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 10, 20)

CASES = [
    ("decline widens", "9月份,鸡蛋和牛奶价格同比分别下降6.5%和2.2%,降幅分别扩大1.3和0.8个百分点。",
     [("鸡蛋价格", -6.5), ("牛奶价格", -2.2), ("鸡蛋价格降幅", 1.3), ("牛奶价格降幅", 0.8)]),
    ("two-year average", "前三季度,全市食品制造业和医药制造业增加值分别增长6.1%和9.3%,两年平均分别增长3.2%和5.4%。",
     [("食品制造业增加值", 6.1), ("医药制造业增加值", 9.3), ("食品制造业增加值(两年平均)", 3.2),
      ("医药制造业增加值(两年平均)", 5.4)]),
    ("rates of two levels", "国庆假期,全市景区门票收入达2.1亿元,接待游客达860万人次,均大幅增长,增幅分别为45.2%和38.7%。",
     [("景区门票收入", 2.1e8), ("接待游客", 8.6e6), ("景区门票收入", 45.2), ("接待游客", 38.7)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_spread_measure_goes_to_the_items_in_order(text, expected):
    assert_exactly(text, [{"subject": s, "value": v} for s, v in expected], DAY)
