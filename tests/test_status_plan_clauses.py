"""Status read from the clause a cue governs (audit sheet 33): a plan's verb after the figure it acts on (`…都将实现
覆盖`) or with a manner word (`将密集开工`) makes a target; a body's reckoning of what something could bring (`据…测算，
…可减少`) an estimate, while a figure it measured stays actual; a plan verb in an earlier `；` item with no figure of
its own governs that item only, while one that opens a list of targets covers the items after it."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2019, 10, 20)

CASES = [
    # a plan's verb after what it acts on, in the figure's own clause
    ("plan verb after the count", "负责人介绍，运动会开幕前全市20处比赛场馆、主要商圈都将实现5G网络覆盖，多项新应用将亮相。",
     [{"value": 20, "status": "target"}]),
    ("plan verb with a manner word", "据了解，今年下半年该区将密集开工25个重点项目，投资额预计120亿元。",
     [{"value": 25, "status": "target"}, {"value": 1.2e10, "status": "estimate"}]),
    ("the same, done", "据了解，今年上半年该区密集开工25个重点项目。", [{"value": 25, "status": "actual"}]),
    # a reckoning with a modal is a projection; a measured figure is not
    ("reckoned effect", "据该研究院测算，这项工程的实施可减少水土流失量120万吨，生态系统服务价值增幅20%以上。",
     [{"value": 1.2e6, "status": "estimate"}, {"value": 20, "status": "estimate"}]),
    ("reckoned total to come", "经测算，新政实施后全年减税总额将超过800亿元。", [{"value": 8e10, "status": "estimate"}]),
    ("reckoned count measured", "经该研究院综合测算，国庆假期全省接待游客3200万人次。", [{"value": 3.2e7, "status": "actual"}]),
    ("computed by a standard", "按现行标准测算，去年末全省农村贫困人口42万人。", [{"value": 4.2e5, "status": "actual"}]),
    # a plan verb in an earlier `；` item with no figure of its own
    ("another project's plan", "该市A项目计划在年内开工建设；总投资80亿元的B产业园已签约落户。",
     [{"value": 8e9, "status": "actual"}]),
    ("a purpose in an earlier item", "全力救治患者，确保应收尽收；从各地紧急抽调，3000名医务人员支援当地。",
     [{"value": 3000, "status": "actual"}]),
    # a plan verb that opens a list of targets covers its items
    ("a list of targets", "明年全省力争地区生产总值增长6%；城镇新增就业40万人。",
     [{"value": 6, "status": "target"}, {"value": 4e5, "status": "target"}]),
    ("a list opened by a share in words", "明年审批时限力争减少一半；新增全市通办事项50项。",
     [{"value": 50, "status": "target"}]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_plan_clause_status(text, expected):
    assert_exactly(text, expected, DAY)
