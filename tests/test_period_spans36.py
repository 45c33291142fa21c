"""Relative and open spans read from the wording around a figure (audit sheet 36): a since that opens on a part of
a month, a span counted back from the story's now, a stock told beside a flow's time. Each row: sentence → every
fact's period."""

from datetime import date

import pytest
from factcase import facts_of


def periods(text: str, published: date) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)]


OCT_2019 = date(2019, 10, 31)

MONTH_PART_SINCES = [
    # a since that opens on a third of a month, or on its first days, starts on that third's first day
    ("10月中旬以来，全市政务热线共受理群众诉求8200件。", date(2019, 11, 28),
     [(8200, "2019-10-11", "2019-11-28")]),
    ("9月下旬以来，全省新开工项目320个。", OCT_2019, [(320, "2019-09-21", "2019-10-31")]),
    ("8月上旬以来，该省累计发放贷款60亿元。", OCT_2019, [(6e9, "2019-08-01", "2019-10-31")]),
    ("4月初以来，全省新签约外资项目约300个。", date(2020, 5, 7), [(300, "2020-04-01", "2020-05-07")]),
    ("2019年11月中旬以来，全市累计接待游客150万人次。", date(2020, 1, 6),
     [(1.5e6, "2019-11-11", "2020-01-06")]),
    # a third alone stays its own ten days
    ("9月中旬，全市接待游客12万人次。", OCT_2019, [(1.2e5, "2019-09-11", "2019-09-20")]),
]


@pytest.mark.parametrize("text, published, expected", MONTH_PART_SINCES, ids=[c[0][:8] for c in MONTH_PART_SINCES])
def test_a_since_opening_on_part_of_a_month(text, published, expected):
    assert periods(text, published) == expected
