"""Planned or forecast money held now (P3): a clause opened by now said as a bound (`截至目前，`, `迄今为止，`) dates the
figures after it as of the story's today (the dateline's day, else the paper's), forecast or plan alike
(`截至目前，全市改造项目预计总投资超600亿元` → open start, that day), never left empty and never the year's plan. A
plan or forecast no time word dates keeps no period (`目前` alone is no bound; a clause break ends the bound).

Each row is a small report in our own words (figures restated, never corpus text): its text, date and per figure
value the (period_start, period_end) it must get; every figure of the text is listed (an extra fails).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_PAPER = "本报讯 全省工作推进有序。\n"
_DAY = date(2019, 10, 25)

NOW_BOUND = [
    # a forecast total and the money done beside it; a plan; 迄今为止; a dateline's day before the paper's
    (_PAPER + "截至目前，全县旧村改造项目预计总投资超800亿元，已完成投资260亿元。\n", _DAY,
     {"80000000000": (None, "2019-10-25"), "26000000000": (None, "2019-10-25")}),
    (_PAPER + "截至目前，全区引进产业项目计划总投资95亿元。\n", _DAY, {"9500000000": (None, "2019-10-25")}),
    (_PAPER + "迄今为止，该市签约的文旅项目预计总投资达420亿元。\n", _DAY, {"42000000000": (None, "2019-10-25")}),
    ("园区建设提速\n本报某地10月23日电 （记者 某）截至目前，园区入驻项目预计总投资130亿元。\n", _DAY,
     {"13000000000": (None, "2019-10-23")}),
    # negatives: a forecast after the bound's clause ended; `目前` alone; a forecast of this year keeps the year
    (_PAPER + "截至目前，全县完成投资20亿元；预计带动就业3000人。\n", _DAY,
     {"2000000000": (None, "2019-10-25"), "3000": (None, None)}),
    (_PAPER + "目前，该项目预计总投资45亿元。\n", _DAY, {"4500000000": (None, None)}),
    (_PAPER + "全市棚改项目预计今年完成投资80亿元。\n", _DAY, {"8000000000": ("2019-01-01", "2019-12-31")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "paper.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", NOW_BOUND, ids=[row[0][13:27] for row in NOW_BOUND])
def test_a_plan_after_a_now_bound_is_as_of_the_story_day(text, published, expected):
    assert _periods(text, published) == expected
