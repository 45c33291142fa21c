"""Times that must not date a later figure to an earlier year: a baseline list whose items carry an end mark
(`分别比上月末和上年同期高…`), and the time after a gap word (`低于去年同期增速…`), which is the gap's baseline and no
later figure's time.

Each row is a small report in our own words (figures restated, never corpus text): its date, and ALL its facts as
value -> (subject, period_start, period_end); an extra or missing fact fails the row.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

BASELINE_LISTS = [
    ("6月末,全省存款余额8.2万亿元,增速分别比上月末和上年同期高0.4个和1.3个百分点。", date(2021, 7, 14),
     {"8200000000000": ("存款余额", None, "2021-06-30"), "0.4": ("存款余额", None, "2021-06-30"),
      "1.3": ("存款余额", None, "2021-06-30")}),
    ("3月末,全市贷款余额5100亿元,同比增长9.2%,增速分别比上月末及上年同期高0.6个和0.9个百分点。",
     date(2022, 4, 20),
     {"510000000000": ("贷款余额", None, "2022-03-31"), "9.2": ("贷款余额", None, "2022-03-31"),
      "0.6": ("贷款余额增速", None, "2022-03-31"), "0.9": ("贷款余额增速", None, "2022-03-31")}),
]

GAPS = [
    # the gap's own baseline, and nothing after it
    ("8月末,全市企业负债率为58%,同比下降0.3个百分点;带息负债同比增长3.1%,低于去年同期增速2个百分点;"
     "带息负债比率36%,同比下降0.8个百分点。", date(2021, 9, 20),
     {"58": ("企业负债率", None, "2021-08-31"), "-0.3": ("企业负债率", None, "2021-08-31"),
      "3.1": ("带息负债", None, "2021-08-31"), "2": ("带息负债增速", None, "2021-08-31"),
      "36": ("带息负债比率", None, "2021-08-31"), "-0.8": ("带息负债比率", None, "2021-08-31")}),
    # negative: a figure of the baseline's own (`高于2019年同期的…`) keeps that time
    ("今年一季度,全市出口额高于2019年同期的120亿元。", date(2021, 4, 20),
     {"12000000000": ("出口额", "2019-01-01", "2019-03-31")}),
]


def _facts(text: str, published: date) -> dict[str, tuple[str | None, str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.subject, f.period_start, f.period_end)
            for f in facts}


ROWS = BASELINE_LISTS + GAPS


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[row[0][:14] for row in ROWS])
def test_wrong_year_periods(text, published, expected):
    assert _facts(text, published) == expected


# `同年` opening a sentence is the last year written before it in its article; with none, unknown
SAME_YEAR = [
    ("从2016年开始,全县推广农家书屋。\n　　同年,书屋项目获得省级补助资金200万元。", date(2020, 3, 5),
     {"2000000": ("书屋项目获得省级补助资金", "2016-01-01", "2016-12-31")}),
    ("2012年,该镇被列为试点镇。同年3月,镇里新建文化广场8个。", date(2019, 6, 1),
     {"8": ("镇里新建文化广场", "2012-03-01", "2012-03-31")}),
    # negatives: nothing written before it abstains; `同年龄` is no time
    ("同年,书屋项目获得省级补助资金200万元。", date(2020, 3, 5),
     {"2000000": ("书屋项目获得省级补助资金", None, None)}),
    ("同年龄段儿童中,入园的有1200人。", date(2020, 3, 5), {"1200": ("入园", None, "2020-03-05")}),
]


@pytest.mark.parametrize("text,published,expected", SAME_YEAR, ids=[row[0][:14] for row in SAME_YEAR])
def test_same_year_points_back(text, published, expected):
    assert _facts(text, published) == expected
