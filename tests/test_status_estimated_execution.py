"""A budget report's estimated execution: a heading (`（一）一般公共预算预计执行情况`) or an introduction ending with a
colon (`全年一般公共预算预计执行情况：`) makes every figure of its section after it an estimate, not only the first
sentence's; the next section is not covered. A budget adjusted to an amount (`预算收入调整为…`) is a plan figure; a
figure compared with the goal (`增速高于预期目标，快于全省…`) is an outcome, not a target.

Each row is our own text (figures restated, never corpus text): all its facts, in order (status only)."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly

_REPORT = ("关于某区2023年财政预算执行情况和2024年财政预算草案的报告\n——2023年12月20日在某区人民代表大会上\n"
           "一、2023年全区财政预算执行情况\n")
_FUND = "(二)政府性基金预算执行情况\n政府性基金收入完成12,000万元。\n"


def _s(subject, value, status):
    return {"subject": subject, "value": value, "status": status}


ESTIMATED = [
    ("an introduction with a colon", _REPORT + "(一)一般公共预算执行情况\n全年一般公共预算预计执行情况:\n"
     "2023年一般公共预算收入完成82,000万元,增长4.1%。一般公共预算支出完成95,000万元,增长2.6%。"
     "支出分科目情况如下:\n1.教育支出21,500万元;\n2.卫生健康支出9,800万元。\n" + _FUND,
     [_s("一般公共预算收入", 820000000, "estimate"), _s("一般公共预算收入", 4.1, "estimate"),
      _s("一般公共预算支出", 950000000, "estimate"), _s("一般公共预算支出", 2.6, "estimate"),
      _s("教育支出", 215000000, "estimate"), _s("卫生健康支出", 98000000, "estimate"),
      _s("政府性基金收入", 120000000, "actual")]),
    ("a heading", _REPORT + "(一)一般公共预算预计执行情况\n一般公共预算收入完成82,000万元,增长4.1%。"
     "一般公共预算支出完成95,000万元。\n" + _FUND,
     [_s("一般公共预算收入", 820000000, "estimate"), _s("一般公共预算收入", 4.1, "estimate"),
      _s("一般公共预算支出", 950000000, "estimate"), _s("政府性基金收入", 120000000, "actual")]),
    ("executed, not estimated", _REPORT + "(一)一般公共预算执行情况\n一般公共预算收入完成82,000万元,增长4.1%。\n",
     [_s("一般公共预算收入", 820000000, "actual"), _s("一般公共预算收入", 4.1, "actual")]),
]

ADJUSTED = [
    ("a budget adjusted", _REPORT + "(一)一般公共预算执行情况\n经区人大常委会批准,一般公共预算收入调整为82,000万元,"
     "一般公共预算支出调整为95,000万元。\n",
     [_s("一般公共预算收入调整", 820000000, "target"), _s("一般公共预算支出调整", 950000000, "target")]),
]

COMPARED = [
    ("above the goal and the province", "某市消费快报\n本报讯 记者李华\n前三季度,全市社会消费品零售总额完成300亿元,"
     "增速高于预期目标,快于全省1.5个百分点。\n",
     [_s("社会消费品零售总额", 30000000000, "actual"), _s("社会消费品零售总额(快于全省)", 1.5, "actual")]),
]

ROWS = ESTIMATED + ADJUSTED + COMPARED


@pytest.mark.parametrize(("label", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_estimated_execution_status(label, text, expected):
    assert_exactly(text, expected, published=date(2023, 12, 21))
