"""A communiqué's footnote mark after a term (`…总值[2]`, `…投资［7］金额`, `〔5〕`) is no part of the measure's name, and
the level figure right after it is read like any other (lexicon subjects.toml footnote_reference). Each row is our
own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MARCH = date(2023, 3, 20)


def _row(subject: str, value: float, unit: str) -> dict:
    return {"subject": subject, "value": value, "unit": unit}


EXACT = [
    ("level and growth after a mark", "初步核算，全年全省地区生产总值[3]28000亿元，比上年增长5.1%。",
     [_row("地区生产总值", 2.8e12, "CNY"), _row("地区生产总值", 5.1, "%")]),
    ("mark inside the name", "实际使用外商直接投资［6］金额12.5亿美元，增长3.2%。",
     [_row("实际使用外商直接投资金额", 1.25e9, "USD"), _row("实际使用外商直接投资金额", 3.2, "%")]),
    ("bracket mark, growth only", "民间投资〔4〕增长7.7%。", [_row("民间投资", 7.7, "%")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_footnotes(text, expected):
    assert_exactly(text, expected, MARCH)
