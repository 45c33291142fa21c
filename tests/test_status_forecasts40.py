"""A cause's forecast consequence (`疫情将导致今年…增至`) and a forecaster's revision with its object between (`IMF下调今年
世界经济增速至3%`) are estimates; `将达` before its number and a gift still to be made (`将赠送给…`) are targets; money a
question asks why was spent (`为何要投资近15亿元？`) and works told done in their own clause after a goal (`确保…，132个项目
均已全部复工`) are actual. Each row is our own sentence: ALL its facts (value and status)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 5, 14)

CASES = [
    ("a pandemic's forecast consequence",
     "报告说，疫情将导致今年南美地区贫困人口增至2.1亿人，失业人口增至4000万人。\n",
     [(2.1e8, "estimate"), (4e7, "estimate")]),
    ("a drought's forecast consequence",
     "该组织预警，干旱将会造成今年东非地区粮食产量下降15%。\n", [(-15, "estimate")]),
    ("a forecaster's revision with its object between",
     "IMF下调二〇二〇年全球经济增速至百分之三。\n", [(3, "estimate")]),
    ("a stock a county will reach by the year's end",
     "年底全区生猪将达80万头养殖能力。\n", [(800000, "target")]),
    ("a gift still to be made",
     "这批图书将赠送给5省区乡村学校，赠书总量300万册。\n", [(3e6, "target")]),
    ("money a question asks why was spent",
     "既然只是配套项目，为何要投资近15亿元建设如此庞大的建筑群？\n", [(1.5e9, "actual")]),
    ("works told done after a goal",
     "全省开展督导，确保上半年搬迁人口100%入住，132个补短板项目均已全部复工。\n",
     [(100, "target"), (132, "actual")]),
    # negatives: what a cause has brought about, a plan's own effect, a goal told with 要, works still planned
    ("what a pandemic has brought about",
     "疫情已导致南美地区失业人口增至4000万人。\n", [(4e7, "actual")]),
    ("a plan's own effect",
     "到2022年，工程将使全市森林覆盖率达到45%。\n", [(45, "target")]),
    ("a goal told with 要",
     "今年要新建学校20所左右。\n", [(20, "target")]),
    # 132 was read with the goal's subject 搬迁人口 (a different measure): a bare name now, dropped (round 50)
    ("works still planned: the goal's figure alone",
     "全省开展督导，确保上半年搬迁人口100%入住，132个补短板项目将于6月底前全部复工。\n",
     [(100, "target")]),
]


GAP = "the first figure after `疫情将导致…` is not read at all yet (a subject gap, not this status rule)"
CASES = [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=GAP)) if c[0].startswith("a pandemic") else c
         for c in CASES]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_status_forecasts40(label, text, expected):
    got = [(f["value"], f["status"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(v), s) for v, s in expected]
