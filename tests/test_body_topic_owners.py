"""A named body opening its sentence as its topic (body_topics, lexicon/owners.toml `body_topic_*`): a scenic area, a
hospital, an airport or a station named by its own name and kind, after a time, who reports the figures or its place,
owns a short measure named alone that opens a later comma clause of its first `；` group (after an act such as 报告 or
接待), and such a figure has no place's region. A scope or another actor in the figure's clause, a trade flow, a time
read as a name, a later `；` group or a long subject leave the measure as it is. Sentences are our own; each row:
text, {value: (subject, region)} for every fact of the text."""

from __future__ import annotations

import pytest
from factcase import facts_of

OWNED = [
    # a scenic area after who reports it and its prefecture; its own clause says what it is
    ("统计数据显示，甘南州桃源谷景区成为红色旅游热门景区，接待游客8000余人次；东江市人民公园举办文艺活动。",
     {8000: ("桃源谷景区接待游客", None)}),
    # a hospital after a time: its reported cases, the act dropped
    ("2019年，东岭医院筛查了2175人，报告确诊病例54人，疑似病例27人。",
     {2175: ("东岭医院筛查", None), 54: ("东岭医院确诊病例", None), 27: ("东岭医院疑似病例", None)}),
    # an airport after a topic lead; a longer measure stays bare
    ("航空方面，梧州西江机场通航城市达11个，2019年旅客吞吐量突破22万人次，航线平均客座率达70%。",
     {11: ("西江机场通航城市", None), 220_000: ("西江机场旅客吞吐量", None), 70: ("航线平均客座率", None)}),
]

NOT_OWNED = [
    # a scope in the figure's clause; another actor opens it
    ("2019年，东岭医院筛查了2175人，全市报告确诊病例54人。", {2175: ("东岭医院筛查", None), 54: ("确诊病例", None)}),
    ("2019年，东岭医院筛查了2175人，李医生报告确诊病例54人。",
     {2175: ("东岭医院筛查", None), 54: ("李医生报告确诊病例", None)}),
    # a trade flow told after an airport's routes is the city's
    ("2019年，贵阳龙洞堡国际机场国际航线增至25条，进出口总额41.51亿美元。",
     {25: ("龙洞堡国际机场国际航线", None), 4_151_000_000: ("进出口总额", None)}),
    # a forecast and a time are no body's name
    ("基地采取统一管理。预计今年基地可挂果110万斤，年产值275万元。",
     {1_100_000: ("基地可挂果", None), 2_750_000: ("年产值", None)}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_body_topic_figures(text, expected):
    got = {round(float(f["value"]), 1): (f["subject"], f["region"]) for f in facts_of(text)}
    assert got == expected  # every fact, no extra one
