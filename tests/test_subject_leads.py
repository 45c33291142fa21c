"""Subject debris that a cut leaves around a real measure (audit class S1): an adverb of succession before the act
(`先后出台`) and a site's size before a project's investment (`占地…、投资…`) are trimmed, never dropped; a currency's
name after an amount is no noun; a count of the recipients after `向` and the bare word `数据` name no measure, so
those uncatalogued figures are dropped, and so is a bare act after an adverb of succession (`先后投资`, several acts
told elsewhere), catalogued or not; slight moves (`微涨`) and `精简` are changes with a direction. Each row is our
own sentence; the negatives must stay as they are."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)


def _subjects(text: str, value: float) -> list[str]:
    return [f["subject"] for f in facts_of(text, MAY) if abs(f["value"] - value) < 1e-6 * max(1.0, abs(value))]


TRIMMED = [
    # an adverb of succession before the act
    ("policies issued in turn", "当地先后出台80多条扶持政策。", 80, "当地出台扶持政策"),
    ("workers trained over time", "项目部先后培养了120名本地焊工。", 120, "项目部培养本地焊工"),
    ("firms moved in one by one", "产业园陆续入驻企业320余家。", 320, "产业园入驻企业"),
    ("projects brought in one after another", "开发区相继引进项目45个。", 45, "开发区引进项目"),
    # a site's size is not the owner of the investment listed after it
    ("a resort's land and investment", "占地300亩、投资约15亿元的温泉小镇去年开业。", 1.5e9, "温泉小镇投资"),  # the thing the figure describes owns it (project_subjects)
    ("a park's planned land", "规划占地500亩、总投资8亿元的物流园开工。", 8e8, "总投资"),
    # a currency's name after an amount restates the unit; both figures describe the thing named after them
    ("yuan named again", "投资2亿元人民币、占地180亩的新工厂即将投产。", 2e8, "新工厂投资"),
    ("its land stays land", "投资2亿元人民币、占地180亩的新工厂即将投产。", 180, "新工厂占地"),
]


@pytest.mark.parametrize("name,text,value,subject", TRIMMED, ids=[row[0] for row in TRIMMED])
def test_trimmed_to_the_measure(name, text, value, subject):
    assert subject in _subjects(text, value), f"{name}: {_subjects(text, value)} from {text!r}"


DROPPED = [
    # a bare act after an adverb of succession sums several acts told elsewhere, even a catalogued investment
    ("invested one after another", "新区成立以来,先后投资260亿元建设水系工程。", 2.6e10),
    ("a district's care homes over time", "以社区养老为例,全区先后投资420万元,建成了护理中心。", 4.2e6),
    # the countries that received something: the act after them is lost from the subject
    ("aid to countries", "截至目前,我国已向全球90多个国家和3个国际组织提供了防疫物资。", 90),
    ("exports to countries", "一季度,这家企业向60个国家和地区出口了检测试剂。", 60),
    ("donations abroad", "协会向全球15个国家、10多个国际组织捐赠了口罩。", 15),
    # the word for data names no measure
    ("data settled at", "到年底,全年数据定格为同比微涨0.3%。", 0.3),
    ("data show", "最新数据显示为12.5%。", 12.5),
]


@pytest.mark.parametrize("name,text,value", DROPPED, ids=[row[0] for row in DROPPED])
def test_nothing_left_to_name(name, text, value):
    assert not _subjects(text, value), f"{name}: {value} kept from {text!r}"


def _changes(text: str) -> list[tuple]:
    return [(f["family"], f["subject"], f["value"]) for f in facts_of(text, MAY) if f["unit"] == "%"]


CHANGES = [
    ("a slight rise", "去年机床价格指数同比微涨0.4%。", ("growth_rate", "机床价格指数", 0.4)),
    ("a slight fall", "上月钢材价格环比微降0.6%。", ("growth_rate", "钢材价格(环比)", -0.6)),
    ("windows streamlined", "服务窗口由120个减少到48个,精简60%。", ("growth_rate", "服务窗口", -60.0)),
    ("forms streamlined", "申请材料精简了35%。", ("growth_rate", "申请材料", -35.0)),
]


@pytest.mark.parametrize("name,text,expected", CHANGES, ids=[row[0] for row in CHANGES])
def test_slight_moves_are_changes(name, text, expected):
    assert expected in _changes(text), f"{name}: {_changes(text)} from {text!r}"


UNCHANGED = [
    ("co-investment", "两家企业共同投资5亿元。", 5e8, "两家企业共同投资"),
    ("land area alone", "新校区占地面积达320亩。", 320, "新校区占地面积"),
    ("a share of GDP", "数字经济规模占地区生产总值的38%。", 38, "数字经济规模占地区生产总值"),
    ("loans in yuan", "人民币贷款余额增加1.2万亿元。", 1.2e12, "人民币贷款余额增加"),
    ("a data centre count: the act that carries it goes", "全省建成数据中心42个。", 42, "数据中心"),
    ("exports to a named group", "对东盟国家出口增长12%。", 12, "对东盟国家出口"),
    ("a count of streamlining acts", "全市精简审批事项120项。", 120, "精简审批事项"),
]


@pytest.mark.parametrize("name,text,value,subject", UNCHANGED, ids=[row[0] for row in UNCHANGED])
def test_alike_subjects_stay(name, text, value, subject):
    assert subject in _subjects(text, value), f"{name}: {_subjects(text, value)} from {text!r}"
