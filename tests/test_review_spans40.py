"""Periods read from a review's context (audit 38 / kinds37 period gaps): a lead opened by a paper's own reporter
credit or by `…披露` still sets the story's span for the flows after it; a run of years told by what it summed
(`五年累计`) is that many years; a time inside the trend a verb turns (`扭转了2016年以来…的态势`) dates no figure;
a since of an event the text does not date (`自启动开发建设以来`) is a running total to the report, not the years an
earlier sentence named."""

from datetime import date

import pytest
from factcase import assert_exactly

JAN_OCT = {"period_start": "2021-01-01", "period_end": "2021-10-31"}
Q1 = {"period_start": "2023-01-01", "period_end": "2023-03-31"}
TERM = {"period_start": "2019-01-01", "period_end": "2023-12-31"}

CASES = [
    # the lead opens with a reporter credit under the paper's name (with a platform before it, or none)
    ("credit with a platform",
     "湖南日报长沙11月16日讯 红网/湖南日报记者王五从长沙海关获悉:1-10月,全省外贸进出口总值5000亿元,增长20.1%。\n"
     "从市州看,外贸发展态势良好,前10月各市州进出口均实现增长。分析人士认为,多重因素共同作用,"
     "3个综合保税区合计进出口值600亿元,增长35.2%。\n",
     date(2021, 11, 16), [{"value": 5e11, **JAN_OCT}, {"value": 20.1, **JAN_OCT}, {"value": 6e10, **JAN_OCT},
                          {"value": 35.2, **JAN_OCT}]),
    ("credit without a platform",
     "湖南日报长沙11月16日讯 湖南日报记者王五从长沙海关获悉:1-10月,全省外贸进出口总值5000亿元,增长20.1%。\n"
     "从市州看,外贸发展态势良好,前10月各市州进出口均实现增长。分析人士认为,多重因素共同作用,"
     "3个综合保税区合计进出口值600亿元,增长35.2%。\n",
     date(2021, 11, 16), [{"value": 5e11, **JAN_OCT}, {"value": 20.1, **JAN_OCT}, {"value": 6e10, **JAN_OCT},
                          {"value": 35.2, **JAN_OCT}]),
    # a body's disclosure opens the lead: the span holds for a later paragraph's flows
    ("a disclosure opens the lead",
     "长沙海关昨天披露,今年前十个月,关区实现进出口5000亿元,增长20.1%。\n"
     "从企业性质看,民营企业比重上升,国有企业进出口800亿元,增长12.6%。\n",
     date(2021, 11, 16), [{"value": 5e11, **JAN_OCT}, {"value": 20.1, **JAN_OCT}, {"value": 8e10, **JAN_OCT},
                          {"value": 12.6, **JAN_OCT}]),
    # a work report early in the year: `五年累计` sums the five whole years before, and the from-to levels after
    # it keep the base and the last year a sentence before named
    ("five-year sum in a work report",
     "过去五年,是全县发展取得重大进展的五年。全县生产总值从2018年的300亿元增加到2023年的420亿元,年均增长7.0%。"
     "五年累计完成固定资产投资1500亿元,年均增长9.2%。社会消费品零售总额从120亿元增加到160亿元,年均增长5.9%。\n",
     date(2024, 1, 10),
     [{"value": 3e10, "period_start": "2018-01-01", "period_end": "2018-12-31"},
      {"value": 4.2e10, "period_start": "2023-01-01", "period_end": "2023-12-31"},
      {"value": 7.0, "period_start": "2018-01-01", "period_end": "2023-12-31"},
      {"value": 1.5e11, **TERM}, {"value": 9.2, **TERM},
      {"value": 1.2e10, "period_start": "2018-01-01", "period_end": "2018-12-31"},
      {"value": 1.6e10, "period_start": "2023-01-01", "period_end": "2023-12-31"},
      {"value": 5.9, "period_start": "2019-01-01", "period_end": "2023-12-31"}]),
    ("a sum over counted years",
     "过去五年,全县工作取得新进展。五年累计新增城镇就业3.2万人。\n",
     date(2024, 1, 10), [{"value": 32000, **TERM}]),
    # a trend a verb turns, with its own since: the figures after it keep the quarter the sentence opened with
    ("a turned trend's since",
     "一季度,全市工业投资增长18.2%,扭转了2020年以来工业投资低速增长的态势,其中制造业投资增长25.4%。\n",
     date(2023, 4, 20), [{"value": 18.2, **Q1}, {"value": 25.4, **Q1}]),
    ("a reversed decline's since",
     "一季度,全市民间投资增长6.1%,改变了去年以来民间投资持续下滑的局面,带动全部投资增长2.3个百分点。\n",
     date(2023, 4, 20), [{"value": 6.1, **Q1}, {"value": 2.3, **Q1}]),
    # since an undated start of works: a running total now, not the five years the sentence before counted
    ("since the works began, after a counted span",
     "挂牌5年来,新区发展势头强劲。自启动开发建设以来,新区已累计完成固定资产投资超过900亿元。\n",
     date(2020, 5, 20), [{"value": 9e10, "period_start": None, "period_end": "2020-05-20"}]),
    # negatives: a time short of its count (`不到两年`) is no span of whole years; a trend no verb turns keeps its since
    ("short of two years",
     "该港开业不到两年累计接待游客35万人次。\n",
     date(2020, 5, 20), [{"value": 350000, "period_start": None, "period_end": "2020-05-20"}]),
    ("a sum of years later in a year, under a since",
     "党的十八大以来,全省6年累计减少贫困人口120万人。\n",
     date(2019, 10, 16), [{"value": 1200000, "period_start": None, "period_end": "2019-10-16"}]),
    ("a sum of years from a start the text gives",
     "从2016年8月首笔赔款起,各地均获得迅速赔付,4年累计赔付近8亿元。\n",
     date(2020, 5, 2), [{"value": 8e8, "period_start": None, "period_end": "2020-05-02"}]),
    ("a kept trend keeps its since",
     "2020年以来,全市工业投资保持良好增长态势,制造业投资增长25.4%。\n",
     date(2023, 4, 20), [{"value": 25.4, "period_start": "2020-01-01", "period_end": "2023-04-20"}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_review_span(label, text, published, expected):
    assert_exactly(text, expected, published)
