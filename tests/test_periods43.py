"""Periods of figures in news stories (round 43): a month, its third or a day with a short event then `以来`/`至今`
runs from that time to the report, in the report's year whatever year an earlier lead recalled (`2月上旬复工至今`);
a year's event whose next clause opens with `之后`/`此后` counts from that year to the report; the year's plan
told as met before a pause (`已完成全年目标任务；`) is no time of the figures after it; a bulletin's
count whose own name says the cases came or changed kind that day (`转确诊病例`) is the day's count. Each row is our
own text: ALL its facts as (value, period_start, period_end)."""

from datetime import date

import pytest
from factcase import facts_of

SINCE = [
    ("a third of a month, an event, up to now",
     "2020-05-27", "某食品企业负责人说，2月上旬复工至今，企业销量同比增长了近20%。\n",
     [(20, "2020-02-01", "2020-05-27")]),
    ("the same under a lead that recalls the year before",
     "2020-05-27", "2019年，全市减税降费30亿元。\n某食品企业负责人说，2月上旬复工至今，企业销量同比增长了近20%。\n",
     [(3e9, "2019-01-01", "2019-12-31"), (20, "2020-02-01", "2020-05-27")]),
    ("a middle third, a four-character event, since",
     "2020-06-10", "3月中旬全面复产以来，全县规模以上工业增加值增长8%。\n",
     [(8, "2020-03-11", "2020-06-10")]),
    ("a month's start, an event, since",
     "2021-07-10", "4月初开园以来，景区接待游客12万人次。\n",
     [(120000, "2021-04-01", "2021-07-10")]),
    ("a day, an event, since",
     "2020-05-20", "4月8日解封以来，全市新登记企业3000户。\n",
     [(3000, "2020-04-08", "2020-05-20")]),
    ("a month straight before 至今",
     "2021-05-27", "3月至今，全市新签约项目45个。\n",
     [(45, "2021-03-01", "2021-05-27")]),
    ("a month with 份 before 至今",
     "2021-05-27", "3月份至今，全区新签约项目45个。\n",
     [(45, "2021-03-01", "2021-05-27")]),
    ("a written year and month, an event, up to now",
     "2020-05-31", "从2015年9月首飞至今，该型火箭已连续9次成功发射。\n",
     [(9, "2015-09-01", "2020-05-31")]),
    ("a month later in the year than the report: last year's",
     "2021-03-15", "去年11月投产以来，该园区实现产值8亿元。\n",
     [(8e8, "2020-11-01", "2021-03-15")]),
]

AFTER_YEAR = [
    ("a year's event, then 之后 opening the next clause",
     "2019-10-22", "该国于2007年启动入会谈判并提交首份清单，之后对清单作了5次改进。\n",
     [(5, "2007-01-01", "2019-10-22")]),
    ("a year's event, then 此后 with a running total",
     "2019-10-22", "该厂2012年建成投产，此后累计生产汽车30万辆。\n",
     [(300000, "2012-01-01", "2019-10-22")]),
    ("a year's event, then 其后",
     "2021-03-02", "该基金2016年设立，其后共资助科研项目85个。\n",
     [(85, "2016-01-01", "2021-03-02")]),
    # negatives: a number in the year's clause dates itself; `此后每年` is a recurring rate
    ("a figure in the year's clause",
     "2019-10-22", "2012年，全县建成投产项目12个，此后又有一批项目开工。\n",
     [(12, "2012-01-01", "2012-12-31")]),
    ("此后每年",
     "2019-10-22", "2012年，该厂建成投产，此后每年产值增长10%。\n",
     [(10, None, None)]),
]

SINCE_NEGATIVES = [
    # the event is a modified noun: since its start, which the text does not date; the month is no start
    ("a modifier inside the event",
     "2020-05-20", "5月出台的政策实施以来，全市新增市场主体1.2万户。\n",
     [(12000, None, "2020-05-20")]),
    # a month's end is no first day of a span
    ("a month's end before the event",
     "2020-05-20", "3月底复工以来，全市新增市场主体1.2万户。\n",
     [(12000, None, "2020-03-31")]),
    # `至今年` is 至 + 今年: the later month alone
    ("至今年 is no 至今",
     "2020-06-20", "3月至今年5月，全市新签约项目45个。\n",
     [(45, "2020-05-01", "2020-05-31")]),
]

PLAN_MET = [
    ("the year's plan met, then a figure after a semicolon, under a quarter",
     "2019-10-31", "前三季度，全省城镇新增就业80万人，已提前完成全年目标任务；居民人均可支配收入增长6%。\n",
     [(800000, "2019-01-01", "2019-09-30"), (6, "2019-01-01", "2019-09-30")]),
    ("the year's plan met, with no other time: not the whole year",
     "2019-10-31", "全县已基本完成全年目标任务；再看收入，农民人均可支配收入增长7%。\n",
     [(7, None, "2019-10-31")]),
    ("the year's target reached, then a comma",
     "2019-10-31", "全市已实现全年目标，新增就业岗位1.2万个。\n",
     [(12000, None, "2019-10-31")]),
    # negatives: `全年` that dates its figure (the year's plan itself, a whole year's flow)
    ("the year's amount planned",
     "2019-10-31", "全年计划发放贷款30亿元。\n",
     [(3e9, "2019-01-01", "2019-12-31")]),
    ("a whole year's flow",
     "2019-10-31", "全年新增就业岗位1.2万个。\n",
     [(12000, "2019-01-01", "2019-12-31")]),
]

BULLETIN = [
    ("conversions in the day's sentence and in the next, without the day",
     "2022-09-05",
     "9月4日0-24时，全省新增本土确诊病例5例；另有2例本土无症状感染者转确诊病例。全省新增境外输入确诊病例3例；"
     "另有1例境外输入无症状感染者转确诊病例。\n截至9月4日24时，全省累计报告确诊病例900例。\n",
     [(5, "2022-09-04", "2022-09-04"), (2, "2022-09-04", "2022-09-04"), (3, "2022-09-04", "2022-09-04"),
      (1, "2022-09-04", "2022-09-04"), (900, None, "2022-09-04")]),
    ("a conversion told as 转为确诊, then a count held",
     "2022-04-12",
     "4月11日0-24时，全市新增本土确诊病例12例。此外，3例既往无症状感染者转为确诊病例。目前在院治疗45例。\n",
     [(12, "2022-04-11", "2022-04-11"), (3, "2022-04-11", "2022-04-11"), (45, None, "2022-04-11")]),
]


def _periods(text: str, published: str) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"])
            for f in facts_of(text, date.fromisoformat(published))]


@pytest.mark.parametrize("label,published,text,expected", SINCE + AFTER_YEAR + SINCE_NEGATIVES + PLAN_MET + BULLETIN,
                         ids=[c[0] for c in SINCE + AFTER_YEAR + SINCE_NEGATIVES + PLAN_MET + BULLETIN])
def test_periods43(label, published, text, expected):
    assert _periods(text, published) == expected


GAPS = [
    # `上周` in a story filed on a Monday is the calendar week just ended (Monday to Sunday), not the seven days
    # ending a week before the filing day
    ("last week on a Monday",
     "2019-02-11", "新华社柏林2月11日电 据警方介绍，上周当地发生了3起暴力案件。\n",
     [(3, "2019-02-04", "2019-02-10")]),
]


@pytest.mark.xfail(strict=True, reason="上周 is read as the 7 days ending a week before the report, not the calendar week")
@pytest.mark.parametrize("label,published,text,expected", GAPS, ids=[c[0] for c in GAPS])
def test_periods43_gaps(label, published, text, expected):
    assert _periods(text, published) == expected


STATUS = [
    # a span begun in an earlier year and run up to the report is told done, under a paragraph that names a goal too
    ("since a year's event, after a goal's sentence",
     "2019-10-22", "该协定的目标是促进参加方开放市场。该国于2007年启动入会谈判并提交首份清单，之后对清单作了5次改进。\n",
     [(5, "2007-01-01", "2019-10-22", "actual")]),
    ("a goal's own figure in such a paragraph stays a target",
     "2019-10-22", "该协定的目标是明年新增协定参加方5个。\n",  # the subject names the agreement (bare `新增参加方` lost it)
     [(5, "2020-01-01", "2020-12-31", "target")]),
]


@pytest.mark.parametrize("label,published,text,expected", STATUS, ids=[c[0] for c in STATUS])
def test_periods43_status(label, published, text, expected):
    assert [(f["value"], f["period_start"], f["period_end"], f["status"])
            for f in facts_of(text, date.fromisoformat(published))] == expected
