"""Days and months that belong to one event, not to the figures around them: a holiday of a year the schedule knows
(`2016年“五一”小长假` its three days; a year it lacks names no period, never the whole year), a month that opens a
paragraph with an honour (`2018年11月，某县荣获…称号。全县接待游客…` → that year's figures), a day opening a sentence whose
later `;` items tell other places' stories (`在某市,…`), a plan recalled from the past (`三年前，规划年产能…的项目落户…`:
no period), and an undated headline figure, as of the day its lead tells rather than the paper's day
(time_forms_named.py, scope_times.py, clause_times.py, figure_periods.py, draft_facts.py)."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.clause_times import scene_item_start

PUBLISHED = date(2020, 6, 10)
NONE = {"period_start": None, "period_end": None}
Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}
NOV2018 = {"period_start": "2018-11-01", "period_end": "2018-11-30"}

CASES = [
    ("May Day of a three-day year",
     "本报讯 2016年“五一”小长假，全市接待游客120万人次。\n",
     [{"value": 1.2e6, "period_start": "2016-04-30", "period_end": "2016-05-02"}]),
    ("May Day holiday said another way",
     "本报讯 2014年五一假期期间，全市实现旅游收入3.5亿元。\n",
     [{"value": 3.5e8, "period_start": "2014-05-01", "period_end": "2014-05-03"}]),
    ("a holiday of a year the schedule lacks",
     "本报讯 1998年国庆黄金周，全市接待游客80万人次。\n",
     [{"value": 8e5, **NONE}]),
    ("an honour's month, then the year's figures",
     "本报讯 近年来，某县大力发展旅游。\n2018年11月，某县荣获全省旅游强县称号。全县接待游客300万人次，旅游收入20亿元。\n",
     [{"value": 3e6, **Y2018}, {"value": 2e9, **Y2018}]),
    ("an honour said with 被评为",
     "本报讯 近年来，某县大力发展旅游。\n2018年11月，某县被评为全域旅游示范县。全县接待游客300万人次。\n",
     [{"value": 3e6, **Y2018}]),
    # negative: a month with no honour still dates its paragraph
    ("a month's event with no honour",
     "本报讯 近年来，某县大力发展旅游。\n2018年11月，某县举办首届旅游节。全县接待游客30万人次。\n",
     [{"value": 3e5, **NOV2018}]),
    ("a plan recalled from the past",
     "本报讯 三年前，规划年产量8万吨的某锂电池材料项目落户福建宁德。\n",
     [{"value": 8e4, **NONE, "status": "target"}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_event_days(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)


HEADLINE_DAY = date(2020, 5, 10)
HEADLINES = [
    ("an undated headline figure over a lead's day",
     "西部最大气田累产超200亿立方米\n本报成都5月9日电（记者张三）5月9日，西部最大气田累计生产天然气突破200亿立方米。"
     "目前，该气田日产气量800万立方米。\n",
     [{"value": 2e10, "period_start": None, "period_end": "2020-05-09"},
      {"value": 2e10, "period_start": None, "period_end": "2020-05-09"},
      {"value": 8e6, "period_start": None, "period_end": "2020-05-09"}]),
    # negative: a lead's span is no day the headline's stock is told as of
    ("an undated headline figure over a lead's span",
     "西部最大气田累产超200亿立方米\n本报成都5月9日电（记者张三）今年以来，西部最大气田累计生产天然气突破200亿立方米。\n",
     [{"value": 2e10, "period_start": None, "period_end": "2020-05-09"},
      {"value": 2e10, "period_start": "2020-01-01", "period_end": "2020-05-09"}]),
]


@pytest.mark.parametrize("label, text, expected", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_takes_the_lead_day(label, text, expected):
    assert_exactly(text, expected, HEADLINE_DAY)


SCENES = [  # (sentence, figure's position after, where the scene item starts or None)
    ("3月5日,某省医疗队驰援武汉,治愈患者120名;在江西赣州,300名退役军人担任村干部", "300", "在江西赣州"),
    ("3月5日,某省医疗队驰援武汉,治愈患者120名;在河北保定,由15名老兵组成宣讲团", "15", "在河北保定"),
    ("3月5日,某省医疗队驰援武汉,治愈患者120名", "120", None),            # the first item: its own day
    ("3月5日,某省建成学校30所;新建医院5家", "5", None),                    # no scene of its own
    ("3月5日,某省建成学校30所;在此基础上新建医院5家", "5", None),          # a phrase, not a place's scene
]


@pytest.mark.parametrize("text, figure, scene", SCENES, ids=[s[0][-12:] for s in SCENES])
def test_scene_item_start(text, figure, scene):
    pos = text.rindex(figure)
    expected = text.index(scene) if scene else None
    assert scene_item_start(text, 0, pos) == expected
