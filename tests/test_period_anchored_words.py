"""Time words read against the right anchor: a week counted from New Year's Eve (not the report), a counted span
with 多 up to the report (not the year an earlier sentence named), the statistical 本年 of a closed year's
communiqué (not the publication's year), a five-year plan's goal (its five years), this year's level reached in a from-to statement (a stock now), and a
forecaster's 预期 growth (an estimate, not a plan).

Each row is a small report in our own words: its date and ALL its facts as (value, period_start, period_end,
status); an extra or a missing fact fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

ROWS = [
    # the week before New Year's Eve: the seven days before the eve of the year in force or nearest the report
    ("除夕前一周，全省旅游消费金额同比增长35%。", date(2019, 2, 14),
     [(35, "2019-01-28", "2019-02-03", "actual")]),
    ("除夕之前7天，全市快递业务量同比下降12%。", date(2020, 1, 30),
     [(-12, "2020-01-17", "2020-01-23", "actual")]),
    ("2018年除夕前的一周，铁路发送旅客同比增长8.4%。", date(2019, 2, 14),
     [(8.4, "2018-02-08", "2018-02-14", "actual")]),
    # negative: a week of the report stays the report's week
    ("本周，全市新建住宅成交面积同比增长6%。", date(2019, 8, 30),
     [(6, "2019-08-24", "2019-08-30", "actual")]),
    # a counted span with 多 runs to the report, from a start the text leaves rough
    ("2019年，全区完成造林900万亩。一年多来，全区还治理沙化土地1200万亩。", date(2020, 5, 22),
     [(9000000, "2019-01-01", "2019-12-31", "actual"), (12000000, None, "2020-05-22", "actual")]),
    ("去年，该县新建村道300公里。两年多以来，该县累计改造危房4500户。", date(2020, 5, 22),
     [(300, "2019-01-01", "2019-12-31", "actual"), (4500, None, "2020-05-22", "actual")]),
    ("2019年，全市新增就业岗位2.1万个。3年多来，全市累计新增市场主体6800户。", date(2020, 5, 22),
     [(21000, "2019-01-01", "2019-12-31", "actual"), (6800, None, "2020-05-22", "actual")]),
    # negative: a year a sentence names itself keeps it after a 多 span was told
    ("一年多来，全区治理沙化土地1200万亩。2019年，全区完成造林900万亩。", date(2020, 5, 22),
     [(12000000, None, "2020-05-22", "actual"), (9000000, "2019-01-01", "2019-12-31", "actual")]),
    # `这一年` points back to the year in force; with none in force it is unknown, never the report's day
    ("2018年，全市新增企业1.2万家。这一年，全市接待游客3000万人次。", date(2019, 2, 3),
     [(12000, "2018-01-01", "2018-12-31", "actual"), (30000000, "2018-01-01", "2018-12-31", "actual")]),
    ("全市接待游客3000万人次。那一年，全市新增企业1.2万家。", date(2019, 2, 3),
     [(30000000, None, "2019-02-03", "actual"), (12000, None, None, "actual")]),
    # negative: `这一年来` is another form (N years up to the report; early in a year, the year before)
    ("这一年来，全市新增企业1.2万家。", date(2019, 2, 3),
     [(12000, "2018-01-01", "2018-12-31", "actual")]),
    # the statistical 本年 of a closed year's communiqué is that year, not the publication's
    ("某县2022年统计公报。全年固定资产投资增长9%。自筹资金占本年资金来源的比重为76.5%。", date(2023, 7, 12),
     [(9, "2022-01-01", "2022-12-31", "actual"), (76.5, "2022-01-01", "2022-12-31", "actual")]),
    # this year's level a from-to statement reaches: the stock at the report's day
    ("全镇农家乐从2016年的45家发展到今年的213家。", date(2020, 5, 29),
     [(45, "2016-01-01", "2016-12-31", "actual"), (213, None, "2020-05-29", "actual")]),
    ("该区养老机构由去年的12个增加到今年的20个。", date(2020, 5, 29),
     [(12, "2019-01-01", "2019-12-31", "actual"), (20, None, "2020-05-29", "actual")]),
    # a goal a five-year plan set covers the plan's years; what was done of it by a day keeps that day
    ("到2019年底，全省已完成“十三五”规划确定的单位地区生产总值能耗下降16%目标任务的91.2%。", date(2020, 5, 31),
     [(-16, "2016-01-01", "2020-12-31", "target")]),
    ("截至去年底，全市已完成“十三五”规划提出的万元地区生产总值用水量下降23%目标任务的九成。", date(2020, 5, 31),
     [(-23, "2016-01-01", "2020-12-31", "target")]),
    # negative: a plan's span named as a time stays that span, a year stays its year
    ("2019年，全县单位地区生产总值能耗下降3.2%。", date(2020, 5, 31),
     [(-3.2, "2019-01-01", "2019-12-31", "actual")]),
    # a forecaster's expected growth is an estimate; a government's own expected growth stays a plan
    ("国际货币基金组织的报告认为，今年甲国经济预期增速为3.1%。", date(2019, 10, 25),
     [(3.1, "2019-01-01", "2019-12-31", "estimate")]),
    ("IMF最新报告称，明年乙国经济预期增长2.4%。", date(2019, 10, 25),
     [(2.4, "2020-01-01", "2020-12-31", "estimate")]),
    ("今年全市地区生产总值预期增长6.5%左右。", date(2019, 2, 20),
     [(6.5, "2019-01-01", "2019-12-31", "target")]),
]


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[r[0][:16] for r in ROWS])
def test_anchored_time_words(text, published, expected):
    keys = ("value", "period_start", "period_end", "status")
    assert_exactly(text, [dict(zip(keys, row, strict=True)) for row in expected], published)


@pytest.mark.xfail(strict=True, reason="`这一年` opening a paragraph does not reach the year the paragraph before named")
def test_that_year_after_a_paragraph_naming_it():
    text = "回望刚刚过去的2018年，全市举办了多场展览。\n这一年，全市接待游客3000万人次。"
    assert_exactly(text, [{"value": 30000000, "period_start": "2018-01-01", "period_end": "2018-12-31"}],
                   date(2019, 2, 3))
