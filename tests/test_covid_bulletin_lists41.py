"""Kinds round 41 (a provincial health commission's COVID bulletin): a count a list of places shares through `各`
is each place's (`邵阳市、岳阳市各5例`); a whole broken down by places holds them (a province's count is not the city a
headline named); `含` opening a bracket's part of the cases is no part of its name (`(含重症病例30例)` → covid.severe);
a district name several cities share is written with the city whose item's bracket holds it (`南京市鼓楼区`).
Each row is our own sentence with ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, facts_of

FEB8 = date(2020, 2, 8)
DAY = {"period_start": "2020-02-07", "period_end": "2020-02-07"}
AS_OF = {"period_start": None, "period_end": "2020-02-07"}
NEW, CUM, SUS = "covid.new_confirmed", "covid.cumulative_confirmed", "covid.current_suspected"
CURED = "covid.cumulative_cured"


def _f(value, indicator, region, period=AS_OF, **extra):
    return {"value": value, "indicator": indicator, "region": region} | period | extra


SHARED = [
    ("cities sharing a day's count, two lists",
     "2月7日0—24时,湖南省新增确诊病例24例,其中:长沙市6例,邵阳市、岳阳市各5例,常德市和益阳市各4例。",
     [_f(24, NEW, "湖南省", DAY), _f(6, NEW, "长沙市", DAY), _f(5, NEW, "邵阳市", DAY), _f(5, NEW, "岳阳市", DAY),
      _f(4, NEW, "常德市", DAY), _f(4, NEW, "益阳市", DAY)]),
    ("short names sharing a count, an item after them",
     "截至2月7日24时,河北省现有疑似病例30例,其中:石家庄12例,邢台、邯郸、保定各5例,唐山3例。",
     [_f(30, SUS, "河北省"), _f(12, SUS, "石家庄市"), _f(5, SUS, "邢台市"), _f(5, SUS, "邯郸市"), _f(5, SUS, "保定市"),
      _f(3, SUS, "唐山市")]),
    ("`其中` with no colon before the shared list",
     "2月7日0—24时,河南省新增确诊病例5例,其中南阳市、商丘市各2例,周口市1例。",
     [_f(5, NEW, "河南省", DAY), _f(2, NEW, "南阳市", DAY), _f(2, NEW, "商丘市", DAY), _f(1, NEW, "周口市", DAY)]),
    ("cities each with its district in brackets",
     "2月7日0—24时,湖南省新增确诊病例3例,其中:湘潭市(雨湖区)、岳阳市(岳阳楼区)、衡阳市(耒阳市)各1例。",
     [_f(3, NEW, "湖南省", DAY), _f(1, NEW, "雨湖区", DAY), _f(1, NEW, "岳阳楼区", DAY), _f(1, NEW, "耒阳市", DAY)]),
    ("districts sharing counts inside a city's bracket",
     "截至2月7日24时,长沙市累计确诊病例60例(芙蓉区20例,天心区、岳麓区各12例,开福区、雨花区各8例)。",
     [_f(60, CUM, "长沙市"), _f(20, CUM, "芙蓉区"), _f(12, CUM, "天心区"), _f(12, CUM, "岳麓区"), _f(8, CUM, "开福区"),
      _f(8, CUM, "雨花区")]),
]

WHOLES = [
    ("a headline's city does not own the province's count",
     "快讯:洛阳又有2例确诊病例出院\n2020年2月7日0—24时,河南省新增确诊病例8例。\n"
     "目前共有疑似病例40例,其中:郑州市20例,开封市10例,洛阳市5例。\n",
     [{"value": 2, "region": "洛阳市"},  # the headline's own count, a line apart from the dated bulletin
      {"value": 8, "indicator": NEW, "region": "河南省"}, {"value": 40, "indicator": SUS, "region": "河南省"}, {"value": 20, "indicator": SUS, "region": "郑州市"},
      {"value": 10, "indicator": SUS, "region": "开封市"}, {"value": 5, "indicator": SUS, "region": "洛阳市"}]),
    ("a headline's city does not own the province's cured count, the province never named",
     "宜昌又有5例患者治愈出院\n截至2月7日24时,累计治愈出院病例80例,其中:武汉市40例,宜昌市20例,襄阳市、荆州市各10例。\n",
     [{"value": 5, "region": "宜昌市"}, _f(80, CURED, "湖北省"), _f(40, CURED, "武汉市"), _f(20, CURED, "宜昌市"),
      _f(10, CURED, "襄阳市"), _f(10, CURED, "荆州市")]),
    ("`全省` under a headline naming a city",
     "烟台新增1例确诊病例\n截至2月7日24时,全省累计报告确诊病例150例,其中:济南市30例,青岛市25例,烟台市20例。\n",
     [{"value": 1, "region": "烟台市"}, _f(150, CUM, "山东省"), _f(30, CUM, "济南市"), _f(25, CUM, "青岛市"),
      _f(20, CUM, "烟台市")]),
    # negatives: a place the whole's own words name stays; a city's count by its own districts keeps the city
    ("a place named by the whole's own words",
     "三省份中,贵州经广西口岸进出口值为100亿元;四川和重庆分别为50亿元和30亿元。",
     [{"value": 1e10, "region": "贵州省"}, {"value": 5e9, "region": "四川省"}, {"value": 3e9, "region": "重庆市"}]),
    ("a city's count broken down by its own districts keeps the city",
     "截至2月7日24时,南昌市累计确诊病例50例,其中:东湖区20例,西湖区、青山湖区各15例。",
     [_f(50, CUM, "南昌市"), _f(20, CUM, "东湖区"), _f(15, CUM, "西湖区"), _f(15, CUM, "青山湖区")]),
]

BRACKETED = [
    ("severe cases inside the total's bracket",
     "截至2月7日24时,安徽省累计报告确诊病例480例(含重症病例30例、危重症病例8例)。",
     [_f(480, CUM, "安徽省", subject="累计报告确诊病例"), _f(30, "covid.severe", "安徽省", subject="重症病例"),
      _f(8, "covid.severe", "安徽省")]),
    ("severe cases without the word 病例",
     "截至2月7日24时,全省共有确诊病例150例(含重症12例)。",
     [_f(150, CUM, None), _f(12, "covid.severe", None, subject="重症")]),
    ("critical cases and deaths inside the bracket",
     "截至2月7日24时,江西省累计报告确诊病例500例(含危重症病例6例、死亡病例1例)。",
     [_f(500, CUM, "江西省"), _f(6, "covid.severe", "江西省", subject="危重症病例"),
      _f(1, "covid.deaths", "江西省")]),
]

HOMONYMS = [
    ("one district name in two cities' brackets",
     "截至2月7日24时,江苏省累计确诊病例200例,其中:南京市20例(鼓楼区5例,玄武区3例)、"
     "徐州市9例(鼓楼区2例,云龙区1例)。",
     [_f(200, CUM, "江苏省"), _f(20, CUM, "南京市"), _f(5, CUM, "南京市鼓楼区"), _f(3, CUM, "玄武区"),
      _f(9, CUM, "徐州市"), _f(2, CUM, "徐州市鼓楼区"), _f(1, CUM, "云龙区")]),
    ("the shared name in brackets after cities that share a count",
     "截至2月7日24时,江苏省累计确诊病例200例,其中:南京市(鼓楼区)、徐州市(鼓楼区)各1例。",
     [_f(200, CUM, "江苏省"), _f(1, CUM, "南京市鼓楼区"), _f(1, CUM, "徐州市鼓楼区")]),
    # negative: a city's own report names its own district bare
    ("a city's own report",
     "截至2月7日24时,福州市累计确诊病例71例,其中:鼓楼区20例,台江区10例。",
     [_f(71, CUM, "福州市"), _f(20, CUM, "鼓楼区"), _f(10, CUM, "台江区")]),
]

CASES = SHARED + WHOLES + BRACKETED + HOMONYMS


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_covid_bulletin_lists41(label, text, expected):
    assert_exactly(text, expected, FEB8)


NEGATIVES = [
    # a list of goods sharing an amount is no list of places: no place facts
    ("本周全市共收购大米、面粉各2吨。", 0),
    # several bodies' counts in one hotline figure stay none
    ("本周市教育局、市水务局各1件。", 0),
    # `含` that is part of a name (`含税`) stays
    ("全县生产总值120亿元(含税收入10亿元)。", 2),
]


@pytest.mark.parametrize("text,count", NEGATIVES, ids=[c[0][:10] for c in NEGATIVES])
def test_not_shared_place_counts(text, count):
    facts = facts_of(text, FEB8)
    assert len(facts) == count and not any(f["region"] for f in facts)
    assert all(not f["subject"].startswith("重症") for f in facts)
