"""Periods bounded on one side or dating only part of a sentence: since a year written with 起/开始, before a year, a
relative year's end (`去年底`) and since it, the first time of a from-to statement, a month every year, the day
of the event an article's first sentence reports, a forecast no time word dates, `全年`/`年底` in a span from last
year, `今天`, and a total over N years (`两年共有`).

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
    ("从2021年起,全市计划新建公园12个。", date(2020, 5, 20), {"12": ("2021-01-01", "2021-12-31")}),
    # (`…计划每年新建公园12个`: a yearly plan is no one year's, null — tests/test_period_recurring.py)
    # (a code's articles are its content, no figure: the plan's projects keep the case)
    ("2018年起草的规划共有项目56个。", date(2019, 2, 20), {"56": ("2018-01-01", "2018-12-31")}),
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
    # a sentence opened by 截至 a year's end, anywhere in its paragraph: the levels after it are stocks at that end
    ("\n标题\n\n　　要发挥市场作用。数据显示,截至2018年底,全国有310个县参与。其中已落地项目520个、投资额4800亿元。\n",
     date(2019, 2, 14), {"520": (None, "2018-12-31"), "480000000000": (None, "2018-12-31")}),
    ("\n标题\n\n　　知识产权是重要支撑。截至2019年底,全省发明专利拥有量为8.2万件。有效注册商标为96.5万件。\n",
     date(2020, 5, 14), {"965000": (None, "2019-12-31")}),
    # negative: a flow after it stays the year's flow, and a year opened without 截至 mid-paragraph keeps the year
    ("\n标题\n\n　　发展势头良好。截至2018年底,全市有企业3100家。全年新增企业420家。\n", date(2019, 2, 14),
     {"420": ("2018-01-01", "2018-12-31")}),
    ("\n标题\n\n　　发展势头良好。2018年,全市有企业3100家。旅游收入为56亿元。\n", date(2019, 2, 14),
     {"5600000000": ("2018-01-01", "2018-12-31")}),
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
    # a later from-to in the sentence that writes no years is between the years the first one wrote
    ("全县财政收入由2013年的8.5亿元增加到2018年的12.4亿元;人均存款由1.6万元增加到2.9万元。", date(2019, 3, 1),
     {"16000": ("2013-01-01", "2013-12-31"), "29000": ("2018-01-01", "2018-12-31")}),
    # over a span of years no year names (a plan's, `五年来`), the first amount is the level the span grew from
    ("过去五年,全县旅游收入由32亿元增加到41亿元。", date(2018, 1, 20),
     {"3200000000": ("2012-01-01", "2012-12-31"), "4100000000": ("2017-01-01", "2017-12-31")}),
    # ... and what stands (road length in service) is the level at those years' ends
    ("过去五年,全县公路里程由3200公里增加到4100公里。", date(2018, 1, 20),
     {"3200": (None, "2012-12-31"), "4100": (None, "2017-12-31")}),
    # negative: a span whose first year is written keeps that year for the first amount
    ("2013年至2018年,全县旅游收入由32亿元增加到41亿元。", date(2019, 1, 20),
     {"3200000000": ("2013-01-01", "2013-12-31"), "4100000000": ("2018-01-01", "2018-12-31")}),
    ("2013年至2018年,全县公路里程由3200公里增加到4100公里。", date(2019, 1, 20),
     {"3200": (None, "2013-12-31"), "4100": (None, "2018-12-31")}),
    # negative: `从3月起` is a since, no from-to statement's first time
    # (since round 52 a month with 起 runs up to the report, as `3月以来` does: the fare is 2 from March on)
    ("从3月起,全市公交票价提高到2元。", date(2019, 5, 20), {"2": ("2019-03-01", "2019-05-20")}),
]

HABITS = [
    # a month every year is a habit: it dates nothing, the figure keeps the report's date
    # (the share names its owner in its own clause: `已占全球总数的40%` alone is debris, dropped by the debris class)
    ("每年5月至8月,候鸟在湖区繁殖。湖区的候鸟数量已占全球总数的40%。", date(2020, 5, 7),
     {"40": (None, "2020-05-07")}),
    ("每年的10月,这里的游客数量占全市的30%。", date(2020, 5, 7), {"30": (None, "2020-05-07")}),
    # negative: a month of a year is that month
    ("今年4月,湖区观测到候鸟1.2万只。", date(2020, 5, 7), {"12000": ("2020-04-01", "2020-04-30")}),
]

EVENT_DAYS = [
    # the event an article's first sentence reports dates its undated figures as of that day, not the date
    ("\n省人大常委会会议举行\n\n　　本报长春3月12日电 （记者张明）省人大常委会第八次会议12日上午在长春举行第一次全体"
     "会议。\n　　会议期间签约项目58个。\n", date(2021, 3, 13), {"58": (None, "2021-03-12")}),
    ("\n摄影展开幕\n\n　　本报日内瓦5月8日电 （记者李华）一场摄影展7日在日内瓦万国宫开幕。展览共有参展摄影师120余人。\n",
     date(2021, 5, 9), {"120": (None, "2021-05-07")}),
    ("\n年会闭幕\n\n　　本报北京9月20日电 学会年会19日下午在北京闭幕。会议应到96人,实到91人。\n", date(2021, 9, 21),
     {"91": (None, "2021-09-19")}),
    # negative: an event named as a thing (举行的) dates nothing; the figure stays as of the issue
    ("\n发布会\n\n　　本报北京6月3日电 在2日举行的发布会上,有关负责人介绍,全国共建成服务站3400个。\n", date(2021, 6, 4),
     {"3400": (None, "2021-06-03")}),
    # negative: a day later in the article, not its first sentence, sets nothing for the others
    ("\n新闻\n\n　　本报讯 全省已建成农家书屋2100家。\n　　另一场活动5日在省城举行,参加者逾300人。\n", date(2021, 6, 9),
     {"2100": (None, "2021-06-09")}),
]

FORECASTS = [
    # a forecast no time word dates has no period, as an undated plan has none (not a span up to the date)
    ("有机构预计,为应对疫情,该地区将新增医疗开支约85亿美元。", date(2020, 5, 8), {"8500000000": (None, None)}),
    ("项目投产后,预计每年可为村集体增加收入12万元。", date(2019, 10, 14), {"120000": (None, None)}),
    # negative: a forecast for a year written in the text keeps that year
    ("协会预计今年全省水果出口额将增长8%。", date(2020, 5, 18), {"8": ("2020-01-01", "2020-12-31")}),
    ("机构预计2021年该国经济将增长5.2%。", date(2020, 10, 14), {"5.2": ("2021-01-01", "2021-12-31")}),
]

CLOSED_YEAR_AND_NOW = [
    # `全年`/`年底` inside a span from last year up to the report: last year, the one that is over
    ("据统计,2018年以来,企业订单增速逐月回落,截至年底订单同比仅增长1.2%。", date(2019, 2, 26),
     {"1.2": ("2018-01-01", "2018-12-31")}),
    ("该园区2019年以来出台多项扶持措施,全年实现营业额72.5亿元。", date(2020, 5, 29),
     {"7250000000": ("2019-01-01", "2019-12-31")}),
    # negative: `今年以来…全年` stays this year (a target), and `年底` alone is this year's end
    ("今年以来,全市加快项目建设,力争全年完成投资300亿元。", date(2020, 5, 29),
     {"30000000000": ("2020-01-01", "2020-12-31")}),
    # `今天` is now, not the year an earlier sentence told of
    ("2008年,该村开始修路。今天的村子,建成蓄水池3处,全村架设滴灌设备的果园面积近420亩。", date(2019, 2, 12),
     {"420": (None, "2019-02-12")}),
    # a total over N years whose first the text does not name: up to the report, or to the day in force
    ("作为试点城市,北京持续推进营商环境改革,两年被国家采纳的改革经验达61项。", date(2019, 10, 27),
     {"61": (None, "2019-10-27")}),
    ("截至今年6月底,全省不到三年累计建成充电桩2100个。", date(2019, 10, 31), {"2100": (None, "2019-06-30")}),
]


def _periods(text: str, published: date) -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", SINCE_AND_BEFORE + YEAR_ENDS + FROM_TO + HABITS + EVENT_DAYS + FORECASTS
                         + CLOSED_YEAR_AND_NOW,
                         ids=[row[0][:14] for row in SINCE_AND_BEFORE + YEAR_ENDS + FROM_TO + HABITS + EVENT_DAYS + FORECASTS
                              + CLOSED_YEAR_AND_NOW])
def test_bounded_period(text, published, expected):
    got = _periods(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)
