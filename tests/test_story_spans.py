"""A story's span: a city paper's economic review names its span once in its lead (`初步统计,前三季度…`,
`数据显示,今年上半年,全市…`, `记者日前从市统计局获悉,1—10月,…`) and then reports flow after flow with no time of
their own; those flows cover the span, not the paper's day. Stocks keep their day, a paragraph's own time holds,
and a lead about the whole country sets no story span (a national story opens with one time and tells others)."""

from datetime import date

import pytest
from factcase import assert_exactly

HALF = date(2023, 8, 5)
H1 = {"period_start": "2023-01-01", "period_end": "2023-06-30"}
AS_OF = {"period_start": None, "period_end": "2023-08-05"}

CASES = [
    # the span opens the lead's second sentence, after an attribution; later paragraphs name no time
    ("span after an attribution",
     "市统计局日前发布上半年经济数据。初步核算,今年上半年,全市地区生产总值1200亿元,增长5.1%。\n"
     "工业稳步回升。规模以上工业增加值增长6.3%。\n消费持续恢复。全市社会消费品零售总额410亿元,增长4.2%。\n",
     HALF, [{"value": 1.2e11, **H1}, {"value": 5.1, **H1}, {"value": 6.3, **H1}, {"value": 4.1e10, **H1},
            {"value": 4.2, **H1}]),
    ("span after a bare data source",
     "日前,市统计局发布今年上半年我县经济运行情况。数据显示,上半年,全县实现地区生产总值86亿元。\n"
     "我县消费结构不断升级,限上商品零售中,新能源汽车零售额增长61.2%。\n",
     HALF, [{"value": 8.6e9, **H1}, {"value": 61.2, **H1}]),
    # a figure before the span in the lead paragraph is the story's too (a page whose headline lost its time)
    ("figure before the span",
     "全市农业形势平稳,第一产业增加值88.6亿元,增长3.1%。初步统计,前三季度粮食产量增长2.2%。\n"
     "工业运行向好,第二产业增加值150.2亿元,增长5.4%。产品销售率为97.6%。\n",
     date(2022, 10, 28), [{"value": v, "period_start": "2022-01-01", "period_end": "2022-09-30"}
                          for v in (8.86e9, 3.1, 2.2, 1.502e10, 5.4, 97.6)]),
    # stocks keep the paper's day; a paragraph that opens with its own time keeps it
    ("stock and own time",
     "市统计局日前发布数据。初步核算,今年上半年,全市地区生产总值980亿元。\n全市金融机构贷款余额2300亿元,增长9.5%。\n"
     "7月份,全市规模以上工业增加值增长3.3%。\n",
     HALF, [{"value": 9.8e10, **H1}, {"value": 2.3e11, **AS_OF}, {"value": 9.5, **AS_OF},
            {"value": 3.3, "period_start": "2023-07-01", "period_end": "2023-07-31"}]),
    # a reporter told by a body, with no day, before the lead's time: the time still opens the lead
    ("reporter told, no day",
     "记者近日从市统计局获悉,1—10月,我市主要经济指标稳中有升。\n从生产端看,规上工业增加值增长7.7%;"
     "从需求端看,固定资产投资增长9.1%。\n",
     date(2021, 11, 20), [{"value": 7.7, "period_start": "2021-01-01", "period_end": "2021-10-31"},
                          {"value": 9.1, "period_start": "2021-01-01", "period_end": "2021-10-31"}]),
    ("reporter told after a dateline",
     "本报讯(记者 周宁)日前,记者从市统计部门了解到,1月至9月,全市规模以上工业增加值增长8.8%。\n"
     "行业发展态势良好。食品制造业增加值增长12.4%。\n",
     date(2021, 10, 30), [{"value": 8.8, "period_start": "2021-01-01", "period_end": "2021-09-30"},
                          {"value": 12.4, "period_start": "2021-01-01", "period_end": "2021-09-30"}]),
    # a headline's closed span is what the lead's loose `今年以来` means
    ("headline span over a lead's year so far",
     "前三季度全县经济稳中向好\n\n今年以来,全县经济运行平稳。\n从结构看,蔬菜播种面积增加1.2万亩。\n",
     date(2019, 10, 28), [{"value": 12000, "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
    # negatives: a lead about the whole country, or a span long over, sets no story span
    ("national lead",
     "国家统计局日前发布数据。数据显示,前三季度,全国规模以上工业增加值增长4.0%。\n"
     "消费稳步恢复,汽车类零售额增长5.5%。\n",
     HALF, [{"value": 4.0, "period_start": "2023-01-01", "period_end": "2023-09-30"},
            {"value": 5.5, **AS_OF}]),
    ("span long over",
     "市统计局日前公布了历年数据。据统计,2015年上半年,全市地区生产总值500亿元。\n工业投资增长12.0%。\n",
     HALF, [{"value": 5e10, "period_start": "2015-01-01", "period_end": "2015-06-30"}, {"value": 12.0, **AS_OF}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_story_span(label, text, published, expected):
    assert_exactly(text, expected, published)
