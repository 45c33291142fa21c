"""A time inside a cause a sentence opens with (`受去年5月某项目集中签约影响,`, `由于上年同期基数较高,`) dates that
cause only: the figure after it and the sentences that follow keep the story's time."""

from datetime import date

import pytest
from factcase import assert_exactly

APRIL = date(2019, 4, 23)
Q1 = {"period_start": "2019-01-01", "period_end": "2019-03-31"}

CASES = [
    ("a cause with last year's month, then the quarter",
     "一季度,全省对外经济平稳。\n对外投资有序。受去年5月某集团收购海外企业大项目影响,一季度境外投资备案额20.5亿美元,"
     "下降40.2%。完成对外劳务合作营业额8.1亿美元,增长12.3%。\n",
     APRIL, [{"value": 2.05e9, **Q1}, {"value": -40.2, **Q1}, {"value": 8.1e8, **Q1}, {"value": 12.3, **Q1}]),
    ("由于 with a year's base",
     "一季度,全市工业稳步增长。\n由于2018年同期基数较高,一季度全市汽车产量增长2.1%。此外,全市手机产量增长9.4%。\n",
     APRIL, [{"value": 2.1, **Q1}, {"value": 9.4, **Q1}]),
    # negative: a time that opens the sentence before the cause still dates it
    ("time before the cause",
     "一季度,全市工业稳步增长。\n去年3月,受寒潮影响,全市蔬菜产量下降5.5%。\n",
     APRIL, [{"value": -5.5, "period_start": "2018-03-01", "period_end": "2018-03-31"}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_cause_clause_time(label, text, published, expected):
    assert_exactly(text, expected, published)
