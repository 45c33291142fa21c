"""Scope classes of round 48 besides threshold sets (test_threshold48.py): a count whose clause says it is per day,
week or year keeps that rate in its subject (`平均每天…约8万例新增病例` → 新增病例(平均每天)), so it does not read as
the span's total; and the emphasis `便` before `有` is trimmed off a counted set as `就` is, so the bare measure after
the count is that set's (`其中生态类项目便有10个，总投资…` → 生态类项目总投资). Each row is our own text: ALL its
facts (subject, value)."""

import pytest
from factcase import assert_exactly

CASES = [
    ("a daily average of cases reported", "自3月中旬以来，某大洲平均每天向卫生组织报告约5万例新增病例。",
     [("新增病例(平均每天)", 50000)]),
    pytest.param("a yearly count of cadres sent", "全区各级党政机关和事业单位每年有3万余名干部驻村，累计选派12万多人次。",
                 [("干部驻村(每年)", 30000), ("累计选派", 120000)],
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: a "
                                         "whole's organs as the scope (全区各级党政机关和事业单位每年有…干部驻村)")),
    ("a yearly average of workers trained", "近年来，全市各类职业院校平均每年输送技术工人2000多名。",
     [("各类职业院校平均每年输送技术工人", 2000)]),  # `输送2000多名技术工人`: 技术工人 a bare name (round 50)
    ("the emphasis 便 before a set's count", "去年，全县列入省级调度的项目有20个，总投资120亿元，其中农业项目便有8个，总投资40亿元。",
     [("列入省级调度的项目", 20), ("列入省级调度的项目总投资", 12000000000), ("农业项目", 8),
      ("农业项目总投资", 4000000000)]),
]

NEGATIVES = [
    # a measure named before its figure keeps its own rate word
    ("a daily average named before its figure", "今年春节期间，全市景区日均客流量约9000人次。",
     [("景区日均客流量", 9000)]),
    # a subject that names its rate already
    ("a rate already in the subject", "全县每年新建农村公路300公里。",
     [("每年新建农村公路", 300)]),
    # a frequency is no rate of the count
    ("a yearly event's count of exhibitors", "展会每年一次，今年共有参展企业600家。",
     [("参展企业", 600)]),
]


def _expected(rows):
    return [{"subject": s, "value": v} for s, v in rows]


def _params(cases):
    """Each row without its label, the label its id (a pytest.param row keeps its marks)."""
    rows = [(c.values, c.marks) if hasattr(c, "marks") else (c, ()) for c in cases]
    return [pytest.param(*values[1:], marks=marks, id=values[0]) for values, marks in rows]


@pytest.mark.parametrize(("text", "rows"), _params(CASES))
def test_scope48(text, rows):
    assert_exactly(text, _expected(rows))


@pytest.mark.parametrize(("text", "rows"), [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_scope48_negatives(text, rows):
    assert_exactly(text, _expected(rows))
