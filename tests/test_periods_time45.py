"""Periods of round 45 (time45): a story on a work report dates its undated targets by the story's year; an N-year
average against a base year covers the N years ending its year; a span counted up to a first time (`设立近20年以来，
首次…`) dates nothing after it; a count its clause tells as released so far (`已解除医学观察…`) in a day's bulletin is
a running total; a `；` item opening with a contrasting scene (`；而在杭州，`) is not dated by a span since a day of the
item before; what an event drove `同期` is over its days. Each row is our own sentence with ALL its facts (value, period start, period end)."""

from datetime import date

import pytest
from factcase import facts_of

LEAD = "本台讯 黄南州第九届人民代表大会第二次会议日前开幕。州长李明代表州人民政府作工作报告。\n"
REVIEW = "报告指出，2023年，黄南州实现地区生产总值120亿元，同比增长4.1%。\n"
WORK_REPORT_STORY = [
    ("goals named as 预期目标",
     LEAD + REVIEW + "黄南州划定发展预期目标，地区生产总值增长5%；社会消费品零售总额增长6%。\n", date(2024, 2, 21),
     [(1.2e10, "2023-01-01", "2023-12-31"), (4.1, "2023-01-01", "2023-12-31"),
      (5, "2024-01-01", "2024-12-31"), (6, "2024-01-01", "2024-12-31")]),
    ("a goal told with 力争",
     LEAD + REVIEW + "报告提出，力争城镇居民人均可支配收入增长6.5%。\n", date(2024, 2, 21),
     [(1.2e10, "2023-01-01", "2023-12-31"), (4.1, "2023-01-01", "2023-12-31"), (6.5, "2024-01-01", "2024-12-31")]),
    ("a county head's report in January",
     "本报讯 泽库县县长王华日前作政府工作报告。\n报告显示，2021年，全县一般公共预算收入8.2亿元，增长3%。\n"
     "主要预期目标是：固定资产投资增长10%左右。\n", date(2022, 1, 9),
     [(8.2e8, "2021-01-01", "2021-12-31"), (3, "2021-01-01", "2021-12-31"), (10, "2022-01-01", "2022-12-31")]),
    # negatives: no work report delivered in the lead, a story out of the review season, an actual figure
    ("a plan in a story on no work report",
     "本报讯 黄南州日前召开经济工作会议。\n会议指出，2023年，黄南州实现地区生产总值120亿元。\n"
     "黄南州划定发展预期目标，地区生产总值增长5%。\n", date(2024, 2, 21),
     [(1.2e10, "2023-01-01", "2023-12-31"), (5, None, None)]),
    ("a work report story in the autumn",
     "本报讯 黄南州州长李明日前作工作报告。\n报告指出，2023年上半年，黄南州实现地区生产总值60亿元。\n"
     "黄南州划定发展预期目标，地区生产总值增长5%。\n", date(2024, 9, 21),
     [(6e9, "2023-01-01", "2023-06-30"), (5, None, None)]),
]

AVERAGES = [
    ("two years against a base year",
     "2022年，全县实现生产总值95亿元，比上年下降4.1%；与2020年相比，两年平均增长2.5%。\n", date(2023, 3, 1),
     [(9.5e9, "2022-01-01", "2022-12-31"), (-4.1, "2022-01-01", "2022-12-31"), (2.5, "2021-01-01", "2022-12-31")]),
    ("three years against a base year",
     "2021年，全市工业增加值增长8%，比2018年三年平均增长5.2%。\n", date(2022, 2, 1),
     [(8, "2021-01-01", "2021-12-31"), (5.2, "2019-01-01", "2021-12-31")]),
    ("an average with no base year",
     "2021年，全县社会消费品零售总额增长12%，两年平均增长4%。\n", date(2022, 2, 1),
     [(12, "2021-01-01", "2021-12-31"), (4, "2020-01-01", "2021-12-31")]),
    # negative: a change against a base year with no average covers the years from the base
    ("a change against a base year",
     "2018年，全市万元生产总值能耗比2005年下降45.8%。\n", date(2019, 2, 1),
     [(-45.8, "2005-01-01", "2018-12-31")]),
]

FIRST_SINCE = [
    ("a prize's first change in twenty years",
     "这是该奖设立近20年以来，首次对奖金额度作出调整。与此同时，其他三项奖励的奖金额度也分别提高50%。\n",
     date(2019, 2, 18), [(50, None, "2019-02-18")]),
    ("a subsidy's first raise in ten years",
     "这是该项补贴实施十年来第一次上调。与此同时，全市养老服务补贴资金增长20%。\n", date(2019, 5, 6),
     [(20, None, "2019-05-06")]),
    ("a city's first change since it was founded",
     "这是本市建市30年以来首度调整。与此同时，全市最低工资标准提高12%。\n", date(2019, 5, 6),
     [(12, None, "2019-05-06")]),
    # negative: a span up to now with no first time still dates what follows
    ("a span that dates its sentence",
     "今年以来，全市固定资产投资增长5%。\n", date(2019, 5, 6), [(5, "2019-01-01", "2019-05-06")]),
]

DAY = "2020年2月7日0-24时，某某省报告新增确诊病例31例，新增出院病例28例。\n"
RELEASED = [
    ("contacts released so far",
     DAY + "目前追踪到密切接触者20119人，已解除医学观察10778人，尚有9341人正在接受医学观察。\n", date(2020, 2, 8),
     [(31, "2020-02-07", "2020-02-07"), (28, "2020-02-07", "2020-02-07"), (20119, None, "2020-02-07"),
      (10778, None, "2020-02-07"), (9341, None, "2020-02-07")]),
    ("released already, with 已经",
     DAY + "全省累计追踪密切接触者5000人，已经解除医学观察3200人。\n", date(2020, 2, 8),
     [(31, "2020-02-07", "2020-02-07"), (28, "2020-02-07", "2020-02-07"), (5000, None, "2020-02-07"),
      (3200, None, "2020-02-07")]),
    # negative: released that day is the day's flow
    ("released that day",
     DAY + "当日解除医学观察的密切接触者230人。\n", date(2020, 2, 8),
     [(31, "2020-02-07", "2020-02-07"), (28, "2020-02-07", "2020-02-07"), (230, "2020-02-07", "2020-02-07")]),
]

SCENES = [
    ("a contrasting city after a span since a day",
     "上海某商场客流量自10月1日重装开业以来增长30%；而在杭州，夜间经济带动消费增长15%。\n", date(2019, 10, 25),
     [(30, "2019-10-01", "2019-10-25"), (15, None, "2019-10-25")]),
    # negative: a quarter in the first item dates the contrasting one too (the same span compared)
    ("a contrasting city after a quarter",
     "上海某商场客流量前三季度增长30%；而在杭州，夜间经济带动消费增长15%。\n", date(2019, 10, 25),
     [(30, "2019-01-01", "2019-09-30"), (15, "2019-01-01", "2019-09-30")]),
]

EVENT = "本报北京5月14日电 4月28日至5月10日举办的第二届网购节期间，参与电商企业达115家。"
EVENT_SPANS = [
    ("what the event drove over its days",
     EVENT + "活动带动同期全国网络零售额同比增长20.8%。\n", date(2020, 5, 15),
     [(115, "2020-04-28", "2020-05-10"), (20.8, "2020-04-28", "2020-05-10")]),
    ("what the festival drove over its days",
     EVENT + "本届网购节拉动同期全国农产品网络零售额增长超过70%。\n", date(2020, 5, 15),
     [(115, "2020-04-28", "2020-05-10"), (70, "2020-04-28", "2020-05-10")]),
]

LEFT = "left (strict xfail): another firm's sentence after a firm's quarter (`N天来` is round 46's: tests/test_periods46.py)"
GAPS = [
    pytest.param("another firm after a firm's quarter", "一季度，某超市到家业务销售额达20.9亿元。另一电商平台首批引入"
                 "线下门店1万个。\n", date(2020, 5, 13),
                 [(2.09e9, "2020-01-01", "2020-03-31"), (10000, None, "2020-05-13")],
                 marks=pytest.mark.xfail(strict=True, reason=LEFT)),
]


def _rows(text: str, published: date) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)]


@pytest.mark.parametrize("label,text,published,expected", WORK_REPORT_STORY + AVERAGES + FIRST_SINCE + RELEASED + SCENES
                         + EVENT_SPANS)
def test_periods_time45(label, text, published, expected):
    assert _rows(text, published) == expected, label


@pytest.mark.parametrize("label,text,published,expected", GAPS)
def test_periods_time45_gaps(label, text, published, expected):
    assert _rows(text, published) == expected, label
