"""What follows a `、` after a figure is not always the next item of a list. The level its change reached or the
record it set (`下降19%、降至多年新低`) is the same item, so a time opening the clause (`在去年…的情况下`) still dates
the figures after it; a later item of a list a partner heads (`广东对东盟、美国、欧盟等…`) is no place opening a
parallel clause, so the province keeps the figures after it. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}
Q1 = {"period_start": "2018-01-01", "period_end": "2018-03-31"}

CASES = [
    ("a level reached after the change, behind a lead clause",
     "事实胜于雄辩，在去年全球跨境投资同比下降20%、降至十年低点的情况下，我国利用外资规模逆势增长4%。\n",
     date(2019, 2, 20), "rmrb-2019-02-20-05-01.txt",
     [{"value": -20, "region": "全球", **Y2018}, {"value": 4, "region": "全国", **Y2018}]),
    ("a record set after the change",
     "数字最有说服力，在去年全球货物贸易同比下降3%、创三年新低的情况下，我国出口增长7%。\n",
     date(2019, 2, 20), "rmrb-2019-02-20-05-02.txt",
     [{"value": -3, "region": "全球", **Y2018}, {"value": 7, "region": "全国", **Y2018}]),
    ("partners listed after a province, then its growth",
     "一季度,浙江对日本、韩国、英国等贸易伙伴出口保持增长,其中,浙江对东盟出口1200亿元,同比增长9.5%。\n",
     date(2018, 4, 20), "zj-2018-04-20.txt",
     [{"value": 1200e8, "region": "浙江省", **Q1}, {"value": 9.5, "region": "浙江省", **Q1}]),
]


@pytest.mark.parametrize("label,text,published,name,expected", CASES, ids=[c[0] for c in CASES])
def test_list_item_continuation(label, text, published, name, expected):
    assert_exactly(text, expected, published, name)
