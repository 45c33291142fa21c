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
    # one day of a holiday told by its place in it: that day, in its lead and in the paragraphs after it
    ("五一假期第二天,全省接待游客410万人次,增长8.2%。\n其中,重点景区门票收入2.6亿元。", date(2019, 5, 3),
     {"4100000": ("2019-05-02", "2019-05-02", "actual"), "8.2": ("2019-05-02", "2019-05-02", "actual"),
      "260000000": ("2019-05-02", "2019-05-02", "actual")}),
    ("据测算,国庆第三天全市旅游收入达到5.4亿元。", date(2019, 10, 4),
     {"540000000": ("2019-10-03", "2019-10-03", "actual")}),
    ("春节假期首日,全市商超销售额1.8亿元。", date(2019, 2, 5),
     {"180000000": ("2019-02-04", "2019-02-04", "actual")}),
    # a day past the holiday's end names no day of it: the period is unknown
    ("国庆假期第九天,全市商超销售额1.8亿元。", date(2019, 10, 10),
     {"180000000": (None, None, "actual")}),
    # negative: the whole holiday stays the whole holiday
    ("国庆假期,全省接待游客3120万人次,同比增长12.3%。", date(2019, 10, 8),
     {"12.3": ("2019-10-01", "2019-10-07", "actual")}),
    # the holiday's travel named after `今年` dates what the next `其中` sentence tells, not the year so far
    ("今年国庆长假期间,全省接待游客900万人次。乡村游成为今年国庆旅游的热点。其中,7天时间,桃花古镇接待游客3万人次。",
     date(2016, 10, 8),
     {"9000000": ("2016-10-01", "2016-10-07", "actual"), "30000": ("2016-10-01", "2016-10-07", "actual")}),
    # `今年` written right before an attributive holiday (`今年国庆旅游的热点`) is the holiday's too, not the year so far
    ("今年国庆长假期间,全市推出了多项旅游活动,多个区县人气爆棚。 乡村游成为今年国庆旅游的热点。其中,7天时间,桃花古镇接待游客3万人次。",
     date(2016, 10, 8), {"30000": ("2016-10-01", "2016-10-07", "actual")}),
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
    # a monthly bulletin's bounds written with their hours: the whole month, not its last day nor a 31 December
    ("2021年9月1日00:00--30日24:00,全省报告法定传染病5210例。", date(2021, 10, 12),
     {"5210": ("2021-09-01", "2021-09-30", "actual")}),
    ("2016年4月1日0时至4月30日24时,全市报告丙类传染病1873例。", date(2016, 5, 9),
     {"1873": ("2016-04-01", "2016-04-30", "actual")}),
    ("2013年8月(2013年8月1日零时至8月31日24时),全国报告法定传染病612044例。", date(2013, 9, 10),
     {"612044": ("2013-08-01", "2013-08-31", "actual")}),
    ("5月1日0时至5月31日24时,全区报告乙类传染病2290例。", date(2018, 6, 11),
     {"2290": ("2018-05-01", "2018-05-31", "actual")}),
    # negative: a month alone stays the month
    ("3月份,全国成品油日均消费量约73万吨。", date(2020, 5, 19),
     {"730000": ("2020-03-01", "2020-03-31", "actual")}),
    # since a month: to the report, not that month alone
    ("9月以来,全市公共就业服务机构已接待用人单位2800多家。", date(2019, 10, 29),
     {"2800": ("2019-09-01", "2019-10-29", "actual")}),
    # the last 24 hours: a day's flow in its own clause; the stock after it stays a stock
    ("截至当地时间18日10时,该国24小时内新增确诊病例31例,累计确诊15800例。", date(2020, 5, 19),
     {"31": ("2020-05-17", "2020-05-18", "actual"), "15800": (None, "2020-05-18", "actual")}),
    # a level compared with an earlier year's end is this year's end level, not a flow over the year
    ("2018年,全国常住人口城镇化率为59.6%,比2017年末提高1.1个百分点。", date(2019, 2, 14),
     {"59.6": (None, "2018-12-31", "actual")}),
    ("2022年全县常住人口城镇化率为48.3%,较上年末提高0.9个百分点。", date(2023, 3, 20),
     {"48.3": (None, "2022-12-31", "actual")}),
    # negative: a level compared with last year (not its end) stays the year's
    ("2018年,全市居民人均可支配收入为3.2万元,比上年增长8.1%。", date(2019, 2, 14),
     {"32000": ("2018-01-01", "2018-12-31", "actual")}),
    # two months written with one `月` (`2—3月`): both months, not the last alone
    ("今年2—3月,全省累计减免企业电费约9.6亿元,惠及企业约52万户。", date(2020, 6, 10),
     {"960000000": ("2020-02-01", "2020-03-31", "actual"), "520000": ("2020-02-01", "2020-03-31", "actual")}),
    ("3-4月份,全市接待游客130万人次。", date(2019, 6, 3), {"1300000": ("2019-03-01", "2019-04-30", "actual")}),
    # negative: `1—4月` is the year so far, as before
    ("1—4月,全省进出口总额增长5.2%。", date(2019, 5, 20), {"5.2": ("2019-01-01", "2019-04-30", "actual")}),
    # `过去一年` in a review published by April is last calendar year; later, the twelve months before
    ("过去一年,全县新增市场主体1.1万户。", date(2021, 4, 15), {"11000": ("2020-01-01", "2020-12-31", "actual")}),
    ("过去的一年里,全区城镇新增就业8600人。", date(2020, 3, 9), {"8600": ("2019-01-01", "2019-12-31", "actual")}),
    ("过去一年,全县新增市场主体1.1万户。", date(2021, 6, 15), {"11000": ("2020-06-16", "2021-06-15", "actual")}),
    # a share of last year's same period (`恢复至去年同期约75%`) is this period's figure, with or without a qualifier
    ("5月1日至4日,全国餐饮消费恢复至去年同期约75%。", date(2020, 5, 6), {"75": ("2020-05-01", "2020-05-04", "actual")}),
    ("一季度,全市客运量恢复到上年同期的近六成,货运量恢复至上年同期90%左右。", date(2021, 4, 20),
     {"90": ("2021-01-01", "2021-03-31", "actual")}),
    # negative: a round-the-clock service is no period
    ("服务区提供24小时不间断供电,已建成充电桩1.2万个。", date(2019, 2, 25),
     {"12000": (None, "2019-02-25", "actual")}),
]

ANCHORS = [
    # `目前` opening a sentence is the report's date, not the day an earlier sentence told of
    ("4月8日,该国确诊病例超过40万例。目前,该国确诊病例已超过120万例。", date(2020, 5, 10),
     {"400000": (None, "2020-04-08", "actual"), "1200000": (None, "2020-05-10", "actual")}),
    ("世卫组织5月15日发出警告。\n\n目前,该地区各国已报告确诊病例9000多例。", date(2020, 5, 19),
     {"9000": (None, "2020-05-19", "actual")}),
    # negative: `目前` inside a bulletin's sentence keeps the bulletin's day
    ("截至10月13日24时,全市累计确诊病例7例,目前在院治疗2例。", date(2020, 10, 15),
     {"7": (None, "2020-10-13", "actual"), "2": (None, "2020-10-13", "actual")}),
    # a forecast for `今年` after a sentence about its first quarter is a forecast for the year
    ("今年第一季度,该国对华水果出口增长18%。协会预计今年该国水果出口总额将同比增长10%。", date(2020, 5, 18),
     {"18": ("2020-01-01", "2020-03-31", "actual"), "10": ("2020-01-01", "2020-12-31", "estimate")}),
    ("机构近日预计,今年该国经济将萎缩6.5%。", date(2020, 5, 8),
     {"-6.5": ("2020-01-01", "2020-12-31", "estimate")}),
    # `截至11月末,今年…` is this year up to that day; a quarter in force before `今年` is not
    ("截至11月末,今年全市新增就业2.3万人。", date(2020, 12, 10),
     {"23000": ("2020-01-01", "2020-11-30", "actual")}),
    # a date inside an event's name, or of a meeting, dates the event, not the figures
    ("2020年中国·廊坊国际经济贸易洽谈会今天在网上开幕,首日签约项目126个。", date(2020, 5, 19),
     {"126": (None, "2020-05-19", "actual")}),
    ("\n护航平安\n\n　　去年5月7日至8日的全省公安工作会议上,省委作出部署。\n　　一年来,全省刑事案件发案数下降12.5%。\n",
     date(2020, 5, 6), {"-12.5": ("2019-05-07", "2020-05-06", "actual")}),
    # a time inside a title or a bracketed aside dates what is inside
    ("2022年全县参加高考6100人(6月高考,不含4月份单招录取的850人),本科录取2700人。", date(2023, 7, 12),
     {"2700": ("2022-01-01", "2022-12-31", "actual")}),
    ("省检察院日前印发《2018—2022年检察改革规划》,规划改革任务数量达41项。", date(2019, 2, 13),
     {"41": (None, "2019-02-13", "actual")}),
    # negative: an edition in brackets still dates its source; a time alone in brackets restates the one before
    ("据《开发区目录》(2018年版),全国共有2500余家开发区。", date(2019, 10, 12),
     {"2500": ("2018-01-01", "2018-12-31", "actual")}),
    # a programme named by its year dates nothing
    ("\n落实2030年发展议程\n\n　　本报北京10月25日电 与会代表认为,我国减贫贡献率累计超过70%。\n", date(2019, 10, 26),
     {"70": (None, "2019-10-25", "actual")}),
    # negative: a year that opens the sentence dates it
    ("2019年,全市接待游客1200万人次。", date(2020, 5, 6), {"12000000": ("2019-01-01", "2019-12-31", "actual")}),
    # a clause that is a time alone opens the list after it, every item of it
    ("扫黑除恶持续推进,截至2019年底,全省打掉涉黑组织29个、涉恶犯罪集团98个。", date(2020, 5, 6),
     {"29": (None, "2019-12-31", "actual"), "98": (None, "2019-12-31", "actual")}),
    # a share of last year's same period is this year's figure, and does not move the clauses after it
    ("3月份,成品油日均消费量约71万吨,已达去年同期的82%;3月,煤炭日均消费量约950万吨。", date(2020, 5, 19),
     {"82": ("2020-03-01", "2020-03-31", "actual"), "9500000": ("2020-03-01", "2020-03-31", "actual")}),
    # a year's same period is the period in force, in that year; the baseline's own figure is its
    ("今年一季度,该国对华贸易顺差为41.2亿美元,远高于2019年同期的27.5亿美元。", date(2020, 5, 7),
     {"4120000000": ("2020-01-01", "2020-03-31", "actual"), "2750000000": ("2019-01-01", "2019-03-31", "actual")}),
    # the year's first months in words
    ("今年前两个月,该国对华出口樱桃约15万吨。", date(2020, 5, 20),
     {"150000": ("2020-01-01", "2020-02-29", "actual")}),
]

PLANS = [
    # a work report printed as headed parts: the part headed by this year's targets, and the parts after it, are plans
    ("\n政府工作报告(摘要)\n\n　　●过去一年工作回顾\n　　去年全国城镇新增就业1352万人。\n"
     "　　●今年发展主要目标和重点工作\n　　新开工改造城镇老旧小区4.1万个。宽带平均资费降低12%。\n"
     "　　●政府自身建设\n　　新建高标准农田7000万亩。\n",
     date(2020, 5, 23),
     {"13520000": ("2019-01-01", "2019-12-31", "actual"), "41000": ("2020-01-01", "2020-12-31", "target"),
      "-12": ("2020-01-01", "2020-12-31", "target"), "70000000": ("2020-01-01", "2020-12-31", "target")}),
    # negative: a story headed by a word of plans, in no work report, reports what was done
    ("\n全年目标任务提前完成\n\n　　记者从县农业局获悉,全县已新建高标准农田3000亩。\n", date(2020, 11, 3),
     {"3000": ("2020-01-01", "2020-12-31", "actual")}),
]

NO_INVENTED_YEAR = [
    # a headline's year of a coming event dates none of the story's figures
    ("\n下届论坛确定2031年在厦门召开\n\n　　本报北京10月23日电 本届论坛不久前闭幕。论坛共收到各国学者论文1200余篇。\n",
     date(2019, 10, 24), {"1200": (None, "2019-10-23", "actual")}),
    # negative: a headline's year of the figures still dates them
    ("\n2018年全省外贸稳中有升\n\n　　本报讯 全省进出口总额增长9.1%。\n", date(2019, 1, 20),
     {"9.1": ("2018-01-01", "2018-12-31", "actual")}),
    # a plan no time word dates has no year (not the report's)
    ("目前全县认定的扶贫车间有20个,计划再申报15个。", date(2019, 10, 9),
     {"20": (None, "2019-10-09", "actual"), "15": (None, None, "target")}),
    ("另一座厂房达产后,企业可实现年销售收入120亿元。", date(2019, 10, 21),
     {"12000000000": (None, None, "target")}),
    # negative: a plan with its year keeps it
    ("该县计划明年新建学校12所。", date(2019, 10, 21), {"12": ("2020-01-01", "2020-12-31", "target")}),
    # what is to be done within the next N years is a plan over the N years from the day it was adopted; a later
    # clause's months stay this year's actuals
    ("4月30日,会议通过实施方案,3年内开展职业技能培训4000万人次以上;1—9月,累计有76万人次领取培训补贴。",
     date(2019, 10, 29), {"40000000": ("2019-04-30", "2022-04-30", "target"),
                          "760000": ("2019-01-01", "2019-09-30", "actual")}),
    # a target for a closed part of the year keeps that part; one for `今年` is the whole year
    ("全市力争一季度规上工业增加值增长6%。", date(2020, 1, 10), {"6": ("2020-01-01", "2020-03-31", "target")}),
    ("今年全市力争新增城镇就业1.5万人。", date(2020, 1, 10), {"15000": ("2020-01-01", "2020-12-31", "target")}),
    # negative: a span looked back on is no plan
    ("过去3年内,全县新建学校21所。", date(2019, 10, 29), {"21": ("2016-01-01", "2018-12-31", "actual")}),
    # `将近` is "nearly", no plan
    ("迄今,我国已向将近150个国家提供援助。", date(2020, 5, 27), {"150": (None, "2020-05-27", "actual")}),
]


def _facts(text: str, published: date) -> dict[str, tuple[str | None, str | None, str]]:
    return {str(f.value): (f.period_start, f.period_end, f.status)
            for f in extract_text(text, "doc.txt", published).facts}


@pytest.mark.parametrize("text,published,expected", SPANS, ids=[row[0][:14] for row in SPANS])
def test_time_form_spans(text, published, expected):
    got = _facts(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


@pytest.mark.parametrize("text,published,expected", ANCHORS, ids=[row[0][:14] for row in ANCHORS])
def test_period_anchored_on_the_right_date_word(text, published, expected):
    got = _facts(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


@pytest.mark.parametrize("text,published,expected", PLANS, ids=[row[0][:14].strip() for row in PLANS])
def test_a_work_reports_plans_are_this_years_targets(text, published, expected):
    got = _facts(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


@pytest.mark.parametrize("text,published,expected", NO_INVENTED_YEAR, ids=[row[0][:14].strip() for row in NO_INVENTED_YEAR])
def test_no_year_is_invented(text, published, expected):
    got = _facts(text, published)
    for value, period in expected.items():
        assert got.get(value) == period, (value, got)


def test_a_year_end_paragraph_holds_stocks_at_year_end_and_flows_over_the_year():
    """`年末共有…。…学校237所。…获得金牌33个`: in a paragraph opened by a year-end, a figure with no time of its
    own is a year-end stock, unless its clause names a flow (a verb of doing, a turnover, a rate)."""
    from factcase import assert_exactly

    text = ("某省2022年国民经济和社会发展统计公报\n年末共有青少年俱乐部202个。省级体育传统项目学校237所。"
            "证券交易额8.7万亿元。全年共获得金牌33个。\n全年研究生招生3.2万人。\n")
    assert_exactly(text, [{"value": 202, "period_start": None, "period_end": "2022-12-31"},
                          {"value": 237, "period_start": None, "period_end": "2022-12-31"},
                          {"value": 8.7e12, "period_start": "2022-01-01", "period_end": "2022-12-31"},
                          {"value": 33, "period_start": "2022-01-01"},
                          {"value": 32000, "period_start": "2022-01-01"}],
                   date(2023, 3, 28), name="tjgb-x-2022.txt")


def test_people_housed_after_a_year_end_list_are_a_stock():
    """`年末共有…机构…个，床位…张。收养人数…人。`: the people the institutions house at the year's end; adopting
    (`收养孤儿…`) stays the year's flow."""
    from factcase import assert_exactly

    text = ("某省2021年国民经济和社会发展统计公报\n年末共有养老服务机构1200个，床位8.5万张。收养人数4.1万人。"
            "民政部门当年收养孤儿300人。\n")
    assert_exactly(text, [{"value": 1200, "period_start": None, "period_end": "2021-12-31"},
                          {"value": 85000, "period_start": None, "period_end": "2021-12-31"},
                          {"value": 41000, "period_start": None, "period_end": "2021-12-31"},
                          {"value": 300, "period_start": "2021-01-01", "period_end": "2021-12-31"}],
                   date(2022, 3, 20), name="tjgb-y-2021.txt")
