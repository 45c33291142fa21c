"""Work reports, plan reports and budget reports of provinces and cities (kinds round 16): a year written at the head
of a target list dates all its items, a report's proposal (`报告提出2021年…`) opens its sentence's time, a level kept
as a base (`保持上年水平`) dates nothing, a heading with two times holds the latest (the narrower of two that end
together), a bulleted target list under a line ending `预期目标` holds targets, `全年` before `预期目标` is the plan's
year (not last year in a January paper), and a status cue or a bullet before `全省` leaves the clause's topic to it.
Sentences are our own; negatives keep what was right."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

Y2020, Y2021, Y2023 = ("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-12-31"), ("2023-01-01", "2023-12-31")
NONE = (None, None)

CASES = [
    # a target list's year at the sentence's head dates every item, also when it is the document's own year
    ("人民网杭州1月10日电 1月10日上午,省十四届人大一次会议开幕,省长作政府工作报告。\n"
     "2023年经济社会发展主要预期目标是:全省地区生产总值增长5%左右,一般公共预算收入增长4%,城镇新增就业80万人以上。",
     None, None,
     [("地区生产总值", 5, "浙江省", Y2023, "target"), ("一般公共预算收入", 4, "浙江省", Y2023, "target"),
      ("城镇新增就业", 800000, "浙江省", Y2023, "target")]),
    # a report's proposal opens the time; `保持上年水平` is a base, not last year's figures
    ("关于某省2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
     "报告提出2021年计划主要预期目标:地区生产总值增长6%;财政收入保持上年水平;固定资产投资增长8%左右;城镇新增就业45万人以上。",
     None, None,
     [("地区生产总值", 6, None, Y2021, "target"), ("固定资产投资", 8, None, Y2021, "target"),
      ("城镇新增就业", 450000, None, Y2021, "target")]),
    # a heading with two times that end together: the narrower one, not the plan's five years
    ("2021年某市人民政府工作报告\n各位代表:\n一、2020年和“十三五”时期工作回顾\n初步统计,全市生产总值1800亿元,增长3.5%。",
     None, None,
     [("生产总值", 180000000000, None, Y2020, "actual"), ("生产总值", 3.5, None, Y2020, "actual")]),
    # negative: this year so far is the later of `2019年和今年以来`
    ("政府工作报告\n\n一、2019年和今年以来工作回顾\n\n全国新增就业岗位30万个。", date(2020, 5, 22), None,
     [("新增就业岗位", 300000, "全国", ("2020-01-01", "2020-05-22"), "actual")]),
    # a bulleted target list under a line ending `预期目标`, in a January paper: targets, not last year's actuals
    ("1月20日,省长代表省政府作政府工作报告。\n\n建议全年经济社会发展预期目标\n\n●地区生产总值增长5.5%左右\n\n"
     "●城镇新增就业60万人以上", date(2024, 1, 20), None,
     [("地区生产总值", 5.5, None, NONE, "target"), ("城镇新增就业", 600000, None, NONE, "target")]),
    # a city paper's story of its province: `预计全省` after a bullet is the province's
    ("省长代表省政府作政府工作报告。\n\n●预计全省地区生产总值增长5.8%左右", date(2025, 1, 17), "武汉市",
     [("地区生产总值", 5.8, "湖北省", NONE, "estimate")]),
    # a plan report's outcome beside its goal: `实际` opening its own clause states what was, in every phrasing
    ("某省2019年计划执行情况的报告\n　　财政收入预期目标为“增长6.0%”，实际增长4.2%，主要原因是减税降费。", date(2020, 2, 1), None,
     [("财政收入", 6, None, ("2019-01-01", "2019-12-31"), "target"),
      ("财政收入(实际)", 4.2, None, ("2019-01-01", "2019-12-31"), "actual")]),
    ("某市2019年计划执行情况的报告\n　　工业增加值预期目标为“增长7%左右”；实际执行为增长6.5%。", date(2020, 2, 1), None,
     [("工业增加值", 7, None, ("2019-01-01", "2019-12-31"), "target"),
      ("工业增加值(实际执行)", 6.5, None, ("2019-01-01", "2019-12-31"), "actual")]),
    # negative: `实际增长` inside a target list's measure is real growth, still a target
    ("2021年主要预期目标是：地区生产总值增长6%左右，居民收入实际增长5.5%左右。", date(2021, 1, 20), None,
     [("地区生产总值", 6, None, Y2021, "target"), ("居民收入(实际)", 5.5, None, Y2021, "target")]),
    # negative: `全年` alone in a January report is still the year just closed
    ("全年地区生产总值增长5%。", date(2023, 1, 14), None,
     [("地区生产总值", 5, None, ("2022-01-01", "2022-12-31"), "actual")]),
]


def _facts(text, published, region):
    return [(f.subject, f.value, f.region,
             (f.period_start and str(f.period_start), f.period_end and str(f.period_end)), f.status)
            for f in extract_text(text, "doc.txt", published=published, region=region).facts]


@pytest.mark.parametrize(("text", "published", "region", "expected"), CASES)
def test_plan_report_facts(text, published, region, expected):
    assert _facts(text, published, region) == expected


def test_outcome_of_a_goal_without_figure():
    """A goal stated without a figure (`预期目标为“与经济增长同步”`) names the measure the outcome's `实际` is of
    (goal_measures.py, round 44)."""
    text = "某省2019年计划执行情况的报告\n　　居民收入增速预期目标为“与经济增长同步”，实际增长5.5%。"
    assert _facts(text, date(2020, 2, 1), None) == [
        ("居民收入(实际)", 5.5, None, ("2019-01-01", "2019-12-31"), "actual")]

