"""A named body opening its sentence as its topic (body_topics, lexicon/owners.toml `body_topic_*`): a scenic area, a
hospital, an airport or a station named by its own name and kind, after a time, who reports the figures or its place,
owns a short measure named alone that opens a later comma clause of its `；` group (after an act such as 报告 or
接待), and such a figure has no place's region; a body opening a later `；` group owns that group's measures, and a level of
courts (`地方各级法院`) owns its group's measures but keeps the place's region. A name that is only its kind with a common
qualifier (`人民医院`) keeps the place it opens with. A scope or another actor in the figure's clause, a trade flow, a time
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
    # an airport after a topic lead; a longer measure takes its full name (round 46: institution_owners)
    ("航空方面，梧州西江机场通航城市达11个，2019年旅客吞吐量突破22万人次，航线平均客座率达70%。",
     {11: ("西江机场通航城市", None), 220_000: ("西江机场旅客吞吐量", None), 70: ("梧州西江机场航线平均客座率", None)}),
    # a body opening a later `；` group owns that group's measures
    ("东江站今年发送旅客5万人次；西江机场通航城市11个，旅客吞吐量22万人次。",
     {50_000: ("东江站发送旅客", None), 11: ("西江机场通航城市", None), 220_000: ("西江机场旅客吞吐量", None)}),
    # a railway and a centre after a time: their running totals and amounts
    ("2019年，东江铁路累计运送旅客1200万人次，货运量300万吨。",
     {12_000_000: ("东江铁路累计运送旅客", None), 3_000_000: ("东江铁路货运量", None)}),
    ("2019年，西岭市消费者事务中心受理投诉4000件，处理完毕3900件，涉及金额800万元。",
     {4000: ("西岭市消费者事务中心受理投诉", None), 3900: ("西岭市消费者事务中心处理完毕投诉", None),
      8_000_000: ("投诉涉及金额", None)}),
    # a name that is only its kind keeps the place it opens with
    ("西岭市人民医院今年接诊患者3万人次；全市确诊病例200例。",
     {30_000: ("西岭市人民医院接诊患者", None), 200: ("确诊病例", None)}),
    # a body opening the statement after who reports it and a colon; the changes of a `分别` list of its measures
    ("东江市统计局数据显示：春节假期东江国际机场共保障航班起降4000架次，运送旅客60万人次，同比分别增长20%、30%。",
     {4000: ("东江国际机场保障航班起降", None), 600_000: ("东江国际机场运送旅客", None),
      20: ("东江国际机场保障航班起降", None), 30: ("东江国际机场运送旅客", None)}),
    # a class of parks in a city's communique: its revenue, still the city's
    ("2019年，赣州市工业园区投产工业企业1800家，营业收入和利润总额分别完成3000亿元和400亿元，分别增长8%和21%。",
     {1800: ("工业园区投产工业企业", "赣州市"), 300_000_000_000: ("工业园区投产工业企业营业收入", "赣州市"),
      40_000_000_000: ("工业园区投产工业企业利润总额", "赣州市"), 8: ("工业园区投产工业企业营业收入", "赣州市"),
      21: ("工业园区投产工业企业利润总额", "赣州市")}),
    # a level of courts opening a later `；` group: its amount, still the country's
    ("最高人民法院受理案件3万件，审结2万件；地方各级法院受理案件3000万件，审结、执结2900万件，结案标的额6.6万亿元，同比分别"
     "上升12.7%、15.3%和20.3%。",
     {30_000: ("最高人民法院受理案件", None), 20_000: ("最高人民法院案件审结", None),
      30_000_000: ("地方各级法院受理案件", "全国"), 29_000_000: ("地方各级法院审结、执结案件", "全国"),
      6.6e12: ("地方各级法院结案标的额", "全国"), 12.7: ("地方各级法院受理案件", "全国"),
      15.3: ("地方各级法院审结、执结案件", "全国"), 20.3: ("地方各级法院结案标的额", "全国")}),
    ("各级法院受理案件3000万件，审结2900万件，结案标的额6.6万亿元。",
     {30_000_000: ("各级法院受理案件", None), 29_000_000: ("各级法院案件审结", None), 6.6e12: ("各级法院结案标的额", None)}),
]

NOT_OWNED = [
    # a scope in the figure's clause; another actor opens it
    ("2019年，东岭医院筛查了2175人，全市报告确诊病例54人。", {2175: ("东岭医院筛查", None), 54: ("确诊病例", None)}),
    ("2019年，东岭医院筛查了2175人，李医生报告确诊病例54人。",
     {2175: ("东岭医院筛查", None), 54: ("李医生报告确诊病例", None)}),
    # a trade flow told after an airport's routes is the city's
    ("2019年，贵阳龙洞堡国际机场国际航线增至25条，进出口总额41.51亿美元。",
     {25: ("龙洞堡国际机场国际航线", None), 4_151_000_000: ("进出口总额", None)}),
    # a piece of a longer name, or an act opening the group, names no body; the firm opening the sentence as its
    # actor owns the share (institution_owners, round 47: its name no longer counts against the measure's length)
    ("2018年，东江铁路昆明局集团焦炭运量345万吨，同比增长20%，焦炭运输集装箱占比达46%。",
     {3_450_000: ("东江铁路昆明局集团焦炭运量", None), 20: ("东江铁路昆明局集团焦炭运量", None),
      46: ("东江铁路昆明局集团焦炭运输集装箱占比", None)}),
    # a body in an earlier `；` group owns nothing of a later one
    ("东江站今年发送旅客5万人次；旅客吞吐量22万人次。", {50_000: ("东江站发送旅客", None), 220_000: ("旅客吞吐量", None)}),
    # a forecast and a time are no body's name
    ("基地采取统一管理。预计今年基地可挂果110万斤，年产值275万元。",
     {1_100_000: ("基地可挂果", None), 2_750_000: ("年产值", None)}),
]

ROWS = OWNED + NOT_OWNED


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:14] for r in ROWS])
def test_body_topic_figures(text, expected):
    got = {round(float(f["value"]), 1): (f["subject"], f["region"]) for f in facts_of(text)}
    assert got == expected  # every fact, no extra one
