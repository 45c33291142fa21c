"""Times a paragraph's opening does not hold but its discourse does: a bare `当月` is the month the running total in
force ends with; a sentence opening with `同期` speaks of the span the sentence before named; the later items
(`二、`, `三、`) of a numbered list keep the time its introduction (`…如下:`) set; a lead that announces a time's
figures (`某部22日通报今年上半年…状况:`) dates the whole story. Each row is our own text: {value: (start, end)}."""

from datetime import date

import pytest
from factcase import facts_of

SEP30 = date(2025, 9, 30)
AUG = ("2025-08-01", "2025-08-31")
APR = date(2005, 4, 8)
Q1 = ("2005-01-01", "2005-03-31")
DEC = date(2017, 12, 8)
Y2017 = ("2017-01-01", "2017-12-31")
JUL = date(2022, 7, 22)
OCT = date(2019, 10, 22)
FEB = date(2019, 2, 9)
Q1_3 = ("2019-01-01", "2019-09-30")
Y2019 = ("2019-01-01", "2019-12-31")
H1 = ("2022-01-01", "2022-06-30")

SAME_MONTH = [
    ("after a year-to-date opening",
     "全市经济运行\n今年以来,全市经济稳步恢复,8月当月多项指标回暖。从生产看,规上工业当月增速较7月加快0.4个百分点,"
     "非煤工业加快5.2个百分点;从需求看,固定资产投资加快3.3个百分点。\n", SEP30,
     {0.4: AUG, 5.2: AUG, 3.3: AUG}),
    ("after a running total of months",
     "全市经济运行\n1-8月份,全市规上工业增加值增长4.8%,当月增长6.1%。\n", SEP30,
     {4.8: ("2025-01-01", "2025-08-31"), 6.1: AUG}),
    ("after a single month",
     "全市经济运行\n今年3月,全市社会消费品零售总额增长2.6%,当月网上零售额增长9.9%。\n", SEP30,
     {2.6: ("2025-03-01", "2025-03-31"), 9.9: ("2025-03-01", "2025-03-31")}),
]

SAME_MONTH_NEGATIVES = [
    # a month named before `当月` dates its own sentence only, as before; an undated `当月` places no month
    ("a month singled out of the running total",
     "全市经济运行\n1-8月份,全市规上工业增加值增长4.8%。8月当月增长6.1%。采矿业增加值增长7.2%。\n", SEP30,
     {4.8: ("2025-01-01", "2025-08-31"), 6.1: AUG, 7.2: ("2025-01-01", "2025-08-31")}),
    # an undated `当月` (no time in force, a year, a plan's span) has no month to name: an empty period, not the wider one
    ("no time in force", "全市经济运行\n全市规上工业当月增速为5.5%。\n", SEP30, {5.5: (None, None)}),
    ("a bare opening `当月`", "全县就业\n当月,全县新增城镇就业860人。\n", SEP30, {860: (None, None)}),
    ("as of a day: the month up to it",
     "全省用电\n截至5月21日,全省当月累计用电量增长10.3%。\n", date(2020, 5, 25), {10.3: ("2020-05-01", "2020-05-21")}),
    ("a year in force",
     "全省外贸\n2024年,全省进出口总额达到820亿元,当月出口增长7.5%。\n", SEP30,
     {820e8: ("2024-01-01", "2024-12-31"), 7.5: (None, None)}),
    ("a plan's span in force",
     "全省投资\n“十四五”以来,全省累计完成投资2.3万亿元,当月完成投资410亿元,其中工业投资190亿元。\n", SEP30,
     {2.3e12: ("2021-01-01", "2025-09-30"), 410e8: (None, None), 190e8: (None, None)}),
]

SAME_PERIOD = [
    ("the quarter the sentence before named",
     "某市发布疫情季报\n市卫生局今天首次发布传染病疫情季报。据季报称,今年1月1日至3月31日,全市共报告乙类传染病8000多例。"
     "同期报告病例数居前三位的病种是:淋病(2300例)、病毒性肝炎(2100例)、肺结核(1500例)。\n", APR,
     {2300: Q1, 2100: Q1, 1500: Q1}),
    ("with a comma after it",
     "某市发布疫情季报\n市卫生局通报了疫情。今年1月至3月,全市疫情平稳。同期,全市报告手足口病1200例。\n", APR,
     {1200: Q1}),
]

SAME_PERIOD_NEGATIVES = [
    # `同期` later in a sentence and `去年同期` keep their meaning; a new paragraph does not reach back
    ("a share of the same period",
     "某市外贸\n2004年,全市出口总额达到300亿元,增长12%,占同期全省出口总额的12.5%。\n", APR,
     {300e8: ("2004-01-01", "2004-12-31"), 12.5: ("2004-01-01", "2004-12-31")}),
    ("a new paragraph",
     "某市发布疫情季报\n今年1月至3月,全市疫情平稳。\n同期全市报告手足口病1200例。\n", APR,
     {1200: (None, "2005-04-08")}),
]

NUMBERED_LIST = [
    ("the first item on the introduction's line",
     "国家统计局今8日发布公告,公告称,2017年全国粮食总产量较上年增长0.3%。\n"
     "公告表示,2017年全国粮食播种面积、单位面积产量和总产量如下:一、全国粮食播种面积11200万公顷,比2016年下降0.6%。\n"
     "二、全国粮食单位面积产量每公顷5500公斤,比2016年增长1.1%。\n三、全国粮食总产量6.2亿吨,比2016年增长0.4%。\n", DEC,
     {0.3: Y2017, 1.12e8: Y2017, -0.6: Y2017, 1.1: Y2017, 6.2e8: Y2017, 0.4: Y2017}),
    ("the introduction on a line of its own",
     "某省发布粮食产量\n省统计局日前发布公告。\n据省统计局调查,2017年全省粮食生产情况如下:\n"
     "1.全省粮食总产量3400万吨,增长1.5%。\n2.全省油料产量210万吨,增长2.4%。\n", DEC,
     {1.5: Y2017, 2.1e6: Y2017, 2.4: Y2017}),
]

NUMBERED_LIST_NEGATIVES = [
    # items no introduction opened, and an item that skips a number, keep the article's time
    ("no introduction",
     "某省发布粮食产量\n省统计局日前发布公告。\n2017年,全省粮食生产平稳。\n二、全省油料产量210万吨,增长2.4%。\n", DEC,
     {2.1e6: (None, "2017-12-08"), 2.4: (None, "2017-12-08")}),
    ("a number skipped",
     "某省发布粮食产量\n省统计局日前发布公告。\n2017年全省粮食生产情况如下:一、全省粮食总产量3400万吨,增长1.5%。\n"
     "三、全省油料产量210万吨,增长2.4%。\n", DEC,
     {1.5: Y2017, 2.1e6: (None, "2017-12-08"), 2.4: (None, "2017-12-08")}),
]

ANNOUNCED_TIME = [
    ("a ministry's half-year report",
     "人民日报北京7月22日电(记者王明)生态环境部22日通报今年上半年全国环境空气质量状况:全国339个城市平均优良天数比例为"
     "85.1%,同比上升0.4个百分点。\n长三角地区城市平均优良天数比例为80.2%,同比下降4.6个百分点。\n"
     "北京市PM2.5浓度为30微克/立方米,同比下降22.5%。\n", JUL,
     {85.1: H1, 0.4: H1, 80.2: H1, -4.6: H1, 30: H1, -22.5: H1}),
]

ANNOUNCED_TIME_NEGATIVES = [
    # an announcement with no colon after its subject (or a comma before it) is read as before
    ("a comma after the verb",
     "人民日报北京7月22日电(记者王明)生态环境部22日通报,上半年全国城市平均优良天数比例为85.1%。\n"
     "长三角地区城市平均优良天数比例为80.2%。\n", JUL,
     {85.1: H1, 80.2: H1}),
    ("no colon: the announced thing is the sentence",
     "人民日报北京7月22日电(记者王明)生态环境部22日发布今年上半年全国环境空气质量状况,全国城市优良天数比例为85.1%。\n"
     "长三角地区城市平均优良天数比例为80.2%。\n", JUL,
     {85.1: H1, 80.2: (None, "2022-07-22")}),
]

# a share of the year's plan (`完成全年目标任务的98.5%`) is no time of the figures after it; the plan's own amount
# and a plan for the whole year are the year's
YEAR_PLAN_SHARE = [
    ("a share of the year's plan",
     "前三季度,全省城镇新增就业完成全年目标任务的98.5%;高技术制造业增加值增长8.1%。\n", OCT,
     {98.5: Q1_3, 8.1: Q1_3}),
    ("the plan's amount is the year's",
     "全年利用外资完成3100万美元,完成全年目标任务3000万美元的103.3%。\n", OCT,
     {3.1e7: Y2019, 3e7: Y2019}),
]

# a span whose first day is told with what happened on it (`从1月6日展览开幕至1月20日`) runs from that day; without
# `从`/`自` the event is the sentence's, and the span is its end day's as before
EVENT_SPAN = [
    ("an event on the first day", "据博物馆统计,从1月8日春节展开幕至1月22日,累计接待观众38万人次。\n", FEB,
     {380000: ("2019-01-08", "2019-01-22")}),
    ("with its year", "据博物馆统计,自2019年1月8日春节展开幕至1月22日,累计接待观众38万人次。\n", FEB,
     {380000: ("2019-01-08", "2019-01-22")}),
]

P = "\n\u3000\u3000"   # a paper's paragraph: a new line indented by two ideographic spaces

EVENT_MONTH = [
    # a lead that tells an event by its month with no figure dates its paragraph, not the story after it
    ("an event month in a figureless lead",
     f"社区垃圾分类\n{P}去年10月,市委书记到社区调研时要求推进垃圾分类。{P}试点小区的居民支持率只有35%。"
     f"{P}全区已有120个小区推行分类投放。\n", date(2019, 3, 4),
     {35: (None, "2019-03-04"), 120: (None, "2019-03-04")}),
    ("this year's month, an envoy's arrival",
     f"两国合作\n{P}今年5月,我到任出使某国。{P}中国在该国投资额已近50亿美元。\n", date(2019, 9, 9),
     {50e8: (None, "2019-09-09")}),
]

EVENT_MONTH_NEGATIVES = [
    # a month lead with its figures dates the article, as before
    ("a monthly release's lead",
     f"全省物价\n{P}今年4月份,全省居民消费价格同比上涨3.1%。{P}其中食品价格上涨12.5%。\n", date(2020, 5, 16),
     {3.1: ("2020-04-01", "2020-04-30"), 12.5: ("2020-04-01", "2020-04-30")}),
]

AFTER_AN_ANGLE = [
    # a time after an angle or an analyst's name still opens its sentence, so it dates the paragraph
    ("an angle",
     f"快递业务\n{P}从业务类型看,1月份,同城快递业务量占全部快递业务量的21.3%。与去年同期相比,同城快递业务量的比重下降1.6个百分点。\n",
     date(2019, 2, 20), {21.3: ("2019-01-01", "2019-01-31"), -1.6: ("2019-01-01", "2019-01-31")}),
    ("an analyst",
     f"快递业务\n{P}省邮政管理局高级统计师王明分析,1月份,同城快递业务量占全部快递业务量的21.3%。"
     "与去年同期相比,同城快递业务量的比重下降1.6个百分点。\n",
     date(2019, 2, 20), {21.3: ("2019-01-01", "2019-01-31"), -1.6: ("2019-01-01", "2019-01-31")}),
]

THIS_MONTH = [
    # a monthly report's `本月` is the month its title or lead names (published the month after); with none, no month
    ("the title's month",
     f"全市12345热线2021年3月运行情况\n{P}本月,热线共受理群众诉求12000件。\n", date(2021, 4, 8),
     {12000: ("2021-03-01", "2021-03-31")}),
    ("no month named", f"全市热线运行情况\n{P}本月,热线共受理群众诉求12000件。\n", date(2021, 4, 8), {12000: (None, None)}),
    # negative: `本月6日` is a day, never the month: the count as of that day, as `2月6日,…` reads (since round 67)
    ("a day of this month", f"国际\n{P}本月6日,联盟成员国总数增至29个。\n", date(2019, 2, 15), {29: (None, "2019-02-06")}),
]

MAY = date(2021, 5, 12)
# a day that opens a sentence inside a paragraph tells that day's event: the figures of the sentences after it are
# the paragraph's (here the report's day), unless they point back at it (`当天`, `同日`)
EVENT_DAY = [
    ("a cure rate after an announcement's day",
     "抗疫纪实\n救治不计成本。3月2日,省政府宣布患者费用由财政承担。全省患者总体治愈率达96%。\n", MAY,
     {96: (None, "2021-05-12")}),
    ("a firm's plan after a record's day",
     "电网建设\n风电装机不断增加。4月6日,全省风电装机突破800万千瓦。公司负责人说,今年将在电网领域投资58.6亿元。\n", MAY,
     {800e4: ("2021-04-06", "2021-04-06")}),
    ("aid after a summit's day",
     "援外抗疫\n中方积极援助。3月10日,领导人在峰会上发出倡议。中方向30多个国家提供的物资陆续抵达。\n", MAY,
     {30: (None, "2021-05-12")}),
]

EVENT_DAY_NEGATIVES = [
    # `当天`/`同日` near the next sentence's start goes on with that day; a day opening its paragraph dates the paragraph
    ("`当天` after the day", "疫情回顾\n各国应对不一。2月3日,该市宣布封城。邻国当天只报告2个病例。\n", MAY,
     {2: ("2021-02-03", "2021-02-03")}),
    ("`同日` opening the next sentence", "疫情回顾\n各国应对不一。2月3日,该市宣布封城。同日,邻国报告5个病例。\n", MAY,
     {5: ("2021-02-03", "2021-02-03")}),
    ("a day opening the paragraph", "全省疫情\n疫情通报如下。\n5月10日,全省新增确诊病例3例。全省累计报告确诊病例1200例。\n", MAY,
     {3: ("2021-05-10", "2021-05-10"), 1200: (None, "2021-05-10")}),
]

ALL = EVENT_DAY + EVENT_DAY_NEGATIVES + EVENT_SPAN + YEAR_PLAN_SHARE + THIS_MONTH + AFTER_AN_ANGLE + EVENT_MONTH + EVENT_MONTH_NEGATIVES + SAME_MONTH \
    + SAME_MONTH_NEGATIVES + SAME_PERIOD + SAME_PERIOD_NEGATIVES + NUMBERED_LIST \
    + NUMBERED_LIST_NEGATIVES + ANNOUNCED_TIME + ANNOUNCED_TIME_NEGATIVES


@pytest.mark.parametrize("name,text,published,periods", ALL, ids=[row[0] for row in ALL])
def test_period_from_the_discourse(name, text, published, periods):
    found = {}
    for f in facts_of(text, published):
        found.setdefault(float(f["value"]), set()).add((f["period_start"], f["period_end"]))
    for value, period in periods.items():
        assert found.get(float(value)) == {period}, f"{value}: {found.get(float(value))}, facts {found}"
