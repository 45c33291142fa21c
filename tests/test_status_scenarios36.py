"""Status and family classes of audit sheets 34–36: a tally of acts done or planned (`已修改或拟修改`) is actual, so is a
scheme named after a pledge (`承诺制`), an investment plan carried out (`落实…投资计划`) and `已将` (把); an estimate cue
after a clause told done in its own `；` item estimates that item only; a saving reckoned against another way (`能比…
节省`) is an estimate; the whole of the report's year told before its last month (`全年实现…`) is a target; the cases
after a scenario's condition (`只要增长1%，就…；增长3%，…`) are no facts; and a case count in a report from before covid
is no covid figure."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2020, 5, 10)
FEB19 = date(2019, 2, 20)

CASES = [
    # a tally of acts done or planned
    ("done or planned rules", "各地已废止或拟废止规章120件，已修改或拟修改规章240件。", FEB19,
     [{"value": 120, "status": "actual"}, {"value": 240, "status": "actual"}]),
    ("planned alone stays a target", "各地拟废止规章120件。", FEB19, [{"value": 120, "status": "target"}]),
    # a scheme named after a pledge
    ("a pledge scheme's pilots", "该省推行企业投资项目承诺制，目前全省承诺制试点项目已达1500个。", date(2019, 10, 8),
     [{"value": 1500, "status": "actual"}]),
    ("a pledge stays a target", "企业承诺今年新增投资3亿元。", date(2019, 10, 8), [{"value": 3e8, "status": "target"}]),
    # an investment plan carried out
    ("a plan carried out", "去年落实农田水利中央投资计划5.2亿元，各类项目加快实施。", FEB19,
     [{"value": 5.2e8, "status": "actual"}]),
    # 已将 is 把
    ("已将 with an approximate count", "报道称，该国军队已将行动升级到近年最高强度，半年来进行了大约1800次空袭。", FEB19,
     [{"value": 1800, "status": "actual"}]),
    ("将 with an approximate count", "报道称，该国军队将进行大约1800次演练。", FEB19,
     [{"value": 1800, "status": "target"}]),
    # an estimate cue in an item with a clause told done
    ("the estimate is its own item's", "春播已完成八成，面积稳中有增，预计在9亿亩以上；早稻增加300万亩，总量达7000万亩。", MAY,
     [{"value": 3e6, "status": "actual"}, {"value": 7e7, "status": "actual"}]),
    ("an opening estimate covers the items", "预计全年粮食播种面积17亿亩；早稻面积7000万亩。", MAY,
     [{"value": 1.7e9, "status": "estimate"}, {"value": 7e7, "status": "estimate"}]),
    # a saving reckoned against another way
    ("a saving against another way", "全省采用新模式能比传统方式节省资金300亿元。", date(2019, 10, 9),
     [{"value": 3e10, "status": "estimate"}]),
    ("a saving made", "全省采用新模式比上年节省资金300亿元。", date(2019, 10, 9),
     [{"value": 3e10, "status": "actual"}]),
    # the whole of the report's year, told before its last month
    ("the year's signings ahead", "以招商为抓手扩大开放，全年实现签约项目150个。", MAY,
     [{"value": 150, "status": "target"}]),
    ("the year done", "以招商为抓手扩大开放，全年实现签约项目150个。", date(2021, 1, 20),
     [{"value": 150, "status": "actual"}]),
    ("the year's tally", "与此同时，该区全年共培训党务工作者2000人次。", MAY, [{"value": 2000, "status": "actual"}]),
    ("the year's payments", "全年发放种粮补贴3.1亿元。", MAY, [{"value": 3.1e8, "status": "actual"}]),
    ("the year so far", "今年以来，全区实现签约项目150个。", MAY, [{"value": 150, "status": "actual"}]),
    # a scenario's cases
    ("a scenario and its next cases", "他说，今年产值只要增长2%，就能达到基期的1.5倍；增长4%，相当于1.6倍；增长6%，接近1.7倍。", MAY, []),
    ("a list of changes stays", "今年一季度全市工业产值增长2%；增长最快的是电子行业。", MAY, [{"value": 2, "status": "actual"}]),
    ("a price with 只要 stays", "一盒药的价格现在只要6元，全市参与集中采购的药店已有300家。", MAY,
     [{"value": 6, "status": "actual"}, {"value": 300, "status": "actual"}]),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_status_class(text, published, expected):
    assert_exactly(text, expected, published)


FAMILY_CASES = [
    ("a 2019 consultation count", "上海与受援医院开展远程病例讨论累计300多例。", FEB19, "other"),
    ("a 2020 case count", "全市累计报告确诊病例300例。", MAY, "covid"),
]


@pytest.mark.parametrize("text,published,family", [c[1:] for c in FAMILY_CASES], ids=[c[0] for c in FAMILY_CASES])
def test_case_family_by_era(text, published, family):
    assert_exactly(text, [{"value": 300, "family": family}], published)
