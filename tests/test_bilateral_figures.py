"""A figure between China and one partner (`中非贸易额`, `中美双边贸易`) in a national paper's story on the partner: the
pair's, not the partner's own place nor the country's: no region. A place named after it keeps its own figure."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 9, 14)
NATIONAL_PAPER = "rmrb-2021-09-14-17-01.txt"  # a national paper: its scope is 全国

CASES = [
    ("trade with a region in its story",
     "拉美经济逐步复苏\n\n　　本报记者 张某\n　　拉丁美洲多国经济回暖。\n　　数据显示，2020年中拉贸易额达到3166亿美元，同比增长0.1%。\n",
     [{"value": 3.166e11, "region": None}, {"value": 0.1, "region": None}]),
    ("two-way trade with a country",
     "俄罗斯远东开发提速\n\n　　本报记者 张某\n　　俄罗斯远东地区投资增长。\n　　去年中俄双边贸易额为1077亿美元。\n",
     [{"value": 1.077e11, "region": None}]),
    # negatives: the partner's own figure named after the pair's measure keeps its place; China's own trade stays
    ("partner's own figure after it",
     "俄罗斯远东开发提速\n\n　　本报记者 张某\n　　中俄贸易稳步增长，俄罗斯粮食出口增长12%。\n",
     [{"value": 12, "region": "俄罗斯"}]),
    ("china's own trade",
     "外贸稳中提质\n\n　　本报记者 张某\n　　海关总署数据显示，前8个月我国货物贸易进出口总值增长23.7%。\n",
     [{"value": 23.7, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_bilateral_figure(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
