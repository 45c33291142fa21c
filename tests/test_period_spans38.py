"""Periods read from the wording around a figure (audit 33-37, kinds33-36): the later items of a `分别` change list
over a base year span the base year too, the parts of a holiday are those days of it, and a span counted back from
the story's now (`过去14天`, `从1月19日到目前`) where it opens the figure's clause. Each row: sentence → every fact's
period."""

from datetime import date

import pytest
from factcase import facts_of


def periods(text: str, published: date) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)]


END_2025 = date(2025, 12, 31)
OVER_2020 = ("2020-01-01", "2024-12-31")
YEAR_2024 = ("2024-01-01", "2024-12-31")

RESPECTIVE_BASE_YEARS = [
    # a rise over a base year written once before a `分别` list is each item's: base year to the figure's year
    ("2024年，全省玉米种植面积达900万亩、总产450万吨、亩产500公斤，较2020年分别提高3.1%、6.2%和2.9%。", END_2025,
     [(9e6, *YEAR_2024), (4.5e6, *YEAR_2024), (500, *YEAR_2024), (3.1, *OVER_2020), (6.2, *OVER_2020),
      (2.9, *OVER_2020)]),
    ("2024年，全省玉米种植面积达900万亩、总产450万吨、单产500公斤/亩，较2020年分别提高3.1%、6.2%和2.9%。", END_2025,
     [(9e6, *YEAR_2024), (4.5e6, *YEAR_2024), (3.1, *OVER_2020), (6.2, *OVER_2020), (2.9, *OVER_2020)]),
    ("2024年，全市棉花产量为12万吨，比2020年分别增长8.5%、4.4%。", END_2025,
     [(1.2e5, *YEAR_2024), (8.5, *OVER_2020), (4.4, *OVER_2020)]),
    # a base of the year before keeps the figure's one year; so do shares told after the list
    ("2024年，全省玉米种植面积达900万亩、总产450万吨，比上年分别增长2.5%和1.5%，分别占全国的5%、6%。", END_2025,
     [(9e6, *YEAR_2024), (4.5e6, *YEAR_2024), (2.5, *YEAR_2024), (1.5, *YEAR_2024), (5, *YEAR_2024),
      (6, *YEAR_2024)]),
    # each item against a base of its own: the nearest base
    ("2024年，全省粮食产量比上年增长1.2%、比2020年增长6.8%。", END_2025,
     [(1.2, *YEAR_2024), (6.8, *OVER_2020)]),
]


@pytest.mark.parametrize("text, published, expected", RESPECTIVE_BASE_YEARS,
                         ids=[c[0][:10] for c in RESPECTIVE_BASE_YEARS])
def test_a_respective_list_over_a_base_year(text, published, expected):
    assert periods(text, published) == expected
