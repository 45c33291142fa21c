"""A forecaster's revision (`IMF…将今年世界经济增速下调至3%`, `比7月的预测值下调了`) makes an estimate; `将投资` and a count
right after `规划` (`新城规划28所中小学`) make a target; an outcome beside them stays actual. Each row is our own
sentence: ALL its facts (status and value only where the rest is not this rule's)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2019, 10, 18)

CASES = [
    ("a forecaster lowers the world's growth",
     "国际货币基金组织16日发布新一期报告，将2019年全球经济增速下调至3.1%。\n", [(3.1, "estimate")]),
    ("IMF raises a country's growth",
     "IMF日前发布报告，把今年印度经济增速上调到6.5%。\n", [(6.5, "estimate")]),
    ("a revision told after the figure",
     "报告认为，2019年中国经济增速为6.2%，比今年4月的预测值下调了0.1个百分点。\n", [(6.2, "estimate")]),
    ("a firm will invest",
     "据介绍，某科技公司5年内将投资20亿元建设研发基地。\n", [(2e9, "target")]),
    ("a group will invest again",
     "该集团明年将再投资8亿元扩建工厂。\n", [(8e8, "target")]),
    ("planned count before its noun",
     "新区规划26所中小学，已建成10所。\n", [(26, "target"), (10, "actual")]),
    # negatives: a rate cut by a government or a bank, an outcome beating a forecast, money put in, a plan drawn up
    ("a bank cuts its rate",
     "今年以来，全市新发放贷款平均利率下调至4.2%。\n", [(4.2, "actual")]),
    ("growth above the forecast",
     "去年全国经济增长6.6%，高于此前预测。\n", [(6.6, "actual")]),
    ("investment put in",
     "今年以来，某公司已投资3亿元建设新厂房。\n", [(3e8, "actual")]),
    ("after a plan was drawn up",
     "全市编制了规划，今年新建学校15所。\n", [(15, "actual")]),
    ("a field named as a plan, in a hotline list",
     "上月受理诉求中，主要涉及市容管理40件、城乡规划9件。\n", [(40, "actual"), (9, "actual")]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_status_plans37(label, text, expected):
    got = [(f["value"], f["status"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(v), s) for v, s in expected]


@pytest.mark.xfail(strict=True, reason="a revision told after the figure (`比…预测值下调了0.1个百分点`) is named only by its "
                                       "base, so it is dropped; it should be the forecast's revision, an estimate")
def test_a_revision_after_the_figure_is_read():
    text = "报告认为，2019年中国经济增速为6.2%，比今年4月的预测值下调了0.1个百分点。\n"
    got = [(f["value"], f["status"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(6.2), "estimate"), (pytest.approx(0.1), "estimate")]
