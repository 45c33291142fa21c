"""Stocks dated as points and flows that keep their stated start: a count as of a cut-off in any time zone or as of
the day a source counted it, a quarter's end, one project's size; a span from a year's start (`2019年初以来`,
`去年以来`), a festival (`春节以来`), the year's start (`比年初新增`), the months so far (`2018年前10个月`), the
first days of the holiday in force (`假期前两天`), an era's start as a base (`与改革开放之初相比`) and the span an
annual average's sentence opened with (`“十三五”以来…年均增长`), the start an earlier sentence gave an event whose since
opens a paragraph (`今年3月起，…启动…整治行动。⏎整治行动开展以来，…`).

Each row is a small report in our own words: its date and ALL its facts as (value, period_start, period_end,
status); an extra or a missing fact fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.factcase import assert_exactly

POINTS = [
    # a cut-off in another time zone is still a level as of that day, the deaths after 累计 too
    ("截至美国东部时间20日18时，该国累计确诊病例15230例，死亡842例。", date(2020, 5, 22),
     [(15230, None, "2020-05-20", "actual"), (842, None, "2020-05-20", "actual")]),
    # the day a source counted: the counts as of that day, not that day's flows
    ("据该国卫生部12日统计，一艘货轮的船员中已有38人康复，另有2人死亡。", date(2020, 5, 14),
     [(38, None, "2020-05-12", "actual"), (2, None, "2020-05-12", "actual")]),
    # a quarter's end, with or without 截至 and a year: a point
    ("截至2020年一季度末，全省共设立村镇银行86家。", date(2020, 6, 10),
     [(86, None, "2020-03-31", "actual")]),
    ("三季度末，全市农村外出务工劳动力总量达48万人。", date(2019, 10, 29),
     [(480000, None, "2019-09-30", "actual")]),
    # ... while a change against the quarter before's end, and a flow a later clause names, cover the quarter
    ("一季度末，全省商业银行不良贷款余额1200亿元，较上季末增加35亿元；保险公司保费收入460亿元，同比增长3.1%。",
     date(2020, 5, 14),
     [(120000000000, None, "2020-03-31", "actual"), (3500000000, "2020-01-01", "2020-03-31", "actual"),
      (46000000000, "2020-01-01", "2020-03-31", "actual"), (3.1, "2020-01-01", "2020-03-31", "actual")]),
    # one project's size is no flow of the span in force
    ("今年以来，全市重大项目建设加快。总投资逾80亿元的跨江大桥工程进展顺利。", date(2020, 5, 27),
     [(8000000000, None, "2020-05-27", "actual")]),
    # negative: the total of a set of projects keeps the set's span
    ("今年1—4月，全市亿元以上项目开复工120个，项目投资总额达860亿元。", date(2020, 5, 20),
     [(120, "2020-01-01", "2020-04-30", "actual"), (86000000000, "2020-01-01", "2020-04-30", "actual")]),
    # what stands (lines in service) in a from-to statement over years: the level at each year's end
    ("5年来，全市地铁运营线路从6条增加到11条，运营里程从180公里增加到390公里。", date(2019, 2, 26),
     [(6, None, "2013-12-31", "actual"), (11, None, "2018-12-31", "actual"),
      (180, None, "2013-12-31", "actual"), (390, None, "2018-12-31", "actual")]),
    # negative: a flow in the same form keeps the years
    ("从2012年至2018年，全市工业增加值从120亿元增至305亿元。", date(2019, 10, 18),
     [(12000000000, "2012-01-01", "2012-12-31", "actual"), (30500000000, "2018-01-01", "2018-12-31", "actual")]),
    # a later from-to of the sentence, its first amount with a qualifier: the year the sentence's first from-to began at
    ("全省对外贸易额由2005年80多亿美元增至960亿美元，对外投资存量从不到5亿美元增至120亿美元。", date(2019, 10, 6),
     [(8000000000, "2005-01-01", "2005-12-31", "actual"), (96000000000, None, "2019-10-06", "actual"),
      (500000000, None, "2005-12-31", "actual"), (12000000000, None, "2019-10-06", "actual")]),
    # negative: a plan's total over its years is no project's size
    ("“十三五”期间，全省电网工程规划总投资达到1200亿元。", date(2019, 2, 27),
     [(120000000000, "2016-01-01", "2020-12-31", "target")]),
]

STARTS = [
    # a span from a year's start runs to the report, not that year alone
    ("2019年初以来，该国汽油价格累计下跌18%。", date(2020, 5, 8),
     [(-18, "2019-01-01", "2020-05-08", "actual")]),
    ("去年以来，全县共引进项目32个。", date(2019, 10, 28),
     [(32, "2018-01-01", "2019-10-28", "actual")]),
    # negative: 来 the verb after a year is no since
    ("2018年来华留学的该国学生突破2万人次。", date(2019, 2, 7),
     [(20000, "2018-01-01", "2018-12-31", "actual")]),
    ("2017年以来，全县累计减少贫困人口1.2万人。", date(2019, 2, 7),
     [(12000, "2017-01-01", "2019-02-07", "actual")]),
    # since the festival's day
    ("春节以来，该行为小微企业发放贷款超过120亿元。", date(2020, 5, 20),
     [(12000000000, "2020-01-25", "2020-05-20", "actual")]),
    # an amount added since the year's start is the year so far up to the cut-off
    ("截至2020年4月30日，该行各项贷款比年初新增86.5亿元。", date(2020, 5, 22),
     [(8650000000, "2020-01-01", "2020-04-30", "actual")]),
    # the months so far of a written year
    ("到2018年前10个月，全省法院审结案件近12万件。", date(2019, 2, 28),
     [(120000, "2018-01-01", "2018-10-31", "actual")]),
    # the first days of the holiday the sentence before named
    ("“五一”假期第二天，全省接待游客412万人次。假期前两天，全省接待游客760万人次。", date(2020, 5, 3),
     [(4120000, "2020-05-02", "2020-05-02", "actual"), (7600000, "2020-05-01", "2020-05-02", "actual")]),
    # an event's span (`…期间`) is dated by its year; an event's name alone dates nothing
    ("去年中国国际茶叶博览会期间，共有86个项目达成合作意向。", date(2019, 10, 15),
     [(86, "2018-01-01", "2018-12-31", "actual")]),
    ("2019年中国国际茶叶博览会上，达成合作意向的项目共有86个。", date(2019, 10, 15),
     [(86, None, "2019-10-15", "actual")]),
    # the shopping day is one day of the year in force, not the year; a supposed one dates nothing
    ("2018年，全省“双11”网络零售额同比增长56.2%。", date(2019, 2, 25),
     [(56.2, "2018-11-11", "2018-11-11", "actual")]),
    ("要是碰到“双11”，每天送件量能接近3000件。", date(2019, 2, 22),
     [(3000, None, None, "target")]),
    # a paragraph opened by the since of an event an earlier sentence dated: from that start to the report
    ("本报讯 今年3月起，某市启动了城乡环境专项整治行动。\n整治行动开展以来，全市共清理垃圾12万吨，处罚违规企业86家。",
     date(2019, 10, 14), [(120000, "2019-03-01", "2019-10-14", "actual"), (86, "2019-03-01", "2019-10-14", "actual")]),
    # negative: the start told is another event's (no 整治 in it), or none is told
    ("本报讯 今年3月起，某市启动了河长制考核。\n整治行动开展以来，全市共清理垃圾12万吨。", date(2019, 10, 14),
     [(120000, None, "2019-10-14", "actual")]),
    ("本报讯 整治行动开展以来，全市共清理垃圾12万吨。", date(2019, 10, 14),
     [(120000, None, "2019-10-14", "actual")]),
    # a change against an era's start covers the years since
    ("与改革开放之初相比，按不变价格计算，2017年全省经济总量增长了52.3倍。", date(2019, 10, 18),
     [(52.3, "1978-01-01", "2017-12-31", "actual")]),
    # an annual average after a year of an earlier clause: from the span the sentence opened with to that year
    ("“十三五”以来，全市地区生产总值年均增长7.6%，2019年达到860亿元；进出口总额年均增长12.4%，2019年达到95亿元。",
     date(2020, 5, 20),
     [(7.6, "2016-01-01", "2020-05-20", "actual"), (86000000000, "2019-01-01", "2019-12-31", "actual"),
      (12.4, "2016-01-01", "2019-12-31", "actual"), (9500000000, "2019-01-01", "2019-12-31", "actual")]),
]


def _check(text, published, expected):
    keys = ("value", "period_start", "period_end", "status")
    assert_exactly(text, [dict(zip(keys, row, strict=True)) for row in expected], published)


@pytest.mark.parametrize("text,published,expected", POINTS, ids=[r[0][:16] for r in POINTS])
def test_stocks_are_points(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", STARTS, ids=[r[0][:16] for r in STARTS])
def test_flows_keep_their_start(text, published, expected):
    _check(text, published, expected)
