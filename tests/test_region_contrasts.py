"""Regions of a clause set against the one before (`…，而中西部地区…`, `但我国…`): the place after the connective is
its own clause's topic, so the earlier clause's place never carries over to its figures.

Each row is a small report in our own words: its date and ALL its facts as (value, region); an extra or a missing
fact fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

ROWS = [
    ("去年，东部地区的外出务工人员减少90万人，而中西部地区务工人员人数增长2.8%。", date(2019, 2, 25),
     [(-900000, "东部地区"), (2.8, None)]),
    ("2018年，全球稻谷平均单产每公顷4.5吨，而我国杂交稻单产每公顷达7.2吨。", date(2019, 10, 23),
     [(4.5, "全球"), (7.2, "全国")]),
    ("去年，西部地区新增造林1200万亩，但中西部地区退耕还林面积下降4%。", date(2019, 3, 2),
     [(12000000, "西部地区"), (-4, None)]),
    # negative: two named places each keep their own
    ("去年，广东省出口增长5%，而浙江省出口增长9%。", date(2019, 2, 25),
     [(5, "广东省"), (9, "浙江省")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:16] for r in ROWS])
def test_contrast_regions(text, published, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], published)
