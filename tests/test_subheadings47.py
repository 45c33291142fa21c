"""A sub-heading of two phrases joined by a comma (round 47): on a page whose lines are paragraphs, `农业生产稳中有进,
供应充足` is a line of its own, so the paragraph after it opens with its own time (`一季度,…`), which dates its later
sentences too, and no heading words run into a subject. Hard-wrapped text still joins such lines. Each row is our
own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2023, 4, 27)
Q1 = {"period_start": "2023-01-01", "period_end": "2023-03-31"}
LEAD = "记者从某市统计局获悉，全市经济运行总体平稳，主要指标好于预期，各行业复苏态势明显，市场信心持续增强。\n"

CASES = [
    ("a comma sub-heading before a quarter's paragraph",
     "某市经济运行稳中向好\n" + LEAD + "农业生产稳中有进,供应充足\n"
     "一季度,农林牧渔业总产值52.4亿元,同比增长3.6%。蔬菜播种面积11.8万亩,与去年持平;总产量56.8万吨,增长1.8%。\n",
     [{"value": 5240000000, "subject": "农林牧渔业总产值", **Q1}, {"value": 3.6, **Q1},
      {"value": 118000, "subject": "蔬菜播种面积", **Q1}, {"value": 568000, "subject": "蔬菜总产量", **Q1},
      {"value": 1.8, "subject": "蔬菜总产量", **Q1}]),
    # kept: the heading's words stayed out of this subject before too (its clause opens with the time)
    ("a comma sub-heading's words stay out of the subject",
     "某市经济运行稳中向好\n" + LEAD + "外资规模稳定,结构优化\n"
     "一季度,全市实际使用外资3.2亿美元,同比增长5.1%。\n",
     [{"value": 320000000, "subject": "实际使用外资", **Q1}, {"value": 5.1, "subject": "实际使用外资", **Q1}]),
    # negative: hard-wrapped text joins a short line with a comma to the next, as before
    ("hard-wrapped lines join",
     "瑞金市经济运行\n2022年全市农业生产\n稳定,粮食总产量12.4万吨,\n增长3.6%。\n",
     [{"value": 124000, "subject": "粮食总产量"}, {"value": 3.6, "subject": "粮食总产量"}]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subheadings47(text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, PUBLISHED)
