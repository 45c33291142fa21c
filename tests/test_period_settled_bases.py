"""A change against a base the text settles (P3): an amount of change (`增加了600平方公里`) against a year long before
(`较1978年`) covers the years from it, as a rate of change already does; a change against an earlier year's end
(`比2017年末`, `与2015年底相比`) covers the time from the next year's first day to the figure's end, never a point. A
base of last year (`比上年末`, `比2018年`) or a base in another clause keeps the period as it was.

Each row is a small report in our own words (figures restated, never corpus text): its text, date and per figure
value the (period_start, period_end) it must get; every figure of the text is listed (an extra fails).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_PAPER = "本报讯 全省工作推进有序。\n"

SETTLED_BASES = [
    # an amount of change against a year long before: now, a named year, a rate beside it
    (_PAPER + "退耕还湖让该湖如今的蓄水面积较1978年增加了600平方公里。\n", date(2019, 10, 24),
     {"600": ("1978-01-01", "2019-10-24")}),
    (_PAPER + "全市耕地面积较2010年减少了2万亩。\n", date(2019, 3, 2), {"-20000": ("2010-01-01", "2019-03-02")}),
    (_PAPER + "2018年，全市森林面积比2015年增加30万亩。\n", date(2019, 3, 2), {"300000": ("2015-01-01", "2018-12-31")}),
    # against an earlier year's end: a month of this year, of last year, two years on
    (_PAPER + "截至今年6月底，全省贷款余额比2017年末增加1200亿元。\n", date(2018, 8, 2),
     {"120000000000": ("2018-01-01", "2018-06-30")}),
    (_PAPER + "截至去年6月，居民在家中上网的比例与2017年末相比下降了2个百分点。\n", date(2019, 2, 26),
     {"-2": ("2018-01-01", "2018-06-30")}),
    (_PAPER + "截至今年9月末，全县存款余额较2016年年末增长35%。\n", date(2018, 10, 20),
     {"35": ("2017-01-01", "2018-09-30")}),
    # negatives: last year's end, last year, a year's end already covered, a base in the clause before
    (_PAPER + "今年6月末，全省存款余额比上年末增长5%。\n", date(2018, 8, 2), {"5": ("2018-01-01", "2018-06-30")}),
    (_PAPER + "2018年，全市森林面积比2017年增加3万亩。\n", date(2019, 3, 2), {"30000": ("2018-01-01", "2018-12-31")}),
    (_PAPER + "2018年末，全市常住人口比2017年末增加2.1万人。\n", date(2019, 3, 2),
     {"21000": ("2018-01-01", "2018-12-31")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "paper.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", SETTLED_BASES, ids=[row[0][13:27] for row in SETTLED_BASES])
def test_a_change_against_a_settled_base_covers_the_time_since(text, published, expected):
    assert _periods(text, published) == expected
