"""Bare names of round 50: the classes a short name with no measure word keeps its figure by (bare_names.py; lexicon
`bare_name_clause_filler`, `bare_name_counted_act`, `bare_name_said_of_all`, `bare_name_measure_after`,
`whole_part_marker`), found by deciding the earlier rounds' rows by JUDGE.md, and the clauses that still define which
things are counted. Each row is our own text: ALL its facts (value, subject)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 18)
PAPER = "rmrb-2020-05-18-12-01.txt"

KEPT = [
    ("an act that made all the things", "全省已建成通用机场7个。\n", [(7, "通用机场")]),
    ("an act that held them", "国庆假期，全市共举办文艺演出150场次。\n", [(150, "文艺演出")]),
    ("an act that reported them", "上月全市报告丙类传染病420例。\n", [(420, "丙类传染病")]),
    ("two acts with an adverb", "今年全县组织开展技能培训42次。\n", [(42, "技能培训")]),
    ("a plan's words", "全县近期目标是新建学校6所。\n", [(6, "新建学校")]),
    ("a base to compare with", "本月热线受理诉求5200件，较上月工单增加140件。\n",
     [(5200, "热线受理诉求"), (140, "热线受理诉求工单增加")]),
    ("said of all the things", "全省96个重点项目均已全部复工。\n", [(96, "重点项目")]),
    ("the name owns the measure after it", "全省试点企业营业收入达到30亿元。\n", [(3000000000, "试点企业营业收入")]),
    ("a part after its whole, the whole counted too", "全区11个乡镇中曾有6个贫困乡。\n", [(11, "乡镇"), (6, "贫困乡")]),
    ("a whole before its part", "截至去年底，全省50个贫困县中已有38个摘帽。\n", [(50, "贫困县"), (38, "摘帽的贫困县")]),
    ("two places joined", "今年，南宁市与柳州市新增企业共900家。\n", [(900, "新增企业")]),
    # a place read before the counters are: `张家界市` holds 张 and 家, `包头市` 头 (once read as words that define)
    ("a place whose name holds counters", "国庆假期，张家界市接待游客120万人次。\n", [(1200000, "接待游客")]),
    ("a city named with the counter 头", "目前，包头市稀土企业增加到130家。\n", [(130, "稀土企业")]),
    ("a prefecture's short name", "国庆假期，新疆巴州接待游客120万人次。\n", [(1200000, "接待游客")]),
    ("a continent's part", "非洲萨赫勒地区已有近5万人流离失所。\n", [(50000, "流离失所")]),
]

DROPPED = [
    ("a clause's own partner and act", "今年向因灾受困的300个家庭发放了慰问品。\n", []),
    ("things a clause after the number defines", "全区共有9万干部职工与12万户群众结对认亲。\n", []),
    ("a story's act with its actor", "几位志愿者在车站为旅客送上了200份热饭。\n", []),
    ("a first batch is part of what is counted", "首批试点城市共有12个。\n", []),
]



@pytest.mark.parametrize("label,text,expected", KEPT + DROPPED)
def test_bare_names50(label, text, expected):
    assert_exactly(text, [{"value": v, "subject": s} for v, s in expected], PUBLISHED, PAPER)
