"""Subjects that are clause fragments (audit class S1), list pairings (S2) and a bracketed plan's amount (S4): a batch's ordinal
(`第二批`, `确定全国首批`), a bare act of help (`累计支持`), the countries visitors come from (`吸引了来自国家`) and a
change against a named base (`比传统模式缩短`) name nothing measured, so those uncatalogued figures are dropped when
the thing is not read after the number; a `分别` list's shared use of power or water is each item's (三产用电量, not
三产生活用电量); an amount in brackets after a quota or plan is the plan's (lexicon subjects.toml batch_or_act_subject,
named_base_comparison, list_shared_measure, bracketed_plan). Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MARCH = date(2021, 3, 5)


def _row(subject: str, value: float, unit: str) -> dict:
    return {"subject": subject, "value": value, "unit": unit}


EXACT = [
    # a batch's ordinal with the thing too far or too long to read after the number: nothing left to name
    ("second batch of loans", "第三批2000亿元小微企业纾困专项再贷款正在加快发放。", []),
    ("first batch, long name", "遴选出第二批57家农村生活污水集中处理设施运维示范单位。", []),
    ("first batch of bases", "去年全省确定首批45家县级农产品质量安全追溯管理示范基地。", []),
    # a batch whose thing is read after the count keeps it
    ("first batch of villages", "省里公布首批26个乡村旅游重点村。", [_row("省里公布首批乡村旅游重点村", 26, "个")]),
    ("pilot cities", "首批试点城市共有15个。", []),  # `试点城市` without its batch (首批)
    # a bare act of help: who was helped is read after the count, or the figure is dropped
    ("households supported", "累计支持2.6万户农村分散供养特困人员开展危房加固改造。",
     [_row("累计支持农村分散供养特困人员", 26000, "户")]),
    ("helped, thing unread", "今年以来共帮助1.8万名返乡入乡创业人员办理了贷款手续。", []),
    ("firms supported", "全县累计支持企业320家。", [_row("累计支持企业", 320, "家")]),
    # the countries visitors come from: the visitors are the measure
    ("guests from countries", "论坛共迎来来自30个国家的400名嘉宾。", []),  # `嘉宾` without the forum: dropped
    # a change against a named base, its measure in a figure not read; the average time itself is a figure in its unit
    ("shorter than by hand", "新系统上线后平均办理时长5个工作日，比以往人工审核缩短65%。",
     [_row("新系统上线后平均办理时长", 5, "工作日")]),
    ("a share's weight rose", "服务业增加值比重提高2.1个百分点。", [_row("服务业增加值比重", 2.1, "个百分点")]),
    # a `分别` list sharing the use of power or water
    ("water by user", "工业和居民用水量分别下降2%和1.5%。", [_row("工业用水量", -2, "%"), _row("居民用水量", -1.5, "%")]),
    ("power by source", "火电和水电发电量分别增长3.1%和7.4%。",
     [_row("火电发电量", 3.1, "%"), _row("水电发电量", 7.4, "%")]),
    ("power by sector", "前三季度，全市用电量同比增长5.2%，其中二产和城乡居民生活用电量分别增长4.1%和9.6%。",
     [_row("用电量", 5.2, "%"), _row("二产用电量", 4.1, "%"), _row("城乡居民生活用电量", 9.6, "%")]),
    # an amount in brackets after a quota, plan or budget is the plan's
    ("bond quota", "一般债券3200亿元，完成提前下达额度（4100亿元）的78%。",
     [_row("一般债券", 3.2e11, "CNY"), _row("提前下达额度", 4.1e11, "CNY"), _row("一般债券", 78, "%")]),
    ("investment plan", "全市完成投资120亿元，占年度计划（200亿元）的60%。",
     [_row("完成投资", 1.2e10, "CNY"), _row("年度计划", 2e10, "CNY"), _row("完成投资", 60, "%")]),
    ("revenue budget", "全市财政收入52亿元，为全年预算（80亿元）的65%。",
     [_row("财政收入", 5.2e9, "CNY"), _row("全年预算", 8e9, "CNY"), _row("财政收入", 65, "%")]),
    ("no plan word", "计划生育（3000户）家庭获得奖励。", []),
    # the exhibitors after `国家和地区的` are the count's noun (subj12), the countries' count only where they are
    ("exhibitors after a list of places", "展会吸引了来自50多个国家和地区的2000余家参展商。", []),  # no fair: dropped
]


@pytest.mark.parametrize("name,text,expected", EXACT, ids=[row[0] for row in EXACT])
def test_all_facts(name, text, expected):
    assert_exactly(text, expected, MARCH)
