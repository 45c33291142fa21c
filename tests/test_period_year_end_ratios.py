"""A state ratio told among year-end stocks (P3): `年末共有…。…电视综合人口覆盖率99%` in a year's report is the coverage at
the year's end (null..Dec 31), as the stocks beside it are, not the year's flow; so is a state ratio in a sentence
no time opens after an earlier sentence of its paragraph opened with a year-end (`…。年末实有…。森林覆盖率达60%`).
A rate of the year's flow (`录取率`, `达标率`) and a ratio in a sentence a year opens keep the year; a ratio measured
at the year's end by what it is (`森林覆盖率`, `普及率`, a broadcast's reach `广播综合人口覆盖率`) is that point anyway (test_period_communique_states.py).

Each row is a small report in our own words: per figure value the (period_start, period_end) it must get; every
figure of the report is listed (an extra one fails).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_HEAD = "2021年南川县国民经济和社会发展统计公报\n八、文化和林业\n"
_DAY = date(2022, 3, 28)
_END = (None, "2021-12-31")
_YEAR = ("2021-01-01", "2021-12-31")

AT_YEAR_END = [
    ("coverage after year-end counts",
     "年末共有文化馆3个，博物馆2个。广播综合人口覆盖率98.6%，电视综合人口覆盖率99.2%。\n",
     {"3": _END, "2": _END, "98.6": _END, "99.2": _END}),
    ("coverage said with 达",
     "年底全县拥有公共图书馆5个。全县有线电视覆盖率达到96%。\n",
     {"5": _END, "96": _END}),
    ("forest cover after a year-end sentence",
     "全年完成造林面积1200公顷。年末实有自然保护区3个。全县森林覆盖率达61.4%。\n",
     {"1200": _YEAR, "3": _END, "61.4": _END}),
    ("forest cover with no year-end (year_end_state_ratio)",
     "全年完成造林面积900公顷，森林覆盖率57.2%。\n",
     {"900": _YEAR, "57.2": _END}),
    ("a broadcast's reach with no year-end (year_end_state_ratio)",
     "全年新建广播站4个，广播综合人口覆盖率97.2%。\n",
     {"4": _YEAR, "97.2": _END}),
    ("tap water after a year-end sentence",
     "全年供水总量1.5亿立方米。年末城市自来水普及率98%。\n",
     {"150000000": _YEAR, "98": _END}),
]

KEEP_THE_YEAR = [
    ("a rate of the year's flow",
     "年末共有普通高中6所。普通高考录取率为83.5%。\n",
     {"6": _END, "83.5": _YEAR}),
    ("a flow rate after a year-end sentence",
     "年末实有监测站点12个。全年空气质量达标率92%。\n",
     {"12": _END, "92": _YEAR}),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in AT_YEAR_END], ids=[r[0] for r in AT_YEAR_END])
def test_a_state_ratio_among_year_end_stocks_is_the_year_end_level(text, expected):
    assert _periods(_HEAD + text) == expected


@pytest.mark.parametrize("text, expected", [r[1:] for r in KEEP_THE_YEAR], ids=[r[0] for r in KEEP_THE_YEAR])
def test_a_flow_rate_or_an_unopened_paragraph_keeps_the_year(text, expected):
    assert _periods(_HEAD + text) == expected


def _periods(text: str) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "tjgb-nanchuan-2021.txt", _DAY).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}
