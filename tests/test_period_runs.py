"""Periods of a run of years (`连续五年`), of `截至目前` after another clause's deadline, and of a year inside an
evening's, a campaign's or a games' name (`2019年春晚`, `2019年春节系列文化活动`, `2022年北京冬奥会`).

Each row is a small report in our own words (figures restated, never corpus text): its date, and per figure value
the (period_start, period_end) it must get; (None, None) is an empty period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

RUNS = [
    # N calendar years ending with the last year over before the report (this year's figure is not in yet)
    ("全国棉花产量连续三年稳定在580万吨以上。", date(2020, 5, 27), {"5800000": ("2017-01-01", "2019-12-31")}),
    ("我省城镇新增就业连续4年保持60万人以上。", date(2019, 10, 29), {"600000": ("2015-01-01", "2018-12-31")}),
    ("有关部门协调财政,连续两年实现每年新增资金80亿元。", date(2019, 2, 14),
     {"8000000000": ("2017-01-01", "2018-12-31")}),
    # ... or with the year in force
    ("2018年,全省油料总产连续5年稳定在90亿斤水平。", date(2019, 2, 21),
     {"9000000000": ("2014-01-01", "2018-12-31")}),
    # negatives: late in a year the run may include it, and a since that may or may not start it: no period
    ("全国棉花产量连续三年稳定在580万吨以上。", date(2019, 12, 20), {"5800000": (None, None)}),
    ("自1980年起,该油田连续20年保持年产原油3000万吨以上。", date(2019, 10, 10), {"30000000": (None, None)}),
    # a running series' ordinal is no run
    ("2018年,全市出口额达到120亿元,连续第三年增长。", date(2019, 2, 21),
     {"12000000000": ("2018-01-01", "2018-12-31")}),
    # the parts after `其中` of a run's claim are the year's, not the run's
    ("2019年学生资助报告。资助资金连续十三年保持增长。其中,资助幼儿资金120亿元,比上年增长4%。", date(2020, 5, 21),
     {"12000000000": ("2019-01-01", "2019-12-31"), "4": ("2019-01-01", "2019-12-31")}),
]

NOW_AFTER_DEADLINE = [
    ("去年东部三县已搬迁2万人,今年9月底前再搬迁1.5万人;截至目前,农村劳动力新增转移就业4.8万人。",
     date(2019, 10, 16), {"48000": (None, "2019-10-16"), "15000": (None, "2019-09-30")}),
]

EVENT_NAMES = [
    # the year of an evening's show dates the show, not a whole year of its ratings
    ("数据显示,2019年春晚电视端总收视率达28.5%。", date(2019, 2, 12), {"28.5": (None, "2019-02-12")}),
    # a games' year dates the games still to come, not the projects counted now
    ("截至4月底,2022年北京冬奥会张家口赛区的40个在建项目已全部复工。", date(2020, 5, 3), {"40": (None, "2020-04-30")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


ROWS = RUNS + NOW_AFTER_DEADLINE + EVENT_NAMES


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[row[0][:14] for row in ROWS])
def test_run_and_now_periods(text, published, expected):
    got = _periods(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
