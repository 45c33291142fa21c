"""Forecasts of economies abroad (sheets 44/45): a foreign country's, a group of economies' or the world's growth told
as to come is an estimate of its whole year, with the economy as its place, whoever forecasts it (`欧委会`, `IMF`,
`IHS Markit`, `世界银行`, `经合组织`) and whether the forecaster opens the sentence or one before it; `收缩` is a decline;
a figure of a past crisis inside such a sentence (`远高于…金融危机期间…`) is dropped when no year of its own dates it.
Negatives: a Chinese place's own forecast and target, and a foreign economy's growth already told, keep their status.
Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 6, 10)
Y20 = ("2020-01-01", "2020-12-31")
Y21 = ("2021-01-01", "2021-12-31")

CASES = [
    ("a bloc's forecast told with its forecaster",
     "欧盟委员会最新报告预测，今年欧盟经济将萎缩7.2%，欧元区经济将萎缩7.6%。\n",
     [(-7.2, "欧盟", Y20, "estimate"), (-7.6, "欧元区", Y20, "estimate")]),
    ("countries' forecasts after a month carried from the sentence before",
     "某机构5月份的数据显示，欧元区服务业明显萎缩。其中，意大利经济将下滑9.5%，荷兰经济将萎缩6.8%。\n",
     [(-9.5, "意大利", Y20, "estimate"), (-6.8, "荷兰", Y20, "estimate")]),
    ("a forecaster with Latin initials opening the clause",
     "IMF预计今年日本经济将萎缩5.8%。\n", [(-5.8, "日本", Y20, "estimate")]),
    ("a forecaster whose name is two words",
     "IHS Markit预计今年全球经济将下降5.5%。\n", [(-5.5, "全球", Y20, "estimate")]),
    ("the world and a group of economies contracting",
     "世界银行预计，今年全球经济将收缩4.9%，其中发达经济体收缩6.8%。\n",
     [(-4.9, "全球", Y20, "estimate"), (-6.8, "发达经济体", Y20, "estimate")]),
    ("this year and next",
     "经合组织预测，英国经济今年将萎缩11%，明年将增长9%。\n",
     [(-11, "英国", Y20, "estimate"), (9, "英国", Y21, "estimate")]),
    ("a forecast with no forecaster in its sentence",
     "加拿大经济今年将收缩6.5%。\n", [(-6.5, "加拿大", Y20, "estimate")]),
    ("a forecast's own quarter stays",
     "欧委会预测，二季度欧元区经济将萎缩12%。\n", [(-12, "欧元区", ("2020-04-01", "2020-06-30"), "estimate")]),
    ("two years together stay",
     "IMF预计发达经济体今明两年经济增速均放缓至1.5%。\n",
     [(1.5, "发达经济体", ("2020-01-01", "2021-12-31"), "estimate")]),
    ("a past crisis compared inside a forecast is dropped",
     "根据欧委会的预测，2020年欧盟经济将萎缩7.1%，远高于国际金融危机期间萎缩4.3%的水平。\n",
     [(-7.1, "欧盟", Y20, "estimate")]),
    ("a past crisis opening its sentence, no year",
     "国际金融危机期间，全球贸易下降12%。\n", []),
    # negatives: a Chinese city's forecast and target, an actual growth abroad, a crisis dated by its own year
    ("a Chinese city's own forecast",
     "某市预计今年地区生产总值增长5%。\n", [(5, None, Y20, "estimate")]),
    ("an actual growth abroad",
     "欧盟统计局数据显示，2019年欧盟经济增长1.4%。\n", [(1.4, "欧盟", ("2019-01-01", "2019-12-31"), "actual")]),
    ("an actual quarter abroad",
     "去年第四季度欧元区经济仅增长0.2%。\n", [(0.2, "欧元区", ("2019-10-01", "2019-12-31"), "actual")]),
    # a leader's goal for his economy's size (its region comes from the story, none in one sentence)
    ("a foreign leader's goal for his economy's size",
     "他表示，到印尼独立100周年时，印尼国内生产总值将达到6万亿美元。\n", [(6e12, None, (None, None), "target")]),
    ("a crisis compared with this year",
     "与亚洲金融危机时相比，今年全省出口增长5%。\n", [(5, None, ("2020-01-01", "2020-06-10"), "actual")]),
    ("a crisis dated by its own year",
     "2009年国际金融危机期间，欧盟经济萎缩4.3%。\n",
     [(-4.3, "欧盟", ("2009-01-01", "2009-12-31"), "actual")]),
]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_forecasts_abroad45(label, text, expected):
    got = [(f["value"], f["region"], (f["period_start"], f["period_end"]), f["status"])
           for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(v), r, p, s) for v, r, p, s in expected]
