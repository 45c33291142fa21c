"""Periods of whole sentences: the span a time form names (part of a holiday, a season, a third of a month, since a
month, the last 24 hours, a year-end level), the date word a figure is anchored on, and what a plan's figures are.

Each row is a small report in our own words (figures restated, never corpus text): its date, and per figure value
the (period_start, period_end, status) it must get. Negatives are rows whose figures must keep their period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

SPANS = [
    # part of a holiday: its first days, not the whole holiday
    ("银联数据显示,今年国庆假期前6天,全国餐饮消费金额同比增长41.2%。", date(2019, 10, 8),
     {"41.2": ("2019-10-01", "2019-10-06", "actual")}),
    ("春节黄金周头三天,全市重点商贸企业销售额增长9.6%。", date(2019, 2, 11),
     {"9.6": ("2019-02-04", "2019-02-06", "actual")}),
    # negative: the whole holiday stays the whole holiday
    ("国庆假期,全省接待游客3120万人次,同比增长12.3%。", date(2019, 10, 8),
     {"12.3": ("2019-10-01", "2019-10-07", "actual")}),
    # a season of a year
    ("招聘平台的数据显示,2019年秋季,重点城市平均招聘月薪同比上升9.7%。", date(2019, 10, 29),
     {"9.7": ("2019-09-01", "2019-11-30", "actual")}),
    # a third of a month, and a level as of one
    ("能源消费方面,3月下旬,全国日均用气量约6.9亿立方米,同比增长3.8%。", date(2020, 5, 19),
     {"3.8": ("2020-03-21", "2020-03-31", "actual")}),
    ("截至5月上旬,已向120多个国家提供物资援助。", date(2020, 5, 10),
     {"120": (None, "2020-05-10", "actual")}),
    ("截至今年5月中旬,全国累计有436个贫困县摘帽。", date(2019, 10, 17),
     {"436": (None, "2019-05-20", "actual")}),
    # negative: a month alone stays the month
    ("3月份,全国成品油日均消费量约73万吨。", date(2020, 5, 19),
     {"730000": ("2020-03-01", "2020-03-31", "actual")}),
    # since a month: to the report, not that month alone
    ("9月以来,学校就业中心已接待用人单位2800多家。", date(2019, 10, 29),
     {"2800": ("2019-09-01", "2019-10-29", "actual")}),
    # the last 24 hours: a day's flow in its own clause; the stock after it stays a stock
    ("截至当地时间18日10时,该国24小时内新增确诊病例31例,累计确诊15800例。", date(2020, 5, 19),
     {"31": ("2020-05-17", "2020-05-18", "actual"), "15800": (None, "2020-05-18", "actual")}),
    # negative: a round-the-clock service is no period
    ("服务区提供24小时不间断供电,已建成充电桩1.2万个。", date(2019, 2, 25),
     {"12000": (None, "2019-02-25", "actual")}),
]


def _facts(text: str, published: date) -> dict[str, tuple[str | None, str | None, str]]:
    return {str(f.value): (f.period_start, f.period_end, f.status)
            for f in extract_text(text, "doc.txt", published).facts}


@pytest.mark.parametrize("text,published,expected", SPANS, ids=[row[0][:14] for row in SPANS])
def test_time_form_spans(text, published, expected):
    got = _facts(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
