"""Periods bounded on one side or dating only part of a sentence: since a year written with 起/开始, before a year, a
relative year's end (`去年底`) and since it, the first time of a from-to statement, a month every year.

Each row is a small report in our own words (figures restated, never corpus text): its date, and per figure value
the (period_start, period_end) it must get. Negatives are rows whose figures must keep their period.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

SINCE_AND_BEFORE = [
    # since a year, written with 起 or 开始: cumulative up to the report, not that year alone
    ("2014年起,该中心联合检测机构持续开展质量抽检,覆盖企业860家。", date(2019, 10, 18),
     {"860": ("2014-01-01", "2019-10-18")}),
    ("自2011年起,集团开展助学活动,累计资助学生超过9.5万名。", date(2020, 5, 24),
     {"95000": ("2011-01-01", "2020-05-24")}),
    ("从2016年开始,全县累计改造危房3200户。", date(2019, 2, 20),
     {"3200": ("2016-01-01", "2019-02-20")}),
    # negative: a year still to come is that year (a plan), and 起草 is no since (the year stays the year)
    ("从2021年起,全市计划每年新建公园12个。", date(2020, 5, 20), {"12": ("2021-01-01", "2021-12-31")}),
    ("2018年起草的条例共有条文56条。", date(2019, 2, 20), {"56": ("2018-01-01", "2018-12-31")}),
    # before a year: a state up to the year before, not that year
    ("据测算,2012年以前,全镇茶园面积仅1800亩。", date(2019, 10, 21), {"1800": (None, "2011-12-31")}),
    ("2015年之前,该村年人均收入不足3000元。", date(2019, 2, 20), {"3000": (None, "2014-12-31")}),
    # negative: a year not yet over is a deadline, that year
    ("该国计划2030年之前将贫困率降至5%。", date(2020, 5, 20), {"5": ("2030-01-01", "2030-12-31")}),
]

YEAR_ENDS = [
    # a relative year's end is a level as of its last day
    ("去年末,全国银行业不良贷款率为1.9%。", date(2019, 2, 20), {"1.9": (None, "2018-12-31")}),
    ("到上年末,全省高速公路通车里程达到7200公里。", date(2019, 2, 20), {"7200": (None, "2018-12-31")}),
    # since a year's end, with 截至目前: up to the report, not the year's end
    ("去年年底以来,两部门联合开展服务活动,截至目前接受咨询2.3万人次。", date(2019, 2, 22),
     {"23000": (None, "2019-02-22")}),
    # negative: 去年 alone stays the whole year
    ("去年,全市接待游客5600万人次。", date(2019, 6, 20), {"56000000": ("2018-01-01", "2018-12-31")}),
]

FROM_TO = [
    # the time that opens a from-to statement dates its first amount only; the second takes the time in force
    ("到去年底,全国平均关税水平已由2016年的9.9%降至7.6%。", date(2019, 2, 27), {"7.6": (None, "2018-12-31")}),
    ("5月份,全省工业增加值由4月份下降2.3%转为增长4.1%。", date(2020, 6, 18), {"4.1": ("2020-05-01", "2020-05-31")}),
    ("去年,全市外贸企业由2017年的3.2万家增加到3.6万家。", date(2019, 2, 27),
     {"36000": ("2018-01-01", "2018-12-31")}),
    # negative: the first amount keeps its own year, and a to-amount with its own year keeps that
    ("该省专利授权量从2016年的3200件增加到2018年的6100件。", date(2019, 10, 24),
     {"3200": ("2016-01-01", "2016-12-31"), "6100": ("2018-01-01", "2018-12-31")}),
    # negative: `从3月起` is a since, no from-to statement's first time
    ("从3月起,全市公交票价提高到2元。", date(2019, 5, 20), {"2": ("2019-03-01", "2019-03-31")}),
]

HABITS = [
    # a month every year is a habit: it dates nothing, the figure keeps the report's date
    ("每年5月至8月,候鸟在湖区繁殖。湖区的候鸟逐年增加,已占全球总数的40%。", date(2020, 5, 7),
     {"40": (None, "2020-05-07")}),
    ("每年的10月,这里的游客数量占全市的30%。", date(2020, 5, 7), {"30": (None, "2020-05-07")}),
    # negative: a month of a year is that month
    ("今年4月,湖区观测到候鸟1.2万只。", date(2020, 5, 7), {"12000": ("2020-04-01", "2020-04-30")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", SINCE_AND_BEFORE + YEAR_ENDS + FROM_TO + HABITS,
                         ids=[row[0][:14] for row in SINCE_AND_BEFORE + YEAR_ENDS + FROM_TO + HABITS])
def test_bounded_period(text, published, expected):
    got = _periods(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
