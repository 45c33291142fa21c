"""A rate in a bracket after its name (round 47): `按年平均汇率(6.75元)折算` gives the rate (年平均汇率), not the measure
the clause converts. A bracket after another noun keeps the rules before (a list's item, or no owner). Each row is our
own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 5, 30)
HEAD = "某市统计公报\n　　"

CASES = [
    ("a yearly average exchange rate in brackets",
     HEAD + "按户籍人口计算，全市人均生产总值67068元，同比增长6.3%，按年平均汇率(6.75元)折算，人均生产总值9936美元。",
     [{"value": 67068, "subject": "人均生产总值"}, {"value": 6.3, "subject": "人均生产总值"},
      {"value": 6.75, "subject": "年平均汇率"}, {"value": 9936, "subject": "人均生产总值"}]),
    ("a yearly mean rate in full-width brackets",
     HEAD + "2018年，城镇居民人均可支配收入35880元，增长8.1%，按年均汇率（6.62元）折算，为5420美元。",
     [{"value": 35880, "subject": "城镇居民人均可支配收入"}, {"value": 8.1, "subject": "城镇居民人均可支配收入"},
      {"value": 6.62, "subject": "年均汇率"}, {"value": 5420, "subject": "城镇居民人均可支配收入"}]),
    # negative: a figure in a bracket after a measure that is no rate names nothing (read as before: no fact)
    ("a bracket after a measure that is no rate",
     HEAD + "2018年，全市生产总值6706亿元，同比增长6.3%。全市人均生产总值(67068元)同比增长6.3%。",
     [{"value": 670600000000, "subject": "生产总值"}, {"value": 6.3, "subject": "生产总值"}]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bracketed_rates47(text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, PUBLISHED)
