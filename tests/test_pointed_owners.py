"""A body a sentence points back at by its kind (pointed_bodies, lexicon/owners.toml `pointed_body*`): `该小区`, `该站`,
`该医院`, `该村` stand for the one body of that kind the paragraph named before, in the figure's subject or as the
topic its clause opens with; its measure named alone in a later comma clause is the body's too. Two bodies of the kind,
a scope word, another actor's clause or a clause that does not open with the measure leave the subject as it is. A
body's figure (a station's, a hospital's) has no place's region; a village, a community or a housing estate is a place,
so the place rules keep deciding its region. Sentences are
our own; each row: text, {value: (subject, region)} for every fact of the text."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # a housing estate named after its street, then pointed at after who reports the figures: a place, its district kept
    ("春节一过，北京市昌平区城北街道南园北里小区的居民王大爷预约了上门回收。数据显示，该小区试行垃圾分类一年多以来，"
     "垃圾整体减量率超过35%，回收资源化率达到了90%。",
     {35: ("南园北里小区垃圾整体减量率", "昌平区"), 90: ("南园北里小区回收资源化率", "昌平区")}),
    # a metro station named after its line and city; the pointer in the subject: the station's, not the city's
    ("在武汉轨道交通2号线滨河广场站，值班站长介绍，该站目前日均客流量约为3万人次。", {30_000: ("滨河广场站日均客流量", None)}),
    # a community is a place: its figure keeps the place rules (here the city the story names)
    ("湖北省十堰市杨溪铺镇青龙泉社区是最大的安置点。去年，该社区集体收入达到38.8万元。",
     {388_000: ("青龙泉社区集体收入", "十堰市")}),
    # a hospital; another person's act in a later clause stays that clause's
    ("东岭医院去年扩建。该医院今年接诊患者12万人次，李医生一年做手术300台。",
     {120_000: ("东岭医院接诊患者", None), 300: ("李医生一年做手术", None)}),
    # a village: its measure in the pointer's clause and a later one opening with a measure named alone
    ("南岭县河口镇桃花坪村过去是贫困村。去年，该村集体收入达到38.8万元，低收入农户人均收入1万元。",
     {388_000: ("河口镇桃花坪村集体收入", None), 10_000: ("河口镇桃花坪村低收入农户人均收入", None)}),
]

NOT_OWNED = [
    # two villages named before: which one the pointer means is not settled
    ("南岭县桃花坪村和杏花村过去是贫困村。去年，该村集体收入达到38.8万元。", {388_000: ("该村集体收入", None)}),
    ("东江站和西岭站今年改造。该站目前日均客流量约为3万人次。", {30_000: ("该站日均客流量", None)}),
    # a scope word before the measure: every village's, not the one pointed at
    ("南岭县河口镇桃花坪村过去是贫困村。去年，该村集体收入达到38.8万元，各村平均收入1万元。",
     {388_000: ("河口镇桃花坪村集体收入", None), 10_000: ("各村平均收入", None)}),
    # a later clause that does not open with the measure
    ("在东江地铁2号线滨河广场站，值班站长介绍，该站目前日均客流量约为3万人次，与疫情前的日均客流量10万人次相比仍低。",
     {30_000: ("滨河广场站日均客流量", None), 100_000: ("疫情前的日均客流量", None)}),
    # the pointer is not its clause's topic: a village an army unit pairs with
    ("南岭县河口镇桃花坪村过去是贫困村。2019年，南岭县在该村新建大棚，总投资达到5000万元。", {50_000_000: ("总投资", None)}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_pointed_body_figures(text, expected):
    got = {round(float(f["value"]), 1): (f["subject"], f["region"]) for f in facts_of(text)}
    assert got == expected  # every fact, no extra one
