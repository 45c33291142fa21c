"""Spans a text names by a national era (`党的十八大以来`, `改革开放以来`, `新中国成立70年来`) or counts back from a day
(`近10日`, `近一周`, `近3个月`), and the cold season `去冬今春`: each figure gets the whole span, never an open start,
the era's year alone or a day of the month.

Each row is a small report in our own words: its date and ALL its facts as (value, period_start, period_end,
status); an extra or a missing fact fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

ROWS = [
    # an era runs from its first day up to the report
    ("党的十八大以来，全省累计减少贫困人口600万人。", date(2019, 10, 24),
     [(6000000, "2012-11-08", "2019-10-24", "actual")]),
    ("改革开放以来，全国农村贫困人口减少7亿多人。", date(2019, 10, 25),
     [(-700000000, "1978-12-18", "2019-10-25", "actual")]),
    ("新中国成立70年来，全市公路里程增长了120倍。", date(2019, 9, 30),
     [(120, "1949-10-01", "2019-09-30", "actual")]),
    # negative: an era's name alone is no span
    ("学习十九大精神，全县培训党员干部1.2万人。", date(2018, 3, 2),
     [(12000, None, "2018-03-02", "actual")]),
    # negative: what a since dates inside a noun phrase (a record, every one of a kind) is no figure's span
    ("3月6日，座谈会在北京举行。这是党的十八大以来最大规模的会议，视频会议开到县级的省份有22个。", date(2020, 5, 20),
     [(22, None, "2020-03-06", "actual")]),
    # the last N days up to the bulletin's day in force, not the Nth of the month
    ("截至5月13日24时，全省现有确诊病例12例。近10日，新增无症状感染者均低于20例。", date(2020, 5, 15),
     [(12, None, "2020-05-13", "actual"), (20, "2020-05-04", "2020-05-13", "actual")]),
    ("近一周，全市新建住宅成交面积同比增长6%。", date(2019, 8, 30),
     [(6, "2019-08-24", "2019-08-30", "actual")]),
    # the cold season that ended in the report's year
    ("去冬今春，全县共接待游客120万人次。", date(2019, 10, 15),
     [(1200000, "2018-11-01", "2019-04-30", "actual")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:16] for r in ROWS])
def test_era_and_recent_spans(text, published, expected):
    keys = ("value", "period_start", "period_end", "status")
    assert_exactly(text, [dict(zip(keys, row, strict=True)) for row in expected], published)
