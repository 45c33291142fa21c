"""Communiqués, monthly releases and work reports of provinces outside the seed corpus (kinds round 13): a
flattened communiqué's bold lead word is no part of a subject, ordinals share their head's whole measure, the
nearer of an estimate and a target cue decides a figure's status, a target list's opener and a trailing `预计`
are no part of a subject, a work report's delivery line names its place, and an NBS class named `…辅助性活动`
is a measure, and a breakdown's bare items take its first item's measure when the total before it names none.
Sentences are our own; negatives keep what was right."""

from __future__ import annotations

import pytest

from extractors.context import document_context
from extractors.normalize import normalize
from extractors.pipeline import extract_text


def _facts(text: str) -> list[tuple[str, float, str, str]]:
    return [(f.subject, f.value, f.unit, f.status) for f in extract_text(text, "doc.txt").facts]


CASES = [
    # a communiqué's lead word run into its sentence
    ("人口年末常住人口52.3万人,其中城镇人口20.1万人。",
     [("常住人口", 523000, "人", "actual"), ("常住城镇人口", 201000, "人", "actual")]),
    ("国民经济全年实现地区生产总值(GDP)212.4亿元。", [("地区生产总值", 21240000000, "CNY", "actual")]),
    ("粮食全年农作物播种面积118.6万亩。", [("农作物播种面积", 1186000, "亩", "actual")]),
    ("财政全年一般公共预算收入9.6亿元。", [("一般公共预算收入", 960000000, "CNY", "actual")]),
    # negatives: a name too short without its lead word keeps it
    ("粮食全年产量42万吨。", [("粮食产量", 420000, "吨", "actual")]),
    ("工业全年用电量8.1亿千瓦时。", [("工业用电量", 810000000, "千瓦时", "actual")]),
    # ordinals sharing a head and its whole measure
    ("第一、二、三产业对经济增长的贡献率分别为8.1%、47.5%和44.4%。",
     [("第一产业对经济增长的贡献率", 8.1, "%", "actual"), ("第二产业对经济增长的贡献率", 47.5, "%", "actual"),
      ("第三产业对经济增长的贡献率", 44.4, "%", "actual")]),
    ("第二、第三产业占地区生产总值的比重分别回落1.2和0.9个百分点。",
     [("第二产业占地区生产总值的比重", -1.2, "个百分点", "actual"),
      ("第三产业占地区生产总值的比重", -0.9, "个百分点", "actual")]),
    ("第一、二、三产业增加值分别增长3.1%、5.2%和6.3%。",
     [("第一产业增加值", 3.1, "%", "actual"), ("第二产业增加值", 5.2, "%", "actual"), ("第三产业增加值", 6.3, "%", "actual")]),
    # the nearer cue decides; a target list's opener and a trailing 预计 are no part of the subject
    ("预计去年全市生产总值增长3.8%左右,今年增长目标定在6%以上。",
     [("生产总值", 3.8, "%", "estimate"), ("生产总值", 6, "%", "target")]),
    ("去年预计地区生产总值预计增长5.1%,今年经济社会发展主要预期目标包括地区生产总值增长6.5%左右,社会消费品零售总额增长8%。",
     [("地区生产总值", 5.1, "%", "estimate"), ("地区生产总值", 6.5, "%", "target"), ("社会消费品零售总额", 8, "%", "target")]),
    ("今年全市的主要预期目标是生产总值增长6%。", [("生产总值", 6, "%", "target")]),
    # negatives: an estimate after a target cue stays an estimate
    ("全年目标任务顺利完成,预计全年生产总值增长5.5%。", [("生产总值", 5.5, "%", "estimate")]),
    # a breakdown whose total before it names no known measure: its first item's measure is every item's
    ("上半年,全县私营企业增长9.1%。分三大门类看,采矿业增加值同比增长3.2%,制造业增长11.4%,电力、热力生产和供应业增长6%。",
     # no year on the page: the time stays in the subject (round 66)
     [("上半年私营企业", 9.1, "%", "actual"), ("采矿业增加值", 3.2, "%", "actual"), ("制造业增加值", 11.4, "%", "actual"),
      ("电力、热力生产和供应业增加值", 6, "%", "actual")]),
    ("分行业看,批发业营业收入增长4%;零售业增长7.5%。",
     [("批发业营业收入", 4, "%", "actual"), ("零售业营业收入", 7.5, "%", "actual")]),
    # negatives: an item naming a measure of its own keeps it; the total before the breakdown still wins
    ("全县固定资产投资增长8%。分产业看,第一产业增长3%,工业投资增长12%。",
     [("固定资产投资", 8, "%", "actual"), ("第一产业投资", 3, "%", "actual"), ("工业投资", 12, "%", "actual")]),
    # an NBS class named by its activities is a measure
    ("全年农林牧渔专业及辅助性活动产值2.9亿元,增长5.0%。",
     [("农林牧渔专业及辅助性活动产值", 290000000, "CNY", "actual"), ("农林牧渔专业及辅助性活动产值", 5, "%", "actual")]),
    # a chart's or table's unit note left before the next sentence when the lines were joined by spaces
    ("表3 近五年就业情况 单位:人 全年城镇新增就业4210人。", [("城镇新增就业", 4210, "人", "actual")]),
    ("图2 近五年财政收入 单位:% 全年一般公共预算收入6.3亿元,增长4.4%。",
     [("一般公共预算收入", 630000000, "CNY", "actual"), ("一般公共预算收入", 4.4, "%", "actual")]),
    # negatives: a name that opens with a unit's character keeps it
    ("全年人均可支配收入31200元。", [("人均可支配收入", 31200, "CNY", "actual")]),
    # a long industry name with its measure is still a name
    ("全年交通运输、仓储和邮政服务业实现增加值18.4亿元。",
     [("交通运输、仓储和邮政服务业实现增加值", 1840000000, "CNY", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:12] for c in CASES])
def test_subjects_and_status(text, expected):
    assert _facts(text) == expected


DELIVERY = [
    ("各位代表:\n现在,我代表镇原县人民政府,向大会报告政府工作。\n预计全年地区生产总值增长6%。", ("镇原县", "delivery")),
    ("各位代表:\n现在,我代表湖北省宜昌市人民政府,向大会报告工作。", ("宜昌市", "delivery")),
    # negatives: a government named by its level alone, a delegate speaking for a body
    ("各位代表:\n现在,我代表市人民政府,向大会报告工作。", (None, None)),
    ("县长代表县政府发言,全县生产总值增长5%。", (None, None)),
]


@pytest.mark.parametrize("text,expected", DELIVERY, ids=[d[0][10:20] for d in DELIVERY])
def test_a_work_reports_delivery_line_names_its_place(text, expected):
    ctx = document_context(normalize(text).text, "x.txt")
    assert (ctx.region_name, ctx.region_source) == expected
