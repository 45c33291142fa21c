"""A vague time word that opens a figure's own clause after an earlier clause of its sentence (`…2021年拟新建…；近期，
拟下达…5亿元`, `…；近日，又下达资金8亿元`) blocks the earlier clause's time (P4): the figure is recent or coming, as
of the paper's day, so a plan gets no year rather than the earlier clause's. A time written after the word still
dates it; a word inside a name (`近期目标`) and one opening the sentence (`日前，…发布消息：2019年…`: the day a body
told) block nothing (clause_times.py, `vague_clause_time` in lexicon/time.toml)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 9, 20)
Y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
H1 = {"period_start": "2020-01-01", "period_end": "2020-06-30"}
NONE = {"period_start": None, "period_end": None}

CASES = [
    ("near term after a plan's year, with a comma",
     "本报北京9月19日电 国家发改委介绍，2021年拟新建冷链仓储设施120个；近期，拟先行下达中央预算内投资5亿元，支持冷链"
     "物流建设。\n",
     [{"value": 120, **Y2021, "status": "target"}, {"value": 5e8, **NONE, "status": "target"}]),
    ("near term with no comma",
     "本报讯 2021年将改造老旧小区300个；近期拟下达补助资金6亿元。\n",
     [{"value": 300, **Y2021}, {"value": 6e8, **NONE}]),
    ("recent allotment after a half year",
     "本报讯 上半年，省财政安排农田水利资金20亿元；近日，又下达资金8亿元。\n",
     [{"value": 2e9, **H1}, {"value": 8e8, **NONE}]),
    # negatives: a time after the word, a word inside a name, a word opening the sentence
    ("a year written after the word",
     "本报讯 上半年，安排扶贫资金20亿元；下一步，2021年计划下达资金3亿元。\n",
     [{"value": 2e9, **H1}, {"value": 3e8, **Y2021}]),
    ("near-term goal is a name",
     "本报讯 2021年，全县近期目标是新建学校5所。\n",
     [{"value": 5, **Y2021}]),
    ("the day a body told, opening the sentence",
     "本报讯 日前，省统计局发布消息：2019年全省粮食产量达到680亿斤。\n",
     [{"value": 6.8e10, "period_start": "2019-01-01", "period_end": "2019-12-31"}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_vague_clause_time_blocks_an_earlier_clause(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
