"""A stock given as the year's span (P3) in a statistical communiqué: a count of standing institutions or facilities
after `设有`/`建有` (and the parts its list names after `其中`) and a state ratio measured at the year's end
(`森林覆盖率`, `普及率`, `绿化覆盖率`, `城镇化率`, a broadcast's reach `广播覆盖率`) are points at the year's end, and
so is a count of standing institutions said with `共有`; flows beside them (`新建`, `完成`, `接待`, a rate of a flow,
what a span brought `全年共有…`), changes of the stock (`提高…个百分点`) keep the year's span; outside a communiqué
nothing changes.

Each row is a small report in our own words (figures restated, never corpus text): its file name and date, and per
figure value the (period_start, period_end) it must get; every fact of the row is listed.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_REPORT = "2023年全县国民经济和社会发展统计公报\n一、综合\n全年实现地区生产总值96亿元。\n"
_GDP = {"9600000000": ("2023-01-01", "2023-12-31")}
YEAR = ("2023-01-01", "2023-12-31")
END = (None, "2023-12-31")
PUBLISHED = date(2024, 4, 2)

ROWS = [
    # standing institutions after 设有/建有, and the parts after 其中
    ("全县设有乡镇卫生院15个，其中中心卫生院4个，一般卫生院11个。\n", "tjgb-s1-2023.txt",
     {"15": END, "4": END, "11": END}),
    ("全县建有村级综合服务站42个。\n", "tjgb-s2-2023.txt", {"42": END}),
    ("全市设有公共图书馆3座，博物馆2座。\n", "tjgb-s3-2023.txt", {"3": END, "2": END}),
    # state ratios at the year's end, under a year paragraph or none
    ("2023年生态建设稳步推进。全县完成人工造林2.1万亩，森林覆盖率达61.5%。\n", "tjgb-r1-2023.txt",
     {"21000": YEAR, "61.5": END}),
    ("城镇供水普及率98.6%，燃气普及率91.2%。\n", "tjgb-r2-2023.txt", {"98.6": END, "91.2": END}),
    ("建成区绿化覆盖率42.3%。\n", "tjgb-r3-2023.txt", {"42.3": END}),
    # a herd at the year's end is a stock; what left it over the year (出栏, 出笼) is the year's flow
    ("年末生猪存栏41.2万头,生猪出栏58.3万头;年末家禽存笼150.6万羽，家禽出笼402.1万羽。\n", "tjgb-h1-2023.txt",
     {"412000": END, "583000": YEAR, "1506000": END, "4021000": YEAR}),
    # negatives: flows after 设有, a 共有 total, a flow's rate, a service's reach, a change of a state ratio
    ("全县设有农技服务站12个，全年培训农民8600人次。\n", "tjgb-n1-2023.txt", {"12": END, "8600": YEAR}),
    ("全县设有卫生室56个，新建卫生室7个。\n", "tjgb-n5-2023.txt", {"56": END, "7": YEAR}),
    # a 共有 count of standing institutions and a broadcast's reach are year-end states too
    ("全县共有文化机构5个，全年接待读者12万人次。\n", "tjgb-s4-2023.txt", {"5": END, "120000": YEAR}),
    ("城镇生活污水处理率92.1%，广播覆盖率99.8%，电视人口综合覆盖率99.2%。\n", "tjgb-n3-2023.txt",
     {"92.1": YEAR, "99.8": END, "99.2": END}),
    ("全年共有新建投产企业14家。\n", "tjgb-n6-2023.txt", {"14": YEAR}),
    ("森林覆盖率比上年提高0.4个百分点。\n", "tjgb-n4-2023.txt", {"0.4": YEAR}),
]

PAPER_ROWS = [
    # outside a communiqué: a year's coverage and a 设有 count keep the year the text gives
    ("本报讯 2023年，全县森林覆盖率达61.5%，全县设有乡镇卫生院15个。\n", date(2024, 2, 3),
     {"61.5": YEAR, "15": YEAR}),
]


def _periods(text: str, name: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, name, published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,name,expected", ROWS, ids=[row[1] for row in ROWS])
def test_communique_stock_is_a_point_at_the_year_end(text, name, expected):
    assert _periods(_REPORT + text, name, PUBLISHED) == {**_GDP, **expected}


@pytest.mark.parametrize("text,published,expected", PAPER_ROWS, ids=["paper"])
def test_outside_a_communique_nothing_changes(text, published, expected):
    assert _periods(text, "paper.txt", published) == expected
