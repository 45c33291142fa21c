"""A story whose lead tells of a past year's report being issued (`…局发布2021年…统计公报。`) reports that year:
its `全年` and undated flows are the report's year, not the year the story came out; a report of this year, or a
lead that issues a plan, dates nothing."""

from datetime import date

import pytest
from factcase import assert_exactly

JUNE = date(2022, 6, 10)
Y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
Y2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

CASES = [
    ("a ministry issues last year's bulletin",
     "据水利部6月8日消息,水利部发布2021年水利发展统计公报。\n从投资看,全年完成水利建设投资7500亿元,比上年增长4.2%。\n",
     JUNE, [{"value": 7.5e11, **Y2021}, {"value": 4.2, **Y2021}]),
    ("other phrasing: 公布了 and 年度",
     "省统计局日前公布了2021年度全省统计公报。\n全年全省粮食产量600万吨,比上年增长1.5%。\n",
     JUNE, [{"value": 6e6, **Y2021}, {"value": 1.5, **Y2021}]),
    # negatives: a plan issued, or a report of the story's own year, leaves 全年 the story's year
    ("a plan issued",
     "省政府发布2021年工作要点。\n全年全省粮食产量600万吨。\n",
     JUNE, [{"value": 6e6, **Y2022}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_reported_year(label, text, published, expected):
    assert_exactly(text, expected, published)
