"""A figure in percentage points after a growth rate is the rate's change (`…增速`) or its gap over another whole
(`…(高于规上工业)`), never the level measure itself; a list of industries keeps a classification name whole across
its inner `、`; a product's output change is the output's, not the value added of the section before.
Precision first: a contribution (`拉动…增长1.3个百分点`) and a measure that is itself a rate keep their names."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 7, 20)
H1 = {"period_start": "2023-01-01", "period_end": "2023-06-30"}

CASES = [
    # a change of the growth rate over an earlier span: the rate's, named …增速
    ("change after half year",
     "上半年,全省地区生产总值同比增长6.2%,比一季度加快0.9个百分点。",
     [{"subject": "地区生产总值", "value": 6.2, "unit": "%"},
      {"subject": "地区生产总值增速", "value": 0.9, "unit": "个百分点"}]),
    ("change after a span of months",
     "上半年,全市工业投资增长18.4%,比1-5月加快3.2个百分点。",
     [{"subject": "工业投资", "value": 18.4, "unit": "%"}, {"subject": "工业投资增速", "value": 3.2, "unit": "个百分点"}]),
    ("bare fall after a sector",
     "上半年,制造业增长4.1%,回落1.3个百分点;建筑业增长7.7%,加快0.4个百分点。",
     [{"subject": "制造业", "value": 4.1}, {"subject": "制造业增速", "value": -1.3},
      {"subject": "建筑业", "value": 7.7}, {"subject": "建筑业增速", "value": 0.4}]),
    ("respective changes",
     "上半年,全市工业投资增长21.5%,基础设施投资增长12.8%,分别比1-5月加快2.1个和0.7个百分点。",
     [{"subject": "工业投资", "value": 21.5}, {"subject": "基础设施投资", "value": 12.8},
      {"subject": "工业投资增速", "value": 2.1}, {"subject": "基础设施投资增速", "value": 0.7}]),
    # a gap over another whole: named after what the rate is compared with
    ("respective gaps",
     "上半年,全市装备制造业、高新技术产业增加值分别增长11.4%、9.6%,分别高于规上工业5.2个、3.4个百分点。",
     [{"subject": "装备制造业增加值", "value": 11.4}, {"subject": "高新技术产业增加值", "value": 9.6},
      {"subject": "装备制造业增加值(高于规上工业)", "value": 5.2},
      {"subject": "高新技术产业增加值(高于规上工业)", "value": 3.4}]),
    ("gap said by its rate",
     "上半年,规模以上高技术制造业增加值同比增长7.9%,增速高于全部规模以上工业增加值2.6个百分点。",
     [{"subject": "规模以上高技术制造业增加值", "value": 7.9},
      {"subject": "规模以上高技术制造业增加值(高于全部规模以上工业增加值)", "value": 2.6}]),
    ("gap over another rate",
     "上半年,全省高技术产业投资同比增长16.3%,高于全省固定资产投资增速10.1个百分点。",
     [{"subject": "高技术产业投资", "value": 16.3},
      {"subject": "高技术产业投资(高于全省固定资产投资)", "value": 10.1}]),
    ("gap over the province's rate",
     "上半年,全市生产总值同比增长7.3%,比全省的5.8%快1.5个百分点。",
     [{"subject": "生产总值", "value": 7.3, "unit": "%", **H1},
      {"subject": "生产总值(比全省快)", "value": 1.5, "unit": "个百分点", **H1}]),
    # precision: a contribution, a rate measure, a gap after another whole keep their names
    ("contribution named as a pull, not a change of the rate",
     "上半年,食品制造业增加值增长12.4%,纺织业增加值增长6.6%,分别拉动全市规上工业增长0.8个、0.3个百分点。",
     [{"subject": "食品制造业增加值", "value": 12.4}, {"subject": "纺织业增加值", "value": 6.6},
      {"subject": "食品制造业拉动全市规上工业", "value": 0.8}, {"subject": "纺织业拉动全市规上工业", "value": 0.3}]),
    ("rate measure moves itself",
     "上半年,全市城镇调查失业率为5.1%,同比下降0.4个百分点。",
     [{"subject": "城镇调查失业率", "value": 5.1}, {"subject": "城镇调查失业率", "value": -0.4}]),
    ("already a rate",
     "上半年,全市规模以上工业增加值增长5.5%,增速比一季度提高0.6个百分点。",
     [{"subject": "规模以上工业增加值", "value": 5.5}, {"subject": "规模以上工业增加值增速", "value": 0.6}]),
]

LISTS = [
    # a classification name holding `、` is one item of a comma list or a `、` list
    ("comma list of sections",
     "6月份,全市规模以上工业增加值45.2亿元,同比增长6.1%,分门类看,采矿业,制造业,电力、热力、燃气及水生产和供应业"
     "分别下降8.3%、增长6.9%和增长2.5%。",
     [{"subject": "规模以上工业增加值", "value": 4.52e9}, {"subject": "规模以上工业增加值", "value": 6.1},
      {"subject": "规模以上采矿业增加值", "value": -8.3}, {"subject": "规模以上制造业增加值", "value": 6.9},
      {"subject": "规模以上电力、热力、燃气及水生产和供应业增加值", "value": 2.5}]),
    ("enumeration of sections",
     "6月份,全市采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别下降8.3%、增长6.9%和增长2.5%。",
     [{"subject": "采矿业增加值", "value": -8.3}, {"subject": "制造业增加值", "value": 6.9},
      {"subject": "电力、热力、燃气及水生产和供应业增加值", "value": 2.5}]),
    ("names joined by 和",
     "上半年,全市批发和零售业、住宿和餐饮业增加值分别增长5.4%和11.2%。",
     [{"subject": "批发和零售业增加值", "value": 5.4}, {"subject": "住宿和餐饮业增加值", "value": 11.2}]),
    ("plain items still split",
     "上半年,全市纺织业、汽车制造业增加值分别增长3.3%和8.1%。",
     [{"subject": "纺织业增加值", "value": 3.3}, {"subject": "汽车制造业增加值", "value": 8.1}]),
]

OUTPUTS = [
    # a product's output then its change: the output's change, not the section's value added
    ("products after regions",
     "6月份,全国规模以上工业增加值同比增长4.6%。\n分地区看,6月份,东部地区增加值同比增长3.9%,西部地区增长5.3%。\n"
     "分产品看,6月份,512种产品中有301种产品同比增长。其中,水泥9120万吨,同比下降4.2%;汽车98.6万辆,增长12.3%。",
     [{"subject": "规模以上工业增加值", "value": 4.6}, {"subject": "规模以上东部地区增加值", "value": 3.9},
      {"subject": "规模以上西部地区增加值", "value": 5.3}, {"subject": "水泥", "value": 9.12e7},
      {"subject": "水泥", "value": -4.2}, {"subject": "汽车", "value": 986000}, {"subject": "汽车", "value": 12.3}]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES + LISTS + OUTPUTS, ids=[c[0] for c in CASES + LISTS + OUTPUTS])
def test_point_changes(name, text, expected):
    assert_exactly(text, expected, DAY)
