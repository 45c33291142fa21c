"""What a stats or budget release's figure measures when the measure is qualified, scoped or named in another
clause (kinds25): a caliber (`收入(同口径)`) is kept in brackets; a counted set of cities before its measure is the
measure's scope, no count of its own; a crop's yield per mu after its sown area is the crop's; a conversion verb
(`折合`) names nothing; a change after a clause naming a measure's trend is that measure's, and a measure named
alone after a clause saying only that its owner grew is the owner's; an age band's population
is a census figure; containers counted in 标箱 are a count; a quarter's growth equal to the year's is its own fact.
Sentences are our own, with other places and figures."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 3, 10)
KEYS = ("subject", "value", "unit")


def _f(subject, value, unit):
    return {"subject": subject, "value": value, "unit": unit}


CASES = [
    # --- a caliber kept in brackets: the same-caliber revenue is another figure than the collected one
    ("caliber in brackets",
     "2022年,全县地方一般公共预算收入完成3.1亿元,同比增长2.5%。地方一般公共预算收入(同口径)完成3.4亿元,同比增长9.2%。",
     [_f("地方一般公共预算收入", 3.1e8, "CNY"), _f("地方一般公共预算收入", 2.5, "%"),
      _f("地方一般公共预算收入(同口径)", 3.4e8, "CNY"), _f("地方一般公共预算收入(同口径)", 9.2, "%")]),
    ("caliber in full-width brackets",
     "2022年,全市一般公共预算收入（可比口径）完成42亿元,增长7.3%。",
     [_f("一般公共预算收入(可比口径)", 4.2e9, "CNY"), _f("一般公共预算收入(可比口径)", 7.3, "%")]),
    ("caliber with 按",
     "2022年,全市一般公共预算收入按同口径计算增长4.4%。",
     [_f("一般公共预算收入(同口径)", 4.4, "%")]),
    ("two calibers after the level",
     "2022年,全区一般公共预算收入18亿元,同口径增长5.1%,自然口径增长2.6%。",
     [_f("一般公共预算收入", 1.8e9, "CNY"), _f("一般公共预算收入(同口径)", 5.1, "%"),
      _f("一般公共预算收入(自然口径)", 2.6, "%")]),
    ("全口径 is a measure of its own",
     "2022年,全市全口径财政收入95亿元。",
     [_f("全口径财政收入", 9.5e9, "CNY")]),
    # --- a counted set of cities before its measure: the set is the scope, the count no fact
    ("cities that did a measure",
     "前三季度,30个中心城市完成公共交通客运量410.2亿人次,同比增长2.1%。",
     [_f("中心城市公共交通客运量", 4.102e10, "人次"), _f("中心城市公共交通客运量", 2.1, "%")]),
    ("ports that did a measure together",
     "上半年,8个沿海港口共完成集装箱吞吐量6500万标箱。",
     [_f("沿海港口集装箱吞吐量", 6.5e7, "标箱")]),
    ("cities that did something else: no scope (the count is of the cities that did it)",
     "2022年,全省5个城市完成了试点。",
     [_f("完成试点的城市", 5, "个")]),
    # --- a crop's yield per mu after its sown area
    ("crop yield after its area",
     "2022年,早稻播种面积180.5千公顷,比上年增长0.3%;亩产402.1公斤,增长0.6%;总产量108.9万吨,增长0.9%。",
     [_f("早稻播种面积", 180500, "公顷"), _f("早稻播种面积", 0.3, "%"), _f("早稻亩产", 402.1, "公斤"),
      _f("早稻亩产", 0.6, "%"), _f("早稻总产量", 1.089e6, "吨"), _f("早稻总产量", 0.9, "%")]),
    # --- a conversion verb names nothing: the measure converted is the subject
    ("converted total and its quarters",
     "2021年,按年平均汇率计算,全国名义GDP总量折合17500.4亿美元,同比增长12.1%。分季度看,第一季度折合3900.2亿美元,同比增长3.1%。",
     [_f("名义GDP总量", 12.1, "%"), _f("名义GDP总量", 3.1, "%")]),
    ("约合 before a converted sum",
     "2022年,全市进出口总额约合46亿美元,增长5.5%。",
     [_f("进出口总额", 5.5, "%")]),
    # --- a change after a clause naming a measure's trend
    ("trend clause names the measure",
     "一季度,工业投资快速增长,同比增长19.7%,其中,工业技改投资增长9.4%。",
     [_f("工业投资", 19.7, "%"), _f("工业技改投资", 9.4, "%")]),
    ("a set's combined growth",
     "一季度,纺织、化工等四大重点行业均实现增加值同比增长,合计增长12.6%。",
     [_f("四大重点行业增加值", 12.6, "%")]),
    ("a trend clause without a manner word names nothing",
     "一季度,工业投资增长,同比增长19.7%。",
     []),
    # --- a measure named alone after a clause saying only that its owner grew is the owner's (sheet26a 65)
    ("owner's trend clause",
     "一季度,全省农村电商保持较快增长,网络零售额达48亿元,同比增长12%。",
     [_f("农村电商网络零售额", 4.8e9, "CNY"), _f("农村电商网络零售额", 12, "%")]),
    ("owner's trend clause, growth in words",
     "上半年,重点县农村电商实现逆势增长,网络零售额达36亿元。",
     [_f("重点县农村电商网络零售额", 3.6e9, "CNY")]),
    ("an industry's trend clause",
     "前三季度,全市文化产业持续较快增长,营业收入达210亿元。",
     [_f("文化产业营业收入", 2.1e10, "CNY")]),
    ("the economy's trend owns nothing",
     "前三季度,全市经济保持较快增长,地区生产总值达2100亿元。",
     [_f("地区生产总值", 2.1e11, "CNY")]),
    ("a measure naming the owner's kind keeps its name",
     "一季度,全县工业持续快速增长,规上工业增加值增长8%。",
     [_f("规上工业增加值", 8, "%")]),
    # --- an age band's population is a census figure, an age is none
    ("age bands",
     "2021年末,全省常住人口5200万人。从年龄构成看,16-59岁的劳动年龄人口3300.6万人;60岁及以上人口950.2万人;0-14岁人口700万人。",
     [_f("常住人口", 5.2e7, "人"), _f("16-59岁的劳动年龄人口", 3.3006e7, "人"), _f("60岁及以上人口", 9.502e6, "人"),
      _f("0-14岁人口", 7e6, "人")]),
    ("an age is no figure",
     "受访者平均年龄为41岁。",
     []),
    # --- containers in twenty-foot units; a ship's size is none
    ("TEU count",
     "前三季度,全国港口集装箱吞吐量完成1.62亿标箱,增长4.1%。",
     [_f("港口集装箱吞吐量", 1.62e8, "标箱"), _f("港口集装箱吞吐量", 4.1, "%")]),
    ("TEU written in full",
     "2022年,全市港口集装箱吞吐量82.3万标准箱。",
     [_f("港口集装箱吞吐量", 823000, "标箱")]),
    ("a ship's size",
     "码头将于年底实现通航2万标箱集装箱船舶。",
     []),
    # --- the last quarter's growth equal to the year's stays a fact of its own
    ("quarter equal to the year",
     "2022年,全省地区生产总值增长2.4%。分季度看,一季度增长3.1%,二季度增长1.2%,三季度增长2.8%,四季度增长2.4%。",
     [_f("地区生产总值", 2.4, "%"), _f("地区生产总值", 3.1, "%"), _f("地区生产总值", 1.2, "%"),
      _f("地区生产总值", 2.8, "%"), _f("地区生产总值", 2.4, "%")]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_release_measure_names(label, text, expected):
    assert_exactly(text, expected, DAY)
