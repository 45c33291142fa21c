"""A `分别` list of levels in percent followed, after a direction word and no second `分别`, by their moves in points
(`中、小型企业指数分别为49.1%和48.2%,比上月回升0.6和1.4个百分点`): the levels and the moves go to the same items in
order; never one list of four figures of the whole list's name."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2024, 6, 30)

# (text, [(subject, value)] of every fact, in order)
CASES = [
    ("6月份,中、小型企业景气指数分别为49.1%和48.2%,比上月回升0.6和1.4个百分点。",
     [("中型企业景气指数", 49.1), ("小型企业景气指数", 48.2), ("中型企业景气指数", 0.6), ("小型企业景气指数", 1.4)]),
    ("6月份,大、中型企业订单指数分别为52.3%和50.8%,较上月下降0.5个百分点和0.9个百分点。",
     [("大型企业订单指数", 52.3), ("中型企业订单指数", 50.8), ("大型企业订单指数", -0.5), ("中型企业订单指数", -0.9)]),
    ("今年上半年,城镇、农村居民收入分别增长5.1%和6.3%,比一季度加快0.4个百分点和0.7个百分点。",
     [("城镇居民收入", 5.1), ("农村居民收入", 6.3), ("城镇居民收入增速", 0.4), ("农村居民收入增速", 0.7)]),
    # negatives: moves in points told in a second 分别 list, and a single move of a rate, stay as they were
    ("上半年,汽车、家电出口分别增长7.3%和10.2%,较一季度分别提升6.8和11.6个百分点。",
     [("汽车出口", 7.3), ("家电出口", 10.2), ("汽车出口增速", 6.8), ("家电出口增速", 11.6)]),
    ("6月份,制造业采购经理指数为50.2%,比上月上升0.3个百分点。",
     [("制造业采购经理指数", 50.2), ("制造业采购经理指数(比上月)", 0.3)]),  # a level's move keeps a base other than last year
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][4:20] for c in CASES])
def test_percent_levels_then_their_point_moves(text, expected):
    assert [(f["subject"], f["value"]) for f in facts_of(text, PUBLISHED)] == expected
