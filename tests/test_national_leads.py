"""A national paper's lead about the whole country's figures (`…通报上半年全国空气质量状况:全国339个城市…`) makes
the story national: a city named later with figures of its own takes them in its own sentence only. The national
words a lead names as an attribute (`全国空气质量状况`) are no rival place, and a count right after `全国` is no item
of a breakdown by place. Each row is our own text."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

JUL = date(2022, 7, 23)
LEAD = "本报北京7月22日电 生态环境部22日通报今年上半年全国环境空气质量状况:"

# (text, value, region)
CASES = [
    (LEAD + "全国300个城市平均优良天数比例为85%,同比上升0.5个百分点;PM2.5平均浓度为30微克/立方米,同比下降6%。\n"
     "  北京市优良天数比例为78%,PM2.5浓度为31微克/立方米。", 30, "全国"),
    (LEAD + "全国300个城市平均优良天数比例为85%,同比上升0.5个百分点;PM2.5平均浓度为30微克/立方米,同比下降6%。\n"
     "  北京市优良天数比例为78%,PM2.5浓度为31微克/立方米。", -6, "全国"),
    (LEAD + "全国300个城市平均优良天数比例为85%,同比上升0.5个百分点;PM2.5平均浓度为30微克/立方米,同比下降6%。\n"
     "  北京市优良天数比例为78%,PM2.5浓度为31微克/立方米。", 78, "北京市"),
    # a lead about a province's figures stays the province's story
    ("本报南京7月22日电 江苏省生态环境厅通报上半年全省空气质量:全省优良天数比例为80%;PM2.5平均浓度为33微克/立方米。\n"
     "  南京市优良天数比例为79%。", 33, "江苏省"),
]


@pytest.mark.parametrize("text,value,region", CASES, ids=[f"{c[1]}-{c[2]}" for c in CASES])
def test_a_national_leads_story_place(text, value, region):
    facts = [f.contract() for f in extract_text(text, "page.txt", JUL).facts]
    fact = next((f for f in facts if abs(f["value"] - value) < 1e-6), None)
    assert fact is not None and fact["region"] == region, [(f["subject"], f["value"], f["region"]) for f in facts]


RELEASE = ("前三季度国民经济运行总体平稳\n(2016年10月19日)\n中华人民共和国国家统计局\n"
           "今年以来,各地区、各部门在党中央、国务院的坚强领导下,认真落实各项政策,国民经济运行总体平稳。\n"
           "初步核算,前三季度国内生产总值53万亿元,同比增长6.7%。分产业看,第一产业增加值4万亿元,同比增长3.5%。\n")


def test_everyone_who_acts_is_no_group_of_places():
    """`各地区、各部门` in a national release's lead is the formula for everyone who acts: the release stays national."""
    facts = [f.contract() for f in extract_text(RELEASE, "release.txt", None).facts]
    assert [(f["value"], f["region"], f["period_end"]) for f in facts] == [
        (5.3e13, "全国", "2016-09-30"), (6.7, "全国", "2016-09-30"), (4e12, "全国", "2016-09-30"),
        (3.5, "全国", "2016-09-30")]
