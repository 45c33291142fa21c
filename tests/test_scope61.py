"""Scopes of round 61: a transport mode or an airport opening a sentence owns the traffic measures named alone after
it (`民航运输累计执飞航班…,旅客吞吐量…` → 民航旅客吞吐量). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

SPRING_2024 = {"period_start": "2024-01-26", "period_end": "2024-03-05"}

TRANSPORT_MODES = [
    ("a transport mode opening its sentence owns its later bare traffic measures",
     "2024年春运从1月26日开始至3月5日结束。春运期间,铁路运输累计开行旅客列车380对,累计发送旅客21.4万人,到达20.8万人,"
     "同比增长41.2%。民航运输累计保障航班1860架次,旅客吞吐量19.3万人次,货邮吞吐量210.4吨。\n",
     [{"value": 214000, "subject": "铁路累计发送旅客", **SPRING_2024},
      {"value": 208000, "subject": "铁路到达", **SPRING_2024},
      {"value": 41.2, "subject": "铁路到达", "family": "growth_rate", **SPRING_2024},
      {"value": 1860, "subject": "民航运输累计保障航班", **SPRING_2024},
      {"value": 193000, "subject": "民航旅客吞吐量", **SPRING_2024},
      {"value": 210.4, "subject": "民航货邮吞吐量", **SPRING_2024}]),
    # negative: a sentence the city opens keeps its measures bare
    ("the city's own traffic stays the city's",
     "2024年春运从1月26日开始至3月5日结束。春运期间,全市累计发送旅客60.2万人次,旅客吞吐量19.3万人次。\n",
     [{"value": 602000, "subject": "累计发送旅客", **SPRING_2024},
      {"value": 193000, "subject": "旅客吞吐量", **SPRING_2024}]),
]

TABLES = [
    (TRANSPORT_MODES, date(2024, 3, 8), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round61_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
