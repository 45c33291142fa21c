"""Where visiting traders come from (lexicon/places.toml `visitor_after_place`: `河南客商来考察`) is not the place a
figure is about: the story's place holds, else none. A place that is the figure's own subject keeps it. Sentences are
our own; each row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)

VISITORS = [
    ("traders come to see", "去年湖北客商来考察，订走了300吨。", [{"value": 300, "region": None}]),
    ("buyers come to the door", "今年，福建采购商上门收购，一次买走2万斤茶叶。", [{"value": 20000, "region": None}]),
    ("traders buy here", "安徽客商去年在这里采购了4000吨大米。", [{"value": 4000, "region": None}]),
    # a story's place holds for the buyers' order
    ("the story's county", "西峡县的猕猴桃远近闻名。去年湖北客商来考察，订走了300吨。",
     [{"value": 300, "region": "西峡县"}]),
    # negative: the place's own figure
    ("a province's own count", "去年湖北经销商数量增长12%。", [{"value": 12, "region": "湖北省"}]),
]


@pytest.mark.parametrize("label, text, expected", VISITORS, ids=[c[0] for c in VISITORS])
def test_where_traders_come_from_is_no_figures_place(label, text, expected):
    assert_exactly(text, expected, DAY, name="case.txt")

