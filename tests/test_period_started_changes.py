"""A change up to an end whose start the sentence before names (P2): `2001年，某市开始实施封山育林工程。截至2018年，
全市森林覆盖率提高20%` covers 2001 up to 2018's end. Only when the previous sentence of the same paragraph opens with a
year alone and a start verb (`开始`, `启动`, `实施`) and the figure's sentence opens with `截至`/`到` an end; otherwise
the period stays as it was read (an open start, or the one year).

Each row is a sentence pair in our own words (figures restated, never corpus text) and ALL the facts it must give.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

PUBLISHED = date(2019, 10, 30)
KEYS = ("value", "period_start", "period_end")

CASES = [
    # the start the previous sentence names, up to the end the figure's sentence opens with
    ("2001年，宁德开始实施封山育林工程。截至2018年，全市森林覆盖率提高20.4%。",
     [(20.4, "2001-01-01", "2018-12-31")]),
    ("2008年，某县启动农村电商工程。到2018年，全县网络零售额增长3.2倍。",
     [(3.2, "2008-01-01", "2018-12-31")]),
    ("2010年，全省实施湿地保护工程。截至2019年底，全省湿地面积增加12.5%。",
     [(12.5, "2010-01-01", "2019-12-31")]),
    # negatives: no start verb, a span rather than a bare year, a change against last year, no end opening the
    # sentence, another paragraph, a running total (a level) and a start after the end
    ("2001年，宁德完成造林5万亩。截至2018年，全市森林覆盖率提高20.4%。", [(20.4, None, "2018-12-31")]),
    ("2001年以来，宁德启动封山育林工程。截至2018年，全市森林覆盖率提高20.4%。", [(20.4, None, "2018-12-31")]),
    ("2001年，宁德开始实施封山育林工程。截至2018年，全市森林覆盖率比上年提高1.4%。",
     [(1.4, "2018-01-01", "2018-12-31")]),
    ("2001年，宁德开始实施封山育林工程。2018年，全市森林覆盖率提高1.4%。", [(1.4, "2018-01-01", "2018-12-31")]),
    ("2001年，宁德开始实施封山育林工程。\n截至2018年，全市森林覆盖率提高20.4%。", [(20.4, None, "2018-12-31")]),
    ("2001年，宁德开始实施封山育林工程。截至2018年，累计造林82万亩。", [(820000, None, "2018-12-31")]),
    ("2019年，宁德开始实施封山育林工程。截至2018年，全市森林覆盖率提高20.4%。", [(20.4, None, "2018-12-31")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[row[0][:14] for row in CASES])
def test_change_since_a_start_the_sentence_before_names(text, expected):
    assert_exactly(text, [dict(zip(KEYS, row, strict=True)) for row in expected], PUBLISHED)
