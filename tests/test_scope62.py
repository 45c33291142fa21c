"""Scopes of round 62: a ranked list's items each named by their own unit, never by a place an earlier item named
(`…某镇45件、占比24.1%,移动公司27件、占比69.2%`). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q2_2023 = {"period_start": "2023-04-01", "period_end": "2023-06-30"}

RANKED_ITEMS = [
    ("a firm's item after a town's item keeps no town (the page's county, as a first item's body), its share neither",
     "平罗县12345热线二季度运行情况\n二季度,平罗县12345热线共受理诉求3000件。"
     "超时签收工单较多的单位是:姚伏镇45件、占比24.1%,移动公司27件、占比69.2%。\n",
     [{"value": 3000, "indicator": "hotline.contacts_total", "region": "平罗县", **Q2_2023},
      {"value": 45, "subject": "姚伏镇超时签收工单", "region": "姚伏镇", **Q2_2023},
      {"value": 24.1, "subject": "姚伏镇超时签收工单(占比)", "region": "姚伏镇", **Q2_2023},
      {"value": 27, "subject": "移动公司超时签收工单", "region": "平罗县", **Q2_2023},
      {"value": 69.2, "subject": "移动公司超时签收工单(占比)", "region": "平罗县", **Q2_2023}]),
]

TABLES = [
    (RANKED_ITEMS, date(2023, 7, 10), "page.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round62_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
