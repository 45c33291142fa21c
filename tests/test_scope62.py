"""Scopes of round 62: a ranked list's items each named by their own unit, never by a place an earlier item named
(`…某镇45件、占比24.1%,移动公司27件、占比69.2%`); a contribution ranked top in a clause of its own; shares of a year's
plan done and the lead over the schedule named as the completed amount's; items listed with their count (`等3个行业`)
and a `分别` clause after a shared state; a bulletin's list by place written with `;`, its zones named in the subject; a port of entry's name is no topic place, its freight no trade value.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q2_2023 = {"period_start": "2023-04-01", "period_end": "2023-06-30"}

RANKED_ITEMS = [
    ("a firm's item after a town's item keeps no town, its share neither (a firm's figure is its own)",
     "平罗县12345热线二季度运行情况\n二季度,平罗县12345热线共受理诉求3000件。"
     "超时签收工单较多的单位是:姚伏镇45件、占比24.1%,移动公司27件、占比69.2%。\n",
     [{"value": 3000, "indicator": "hotline.contacts_total", "region": "平罗县", **Q2_2023},
      {"value": 45, "subject": "姚伏镇超时签收工单", "region": "姚伏镇", **Q2_2023},
      {"value": 24.1, "subject": "姚伏镇超时签收工单(占比)", "region": "姚伏镇", **Q2_2023},
      {"value": 27, "subject": "移动公司超时签收工单", "region": None, **Q2_2023},
      {"value": 69.2, "subject": "移动公司超时签收工单(占比)", "region": None, **Q2_2023}]),
    ("a bureau's item after a town's item is the county's bureau",
     "平罗县12345热线二季度运行情况\n二季度,平罗县12345热线共受理诉求3000件。"
     "超时签收工单较多的单位是:姚伏镇45件、占比24.1%,教育局14件、占比28%。\n",
     [{"value": 3000, "indicator": "hotline.contacts_total", "region": "平罗县", **Q2_2023},
      {"value": 45, "subject": "姚伏镇超时签收工单", "region": "姚伏镇", **Q2_2023},
      {"value": 24.1, "subject": "姚伏镇超时签收工单(占比)", "region": "姚伏镇", **Q2_2023},
      {"value": 14, "subject": "教育局超时签收工单", "region": "平罗县", **Q2_2023},
      {"value": 28, "subject": "教育局超时签收工单(占比)", "region": "平罗县", **Q2_2023}]),
]

JAN_FEB_2023 = {"period_start": "2023-01-01", "period_end": "2023-02-28"}

TOP_CONTRIBUTIONS = [
    ("a contribution ranked top in its own clause is the industry's contribution, the next industry keeps its measure",
     "1—2月,全省规模以上工业增加值同比增长6.6%。其中,化学原料制造业增长9.2%,比上月加快3.1个百分点,"
     "对规上工业增速贡献率最高,达31.4%;汽车制造业增长12.5%。\n",
     [{"value": 6.6, "subject": "规模以上工业增加值", **JAN_FEB_2023},
      {"value": 9.2, "subject": "规模以上化学原料制造业增加值", **JAN_FEB_2023},
      {"value": 3.1, "subject": "化学原料制造业增速", **JAN_FEB_2023},
      {"value": 31.4, "subject": "化学原料制造业对规上工业增速贡献率", "family": "other", **JAN_FEB_2023},
      {"value": 12.5, "subject": "汽车制造业增加值", "family": "growth_rate", **JAN_FEB_2023}]),
    ("a contribution written with its verb after a move in points is the industry's",
     "1—2月,全省规模以上工业增加值同比增长6.6%。其中,化学原料制造业增长9.2%,比上月加快3.1个百分点,"
     "对规上工业增长的贡献率为31.4%;汽车制造业增长12.5%。\n",
     [{"value": 6.6}, {"value": 9.2}, {"value": 3.1},
      {"value": 31.4, "subject": "化学原料制造业对规上工业增长的贡献率", "family": "other"},
      {"value": 12.5, "subject": "汽车制造业增加值", "family": "growth_rate"}]),
]

SEPT_2023 = {"period_start": "2023-01-01", "period_end": "2023-08-31"}

PLAN_SHARES = [
    ("a share of the year's plan done is an outcome, and so is the lead over the schedule",
     "1-8月,全市120个在建重点项目完成投资215.6亿元,占年度计划71.3%,超序时进度4.6个百分点。\n",
     [{"value": 120, "subject": "在建重点项目", **SEPT_2023},
      {"value": 21_560_000_000, "subject": "在建重点项目完成投资", "status": "actual", **SEPT_2023},
      {"value": 71.3, "subject": "在建重点项目完成投资(占年度计划)", "status": "actual", **SEPT_2023},
      {"value": 4.6, "subject": "在建重点项目完成投资(超序时进度)", "status": "actual", **SEPT_2023}]),
    ("a year's investment plan done after another share keeps the completed amount",
     "1-8月,全市完成投资38.1亿元,占全市总量9.4%,完成年度投资计划66.2%。\n",
     [{"value": 3_810_000_000, "subject": "完成投资", **SEPT_2023},
      {"value": 9.4, "subject": "完成投资(占全市总量)", **SEPT_2023},
      {"value": 66.2, "subject": "完成投资(完成年度投资计划)", "status": "actual", **SEPT_2023}]),
    # negative: a year's plan told as an amount stays a target
    ("a year's plan told as an amount is a target", "今年全市重点项目年度计划投资300亿元。\n",
     [{"value": 30_000_000_000, "status": "target"}]),
]

LISTED_COUNTS = [
    ("items listed with their count: the count is no fact, each item takes its figure",
     "1-8月,工业、交通、能源等3个行业投资分别增长9.4%、7.1%和5.6%。\n",
     [{"value": 9.4, "subject": "工业行业投资", **SEPT_2023}, {"value": 7.1, "subject": "交通行业投资", **SEPT_2023},
      {"value": 5.6, "subject": "能源行业投资", **SEPT_2023}]),
    ("a `分别` clause after a shared state takes the list and measure the clause before names",
     "1-8月,工业、交通、能源等3个行业完成年度投资计划比例均超过序时进度,分别是80.2%、76.5%和71%。\n",
     [{"value": 80.2, "subject": "工业行业完成年度投资计划比例", **SEPT_2023},
      {"value": 76.5, "subject": "交通行业完成年度投资计划比例", **SEPT_2023},
      {"value": 71, "subject": "能源行业完成年度投资计划比例", **SEPT_2023}]),
    # negative: a count of a list with no `分别` after it stays a count
    ("a list's count with no figures spread after it", "1-8月,工业、交通、能源等3个行业投资增速超过10%。\n",
     [{"value": 3, "unit": "个"}, {"value": 10}]),
]

DAY = {"period_start": "2020-02-06", "period_end": "2020-02-06"}
AS_OF = {"period_start": None, "period_end": "2020-02-06"}

SEMICOLON_CASES = [
    ("a bulletin's list by place written with `;`: every item is the heading's, a zone's named in the subject and its region the city's zone",
     "2020年2月6日0-24时,九江市新增确诊病例9例,累计确诊病例88例。\n"
     "新增确诊病例中,濂溪区3例;浔阳区2例;柴桑区1例;经开区2例;八里湖新区1例。\n"
     "各县(区)已确诊病例中,濂溪区20例;浔阳区31例;经开区7例。\n",
     [{"value": 9, "indicator": "covid.new_confirmed", "region": "九江市", **DAY},
      {"value": 88, "indicator": "covid.cumulative_confirmed", "region": "九江市", **AS_OF},
      {"value": 3, "indicator": "covid.new_confirmed", "region": "濂溪区", **DAY},
      {"value": 2, "indicator": "covid.new_confirmed", "region": "浔阳区", **DAY},
      {"value": 1, "indicator": "covid.new_confirmed", "region": "柴桑区", **DAY},
      {"value": 2, "subject": "新增确诊病例(经开区)", "indicator": "covid.new_confirmed", "region": "九江市经开区", **DAY},
      {"value": 1, "subject": "新增确诊病例(八里湖新区)", "indicator": "covid.new_confirmed", "region": "九江市八里湖新区",
       **DAY},
      {"value": 20, "indicator": "covid.cumulative_confirmed", "region": "濂溪区", **AS_OF},
      {"value": 31, "indicator": "covid.cumulative_confirmed", "region": "浔阳区", **AS_OF},
      {"value": 7, "subject": "确诊病例(经开区)", "indicator": "covid.cumulative_confirmed", "region": "九江市经开区",
       **AS_OF}]),
    ("a zone's district-like short name the gazetteer lacks is the city's zone",
     "2020年2月6日0-24时,九江市新增确诊病例5例。\n新增确诊病例中,濂溪区3例;八里湖区2例。\n",
     [{"value": 5, "indicator": "covid.new_confirmed", "region": "九江市"}, {"value": 3, "region": "濂溪区"},
      {"value": 2, "subject": "新增确诊病例(八里湖区)", "region": "九江市八里湖区"}]),
    # negative: a zone in a province's list whose items lie in several cities is no city's zone
    ("a zone among several cities' items",
     "2020年2月6日0-24时,江西省新增确诊病例6例。\n新增确诊病例中,濂溪区3例;章贡区2例;经开区1例。\n",
     [{"value": 6, "indicator": "covid.new_confirmed", "region": "江西省"},
      {"value": 3, "region": "濂溪区"}, {"value": 2, "region": "章贡区"},
      {"value": 1, "subject": "新增确诊病例(经开区)", "region": None}]),
    # negative: a `;` clause that counts a measure of its own is no item of the list before it
    ("a later `;` clause with its own measure",
     "2020年2月6日0-24时,九江市新增确诊病例5例。\n新增确诊病例中,濂溪区3例;浔阳区2例;新增出院病例2例,其中柴桑区2例。\n",
     [{"value": 5, "indicator": "covid.new_confirmed", "region": "九江市"},
      {"value": 3, "indicator": "covid.new_confirmed", "region": "濂溪区"},
      {"value": 2, "indicator": "covid.new_confirmed", "region": "浔阳区"},
      {"value": 2, "indicator": "covid.new_cured", "region": "九江市"},
      {"value": 2, "indicator": "covid.new_cured", "region": "柴桑区"}]),
]

Q1_Q3_2023 = {"period_start": "2023-01-01", "period_end": "2023-09-30"}

PORTS = [
    ("a port named after a county-level city in a province's story: no figure of the sentence is the city's",
     "据新疆维吾尔自治区政府网站消息,前三季度,霍尔果斯口岸进出口贸易值1200.5亿元;进出口货运量3200万吨,同比增长6.2%。\n",
     [{"value": 120_050_000_000, "subject": "霍尔果斯口岸进出口贸易值", "region": None, **Q1_Q3_2023},
      {"value": 32_000_000, "subject": "霍尔果斯口岸进出口货运量", "region": None, **Q1_Q3_2023},
      {"value": 6.2, "subject": "霍尔果斯口岸进出口货运量", "indicator": None, "region": None, **Q1_Q3_2023}]),
    # negative: the city named alone keeps its figures
    ("the city named alone", "据新疆维吾尔自治区政府网站消息,前三季度,霍尔果斯市进出口货运量3200万吨。\n",
     [{"value": 32_000_000, "region": "霍尔果斯市", **Q1_Q3_2023}]),
]

YEAR_2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

INDUSTRY_SERIES = [
    ("contributions written without 对 and the pulls after them are each industry's",
     "2022年,全县实现生产总值98.5亿元,增长3.1%。其中,第一、第二、第三产业增加值分别增长4.2%、1.5%、3.6%;"
     "经济增长贡献率分别为20.4%、18.1%、61.5%,分别拉动经济增长0.6个、0.6个、1.9个百分点。\n",
     [{"value": 9_850_000_000, **YEAR_2022}, {"value": 3.1, **YEAR_2022},
      {"value": 4.2, "subject": "第一产业增加值"}, {"value": 1.5, "subject": "第二产业增加值"},
      {"value": 3.6, "subject": "第三产业增加值"},
      {"value": 20.4, "subject": "第一产业经济增长贡献率"}, {"value": 18.1, "subject": "第二产业经济增长贡献率"},
      {"value": 61.5, "subject": "第三产业经济增长贡献率"},
      {"value": 0.6, "subject": "第一产业拉动经济"}, {"value": 0.6, "subject": "第二产业拉动经济"},
      {"value": 1.9, "subject": "第三产业拉动经济", **YEAR_2022}]),
]

AUG_17 = {"period_start": "2022-08-17", "period_end": "2022-08-17"}

ZONE_BRACKETS = [
    ("a zone named with its district in brackets is the district's; released infections named first are catalogued",
     "8月17日0—24时,乌鲁木齐市新增无症状感染者30例,其中天山区12例、高新区(新市区)9例、经开区(头区)9例。"
     "15例无症状感染者解除隔离医学观察,其中天山区14例、经开区(头区)1例。\n",
     [{"value": 30, "indicator": "covid.new_asymptomatic", "region": "乌鲁木齐市", **AUG_17},
      {"value": 12, "indicator": "covid.new_asymptomatic", "region": "天山区", **AUG_17},
      {"value": 9, "subject": "新增无症状感染者", "region": "新市区", **AUG_17},
      {"value": 9, "subject": "新增无症状感染者(经开区)", "region": "乌鲁木齐市经开区", **AUG_17},
      {"value": 15, "indicator": "covid.released_asymptomatic", "region": "乌鲁木齐市", **AUG_17},
      {"value": 14, "indicator": "covid.released_asymptomatic", "region": "天山区", **AUG_17},
      {"value": 1, "subject": "无症状感染者解除隔离医学观察(经开区)", "indicator": "covid.released_asymptomatic",
       "region": "乌鲁木齐市经开区", **AUG_17}]),
]

SITES = [
    ("visitors entering one named site are the site's, no city's",
     "清明小长假期间,敦煌市共接待游客2.1万人次。4月3日,进入莫高窟景区的游客达到6120人次。\n",
     [{"value": 21000, "region": "敦煌市"}, {"value": 6120, "subject": "进入莫高窟景区的游客", "region": None}]),
    # negative: the city's own visitors entering its sites stay the city's
    ("visitors the city received", "清明小长假期间,敦煌市共接待游客2.1万人次。\n", [{"value": 21000, "region": "敦煌市"}]),
]

SINCE_EVENTS = [
    ("a month whose event the next clause tells up to `以来` is a since-time up to the report",
     "今年4月,市驻上海招商工作队进驻以来,已签订投资合同42个,签约资金61.3亿元。\n",
     [{"value": 42, "period_start": "2020-04-01", "period_end": "2020-12-04"},
      {"value": 6_130_000_000, "period_start": "2020-04-01", "period_end": "2020-12-04"}]),
    # negative: a month's own figures stay that month's
    ("a month's own figures", "今年4月,全市接待游客120万人次。\n",
     [{"value": 1_200_000, "period_start": "2020-04-01", "period_end": "2020-04-30"}]),
]

COLON_LISTS = [
    ("a measure then `分别为:` before places each with its figure: each place's measure, a growth rate as a change",
     "1-8月,各县(市、区)在建项目投资增速分别为:濂溪区13.8%、浔阳区9.1%、柴桑区-6.4%。\n",
     [{"value": 13.8, "subject": "在建项目投资", "family": "growth_rate", "region": "濂溪区", **SEPT_2023},
      {"value": 9.1, "subject": "在建项目投资", "family": "growth_rate", "region": "浔阳区", **SEPT_2023},
      {"value": -6.4, "subject": "在建项目投资", "family": "growth_rate", "region": "柴桑区", **SEPT_2023}]),
    ("a hotline's counts by district after `分别为:`", "九江市12345热线5月报告\n5月,各县区受理量分别为:濂溪区120件、浔阳区80件。\n",
     [{"value": 120, "subject": "受理量", "region": "濂溪区"}, {"value": 80, "subject": "受理量", "region": "浔阳区"}]),
]

UNDATED_QUARTERS = [
    ("an undated release's quarters of its year are told done, not plans",
     "10月29日,某市召开新闻发布会,介绍2021年前三季度国民经济发展情况。\n"
     "前三季度,全市农林牧渔业总产值同比增长8.1%,其中一季度同比增长4.2%,二季度同比增长9%,三季度同比增长11.4%。\n",
     [{"value": 8.1, "status": "actual", "period_start": "2021-01-01", "period_end": "2021-09-30"},
      {"value": 4.2, "status": "actual", "period_start": "2021-01-01", "period_end": "2021-03-31"},
      {"value": 9, "status": "actual", "period_start": "2021-04-01", "period_end": "2021-06-30"},
      {"value": 11.4, "status": "actual", "period_start": "2021-07-01", "period_end": "2021-09-30"}]),
]

H1_2019 = {"period_start": "2019-01-01", "period_end": "2019-06-30"}

SECTOR_STATES = [
    ("a sector's state after a time and the place's whole owns the bare `实现` after it",
     "上半年,全市服务业平稳增长,实现增加值286.4亿元,同比增长6.1%。\n",
     [{"value": 28_640_000_000, "subject": "服务业增加值", **H1_2019},
      {"value": 6.1, "subject": "服务业增加值", "indicator": "growth.service_value_added", **H1_2019}]),
    # negative: the economy's state names no owner
    ("the economy's state", "上半年,全市经济运行平稳,地区生产总值增长6.1%。\n",
     [{"value": 6.1, "subject": "地区生产总值", **H1_2019}]),
]

YEAR_2020 = {"period_start": "2020-01-01", "period_end": "2020-12-31"}

HANDED_OVER_RATES = [
    ("the rate of items handed over by a higher line is that part's, no series of the line's own",
     "平罗县12345热线年度报告\n2020年,县12345平台共受理诉求10220件,按时办结率99.1%。其中,省、市交办件按时办结率99.9%。\n",
     [{"value": 10220, "indicator": "hotline.contacts_total", **YEAR_2020},
      {"value": 99.1, "indicator": "hotline.resolution_rate", **YEAR_2020},
      {"value": 99.9, "subject": "省、市交办件按时办结率", "indicator": "hotline.share", **YEAR_2020}]),
]

SPRING_2013 = {"period_start": "2013-02-09", "period_end": "2013-02-15"}

VISITOR_GROUPS = [
    ("a group of visitors counted apart owns the bare income of its `;` group",
     "牡丹江市春节旅游\n今年春节黄金周,全市共接待游客30.5万人次,实现旅游收入8100万元。在全市接待的游客中,"
     "过夜游客人数达到18.2万人次,旅游收入实现6900万元;一日游游客12.3万人次,收入1200万元。\n",
     [{"value": 305000, "subject": "接待游客", **SPRING_2013}, {"value": 81_000_000, "subject": "旅游收入", **SPRING_2013},
      {"value": 182000, "subject": "过夜游客人数"}, {"value": 69_000_000, "subject": "过夜游客旅游收入"},
      {"value": 123000, "subject": "一日游游客"}, {"value": 12_000_000, "subject": "一日游游客收入", **SPRING_2013}]),
]

TABLES = [
    (RANKED_ITEMS, date(2023, 7, 10), "page.txt"),
    (TOP_CONTRIBUTIONS, date(2023, 3, 20), "release.txt"),
    (PLAN_SHARES, date(2023, 9, 20), "release.txt"),
    (LISTED_COUNTS, date(2023, 9, 20), "release.txt"),
    (SEMICOLON_CASES, date(2020, 2, 7), "bulletin.txt"),
    (PORTS, date(2023, 10, 20), "news.txt"),
    (INDUSTRY_SERIES, date(2023, 3, 31), "communique.txt"),
    (ZONE_BRACKETS, date(2022, 8, 18), "bulletin.txt"),
    (SITES, date(2017, 4, 5), "news.txt"),
    (SINCE_EVENTS, date(2020, 12, 4), "news.txt"),
    (COLON_LISTS, date(2023, 9, 20), "release.txt"),
    (UNDATED_QUARTERS, None, "release.txt"),
    (SECTOR_STATES, date(2019, 7, 18), "release.txt"),
    (HANDED_OVER_RATES, date(2021, 11, 22), "page.txt"),
    (VISITOR_GROUPS, date(2013, 2, 16), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round62_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
