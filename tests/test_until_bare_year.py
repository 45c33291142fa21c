"""`截至` and a year alone opening a sentence: a yearly output flow in it is that year's (`截至2020年,全镇生产毛衫7亿件`),
a stock (`企业近万家`) and a running total (`累计`) stay levels at the year's end; `截至…年底` is always the end."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 3, 5)
YEAR = ("2020-01-01", "2020-12-31")
AT_END = (None, "2020-12-31")

UNTIL_BARE_YEAR = [
    ("a yearly output", "截至2020年,全县生产各类袜子180多亿双。", [(18000000000, YEAR)]),
    ("a yearly output value", "截至2020年，全镇毛衫产业产值达到300亿元。", [(30000000000, YEAR)]),
    ("a share after the output", "截至2020年,全行业生产袜子150多亿双,占全国总量的60%。",
     [(15000000000, YEAR), (60, YEAR)]),
    # negatives: a stock, a running total and a year's end stay levels at the end
    ("a stock", "截至2020年,全县共有袜业企业9000多家。", [(9000, AT_END)]),
    ("a running total", "截至2020年,累计生产袜子900亿双。", [(90000000000, AT_END)]),
    ("the year's end", "截至2020年底,全县生产袜子180多亿双。", [(18000000000, AT_END)]),
]


@pytest.mark.parametrize("label, text, expected", UNTIL_BARE_YEAR, ids=[c[0] for c in UNTIL_BARE_YEAR])
def test_a_yearly_flow_under_a_bare_year_until(label, text, expected):
    got = [(f["value"], (f["period_start"], f["period_end"])) for f in facts_of(text, DAY)]
    assert got == expected
