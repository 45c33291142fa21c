"""A release's span set in its lead (`通报上半年…情况。上半年,…`) holds through its sub-headings (short lines with no
dateline or credit of their own) for the flows under them, until another time is given; a stock keeps its day, and
a new story (a headline with its own dateline) sets its own."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 8, 5)
H1 = {"period_start": "2021-01-01", "period_end": "2021-06-30"}
AS_OF = {"period_start": None, "period_end": "2021-08-05"}
LEAD = "本报讯(记者 王伟)7月28日,省政府新闻办举行新闻发布会,通报上半年全省商务运行情况。上半年,全省商务工作取得积极成效。\n"

CASES = [
    ("flows under two sub-headings",
     LEAD + "市场消费稳步恢复\n副厅长李华介绍,上半年,全省社会消费品零售总额3000亿元,同比增长20.1%。\n"
     "开放平台建设加快\n全省开发区新设企业5000家,同比增长40.5%。\n"
     "外贸规模再创新高\n全省外贸进出口1500亿元,同比增长24.1%。6月当月进出口300亿元。\n",
     DAY, [{"value": 3e11, **H1}, {"value": 20.1, **H1}, {"value": 5000, **H1}, {"value": 40.5, **H1}, {"value": 1.5e11, **H1},
           {"value": 24.1, **H1}, {"value": 3e10, "period_start": "2021-06-01", "period_end": "2021-06-30"}]),
    ("other phrasing: a department's review, a stock under the sub-heading",
     "本报讯(记者 陈晨)7月20日,市统计局发布上半年全市经济运行情况。上半年,全市经济稳中向好。\n"
     "投资保持增长\n全市固定资产投资增长9.8%。\n金融运行平稳\n全市金融机构贷款余额800亿元。\n",
     DAY, [{"value": 9.8, **H1}, {"value": 8e10, **AS_OF}]),
    # negative: a headline with its own dateline opens a story of its own
    ("a new story under a headline with a dateline",
     LEAD + "市场消费稳步恢复\n副厅长李华介绍,上半年,全省社会消费品零售总额3000亿元。\n"
     "我市举办夜间消费节\n本报讯(记者 赵云)日前,全市夜间消费节开幕,商户营业额增长12.5%。\n",
     DAY, [{"value": 3e11, **H1}, {"value": 12.5, **AS_OF}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_span_through_subheadings(label, text, published, expected):
    assert_exactly(text, expected, published)
