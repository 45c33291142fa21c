"""Up to a date from a start named by an event, or a deadline: `自发行至2019年12月31日`, `从开工至2020年底`, `议案截止时间
5月25日12时` make the figures after them levels as of that date (open start), not that one day's or year's flow.

Each row is a small report in our own words (figures restated, never corpus text): its date, and per figure value
the (period_start, period_end) it must get. Negatives are rows whose figures must keep their period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

CUTOFFS = [
    # from an event to a date: cumulative to that date
    ("自发行至2019年12月31日,全省销售体育彩票865.2亿元,筹集公益金215亿元。", date(2020, 5, 22),
     {"86520000000": (None, "2019-12-31"), "21500000000": (None, "2019-12-31")}),
    ("从开工至2019年6月30日,项目完成投资42亿元。", date(2019, 10, 20),
     {"4200000000": (None, "2019-06-30")}),
    ("自建站至2020年4月30日,该站接诊患者1.8万人次。", date(2020, 5, 12),
     {"18000": (None, "2020-04-30")}),
    # a deadline's time: what was received up to it
    ("按照大会规定的议案截止时间3月10日12时,大会秘书处共收到代表议案491件。", date(2019, 3, 12),
     {"491": (None, "2019-03-10")}),
    ("征集截止日期为10月15日,组委会共收到参赛作品3200件。", date(2019, 10, 25),
     {"3200": (None, "2019-10-15")}),
    # negatives: a span between two times keeps its start; a day alone stays that day
    ("从2019年1月1日至6月30日,全市新增市场主体2.6万户。", date(2019, 10, 20),
     {"26000": ("2019-01-01", "2019-06-30")}),
    ("2019年1月至9月,全市新增市场主体3.1万户。", date(2019, 10, 20),
     {"31000": ("2019-01-01", "2019-09-30")}),
    ("5月25日,大会秘书处收到代表建议120件。", date(2020, 5, 27),
     {"120": ("2020-05-25", "2020-05-25")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", CUTOFFS, ids=[row[0][:14] for row in CUTOFFS])
def test_cutoff_after_an_event_is_a_level_as_of_that_date(text, published, expected):
    got = _periods(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
