"""A span counted from an act (P1): `两年内`/`3年内` after the day a plan was adopted or a pledge made runs from that
day to its N-th anniversary, not over the report's calendar years; with no such day in force (a pledge retold in a
later commentary, a goal told to a reporter) its start is unknown and the figure gets no period. A span looked back
on (`过去3年内`) keeps its closed years.

Rows are our own sentences: per figure value the (period_start, period_end, status) it must get; every figure of the
sentence is listed (an extra one fails).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

FROM_THE_ACT = [
    ("pledge on a day", "6月3日，我国宣布，将在两年内向非洲提供15亿美元发展援助。", date(2021, 6, 5),
     {"1500000000": ("2021-06-03", "2023-06-03", "target")}),
    ("plan adopted on a day", "3月12日,省政府印发行动方案,3年内新建托育机构420家。", date(2022, 7, 1),
     {"420": ("2022-03-12", "2025-03-12", "target")}),
    ("leap day", "2024年2月29日，该市出台方案，两年内新建学校12所。", date(2024, 3, 5),
     {"12": ("2024-02-29", "2026-02-28", "target")}),
]

START_UNKNOWN = [
    ("pledge retold", "各方欢迎我国宣布的举措——我国将在两年内向非洲提供发展援助15亿美元。", date(2021, 6, 5),
     {"1500000000": (None, None, "target")}),
    ("goal told to a reporter", "合作社负责人说，“我们三年内的目标是亩产量900公斤。”", date(2021, 6, 5),
     {"900": (None, None, "target")}),
]

LOOKED_BACK = [
    ("past three years", "过去3年内,全县新建养老院14所。", date(2021, 6, 5),
     {"14": ("2018-01-01", "2020-12-31", "actual")}),
]


@pytest.mark.parametrize("text, published, expected", [r[1:] for r in FROM_THE_ACT], ids=[r[0] for r in FROM_THE_ACT])
def test_a_span_within_years_counts_from_the_act(text, published, expected):
    assert _periods(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [r[1:] for r in START_UNKNOWN], ids=[r[0] for r in START_UNKNOWN])
def test_a_span_within_years_with_no_act_day_has_no_period(text, published, expected):
    assert _periods(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [r[1:] for r in LOOKED_BACK], ids=[r[0] for r in LOOKED_BACK])
def test_a_span_looked_back_on_keeps_its_years(text, published, expected):
    assert _periods(text, published) == expected


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None, str]]:
    facts = extract_text(text, "rmrb-2021-06-05-03-01.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end, f.status)
            for f in facts}
