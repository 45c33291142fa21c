"""A news story on a work report delivered early in a year (`…向大会作政府工作报告。` then `报告指出,2023年是…的一年,
一年来,…`): the report's review year is the story's span, so the review's flows that name no time are that year's,
not the paper's day; stocks keep the day, the report's targets name their own year, and a story out of the review
season or whose report opens with no review year sets no span (story_spans.py)."""

from datetime import date

import pytest
from factcase import assert_exactly

Y2023 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}

CASES = [
    # delivery lead, then the report's review opening in the next paragraph
    ("review after the delivery lead",
     "湖南:奋力开新局\n2月3日上午,湖南省第十四届人民代表大会第二次会议在长沙开幕。省长李明代表省人民政府向大会作"
     "政府工作报告。\n报告指出,2023年是极不寻常的一年,一年来,湖南坚持稳中求进。\n经济持续恢复。全省地区生产总值"
     "5.1万亿元、增长4.6%,规模以上工业增加值增长5.1%。全省现有高新技术企业1.6万家。\n"
     "报告提出,今年全省生产总值预期增长6%左右。\n",
     date(2024, 2, 3), [{"value": 5.1e12, **Y2023}, {"value": 4.6, **Y2023}, {"value": 5.1, **Y2023},
                        {"value": 16000, "period_start": None, "period_end": "2024-02-03"},
                        {"value": 6, "period_start": "2024-01-01", "period_end": "2024-12-31", "status": "target"}]),
    # the review in the lead's own paragraph, in a paper of the day after
    ("review in the lead, next day's paper",
     "1月18日,市长赵刚代表市人民政府作政府工作报告。报告显示,过去一年,全市经济回升向好。\n"
     "规上工业增加值增长6.9%,社会消费品零售总额增长7.4%。\n",
     date(2024, 1, 19), [{"value": 6.9, **Y2023}, {"value": 7.4, **Y2023}]),
    ("review year opening the paragraph after a 作了《》 lead",
     "1月21日,县长孙力在县人代会上作了《政府工作报告》。\n2023年,全县地区生产总值突破210亿元,增长5.8%。\n"
     "固定资产投资增长8.3%。\n",
     date(2024, 1, 22), [{"value": 2.1e10, **Y2023}, {"value": 5.8, **Y2023}, {"value": 8.3, **Y2023}]),
    # a summary line between the lead and the review opening, a headline naming the review year, an estimate
    ("review opening two paragraphs after the lead, estimated figures",
     "《政府工作报告》摘登:2023年 全县各项任务圆满完成\n1月15日,县长周平在作《政府工作报告》时,对2023年工作作了回顾。\n"
     "在全县上下共同努力下,2023年,全县发展目标全面完成。\n报告指出,2023年是全面贯彻落实的开局之年。\n"
     "据统计预测,全县地区生产总值增长7.2%,第二产业达35亿元,招商引资达60亿元,规模以上固定资产投资增长9.4%。\n",
     date(2024, 1, 18), [{"value": 7.2, "status": "estimate", **Y2023}, {"value": 3.5e9, "status": "estimate", **Y2023},
                         {"value": 6e9, "status": "estimate", **Y2023}, {"value": 9.4, "status": "estimate", **Y2023}]),
    # a budget report's review section: results of its year, not plans (its heading tells how the work went)
    ("budget execution section",
     "某区2023年预算执行情况和2024年预算草案的报告\n一、2023年财政工作情况\n2023年,全区财政运行平稳。\n"
     "(一)重点工作开展情况。\n兑现税费支持政策5.2亿元。使用应急周转金3.1亿元帮助40家企业获得贷款。\n",
     None, [{"value": 5.2e8, "status": "actual", **Y2023}, {"value": 3.1e8, "status": "actual", **Y2023},
            {"value": 40, "status": "actual", **Y2023}]),
    # negatives: out of the review season, or a report opening with this year's aims, sets no span
    ("story out of the review season",
     "1月18日,市长赵刚代表市人民政府作政府工作报告。报告显示,过去一年,全市经济回升向好。\n"
     "规上工业增加值增长6.9%,社会消费品零售总额增长7.4%。\n",
     date(2024, 6, 19), [{"value": 6.9, "period_start": None, "period_end": "2024-01-18"},
                         {"value": 7.4, "period_start": None, "period_end": "2024-01-18"}]),
    ("report opening with this year's aims",
     "1月18日,市长赵刚代表市人民政府作政府工作报告。报告提出,2024年全市经济要稳中求进。\n"
     "规上工业增加值增长6.9%,社会消费品零售总额增长7.4%。\n",
     date(2024, 1, 19), [{"value": 6.9, "period_start": None, "period_end": "2024-01-18"},
                         {"value": 7.4, "period_start": None, "period_end": "2024-01-18"}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_work_report_story_review(label, text, published, expected):
    assert_exactly(text, expected, published)
