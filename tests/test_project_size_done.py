"""A project's designed, planned or expected cost is its size (investment.project_total), not investment completed;
what a clause after it says is already done stays actual (catalog/investment.toml, lexicon/status.toml
`actual_reset`)."""

from __future__ import annotations

import pytest
from factcase import assert_exactly

_F = ("value", "indicator", "status")

CASES = [
    # a design, planned or expected cost names the project's size, whatever its status
    ("设计投资512.6亿元的沿江铁路预计明年通车。", [(51260000000, "investment.project_total", "actual")]),
    ("该项目设计投资38亿元，目前主体工程已经完工。", [(3800000000, "investment.project_total", "actual")]),
    ("某能源公司规划投资21亿元，兴建一座储氢示范工厂。", [(2100000000, "investment.project_total", "target")]),
    ("截至目前，全市棚户区改造项目预计投资超800亿元，已累计完成412亿元。",
     [(80000000000, "investment.project_total", "estimate"), (41200000000, "investment.completed", "actual")]),
    # what is done after a plan or a forecast is done
    ("该项目设计投资38亿元，已累计完成投资21亿元，预计年底完工。",
     [(3800000000, "investment.project_total", "actual"), (2100000000, "investment.completed", "actual")]),
    ("今年全市计划投资500亿元，已完成320亿元。",
     [(50000000000, "investment.completed", "target"), (32000000000, "investment.completed", "actual")]),
]

NEGATIVES = [
    # a place's year of investment, planned or expected, is no project's size
    ("今年全市计划完成投资500亿元。", [(50000000000, "investment.completed", "target")]),
    ("全市年度计划投资479亿元。", [(47900000000, None, "target")]),
    ("今年全市预计投资480亿元。", [(48000000000, "investment.completed", "estimate")]),
    # a forecast that reaches a time still estimates what is done by then
    ("预计到年底，已累计完成投资300亿元。", [(30000000000, "investment.completed", "estimate")]),
    # what an alternative would need is no investment completed
    ("改造这些老旧小区所需投资约300亿元。", [(30000000000, None, "actual")]),
    ("全市完成投资300亿元。", [(30000000000, "investment.completed", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES, ids=[c[0][:14] for c in CASES + NEGATIVES])
def test_project_size_and_done(text, expected):
    assert_exactly(text, [dict(zip(_F, e, strict=True)) for e in expected])
