"""A feature story's particulars on a national paper are no facts: one family's farm told with its few animals
(`养了2头牛、5头猪`), one train named by its number (`…登上了D2234次列车`), a witness's guess at one day in a quote
(`“估计今天得有…`), a narrator's hedge (`开了不下15次会议`) and one small facility's size (`600平方米的文化广场`).
A village's, a county's or a railway's own statistics told beside them stay. Each row is our own sentence: ALL its
facts (value and unit)."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.pipeline import extract_text

PAPER = "rmrb-2019-10-08-07-01.txt"  # a national paper: undated story details are weighed as such
PUBLISHED = date(2019, 10, 8)


def _values(text: str) -> list[tuple]:
    facts = [f.contract() for f in extract_text(text, PAPER, PUBLISHED).facts]
    return [(f["value"], f["unit"]) for f in facts]


PARTICULARS = [
    ("one family's farm, its plots and animals",
     "有了技术，夫妻俩更加忙碌了：养蚕规模增至6张；种了6亩花椒、2亩玉米；养了2头牛、5头猪、40只鸭。\n"),
    ("the same farm in another order",
     "老两口养着3头黄牛、20只鸡，还种了4亩茶叶，最终建成了一间80平方米的新房。\n"),
    ("one train's passengers",
     "6日晚，800余名旅客登上了上海虹桥开往重庆的D2234次列车。\n"),
    ("a witness's guess at the day",
     "“估计今天得有300多人来办理社保业务，这还不算来咨询的。”大厅负责人说。\n"),
    ("a narrator's hedge",
     "为了修村道，村里开了不下15次会议，该跑的部门都跑了，最终建成了一条水泥路。\n"),
    ("one square's size",
     "村民们出工出力，最终建成了600平方米的文化广场。\n"),
]


@pytest.mark.parametrize("label,text", PARTICULARS, ids=[c[0] for c in PARTICULARS])
def test_story_particulars_are_no_facts(label, text):
    assert _values(text) == []


STAY = [
    ("a village's own poverty figures",
     "目前，全村120户建档立卡贫困户中已脱贫115户，贫困发生率降至0.8%。\n", [(115, "户"), (0.8, "%")]),
    ("a county's herd",
     "今年以来，全县生猪存栏达到25万头，比上年增长6%。\n", [(250000, "头"), (6, "%")]),
    ("a county's squares built",
     "今年以来，全县累计建成村级文化广场320个。\n", [(320, "个")]),
    ("a railway's passengers",
     "国庆假期以来，全省铁路累计发送旅客520万人次。\n", [(5200000, "人次")]),
    ("a city's breeders",
     "全市养殖专业户发展到1200户。\n", [(1200, "户")]),
    ("a railway's trains counted by kind",
     "国庆期间，全省铁路共开行G字头动车组列车1.2万趟，累计发送旅客450万人次。\n", [(4500000, "人次")]),
]


@pytest.mark.parametrize("label,text,expected", STAY, ids=[c[0] for c in STAY])
def test_real_statistics_stay(label, text, expected):
    assert _values(text) == [(pytest.approx(v), u) for v, u in expected]


def test_a_generic_document_keeps_its_village_figures():
    """Off the national paper too, a village's totals beside a story word stay facts."""
    got = [(f["value"], f["unit"]) for f in facts_of("全村今年种植花椒600亩，比去年增加200亩。\n", PUBLISHED)]
    assert got == [(600, "亩"), (200, "亩")]
