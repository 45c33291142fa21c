"""Scopes of round 63: firms named with what they gained by (`…得益于…,实现增加值…`) own the bare `实现` after it; a rate named
alone after a part's rate in a `其中` sentence is the part's too.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q1_2016 = {"period_start": "2016-01-01", "period_end": "2016-03-31"}

GAINED_BY = [
    ("firms named with what they gained by own the bare `实现` after it",
     "一季度,全市地方规上工业得益于建材、纺织等行业回暖,实现增加值41.2亿元,同比增长3%。\n",
     [{"value": 4_120_000_000, "subject": "地方规上工业增加值", **Q1_2016},
      {"value": 3, "subject": "地方规上工业增加值", "indicator": "growth.industrial_value_added", **Q1_2016}]),
    ("also after a background `随着…,`",
     "一季度,随着重点项目加快推进,规上工业受益于订单增加,实现利润5.3亿元。\n",
     [{"value": 530_000_000, "subject": "规上工业利润", **Q1_2016}]),
    # negative: a gain with no firms named before it names no owner
    ("a gain of the economy", "一季度,全市得益于投资回暖,实现地区生产总值310亿元。\n",
     [{"value": 31_000_000_000, "subject": "地区生产总值", **Q1_2016}]),
]

YEAR_2020 = {"period_start": "2020-01-01", "period_end": "2020-12-31"}

PART_RATES = [
    ("a rate named alone after a part's rate in a `其中` sentence is the part's too",
     "某县12345热线年度报告\n2020年,县12345平台共受理群众诉求52000件。按时办结率98.6%,回访满意率96.2%。"
     "其中,省、市交办件按时办结率99.1%,综合满意率92.7%。\n",
     [{"value": 52000, "indicator": "hotline.contacts_total", **YEAR_2020},
      {"value": 98.6, "indicator": "hotline.resolution_rate", **YEAR_2020},
      {"value": 96.2, "indicator": "hotline.satisfaction_rate", **YEAR_2020},
      {"value": 99.1, "subject": "省、市交办件按时办结率", "indicator": "hotline.share", **YEAR_2020},
      {"value": 92.7, "subject": "省、市交办件综合满意率", "indicator": "hotline.share", **YEAR_2020}]),
    # negative: a rate after a rate the sentence wrote bare is the line's, whatever subject the first one was given
    ("rates written bare after counts of a `其中` sentence",
     "某市12345热线8月运行情况\n8月,12345热线共受理诉求40000件。其中,接听电话36000人次,登记交办12000件,"
     "已办结12000件,办结率100%,满意率99%。\n",
     [{"value": 40000, "indicator": "hotline.contacts_total"}, {"value": 36000}, {"value": 12000}, {"value": 12000},
      {"value": 100}, {"value": 99, "indicator": "hotline.satisfaction_rate"}]),
    # negative: without `其中` the second rate is the line's own
    ("rates of the line after a part's count",
     "某县12345热线年度报告\n2020年,县12345平台共受理群众诉求52000件,按时办结率98.6%,满意率96.2%。\n",
     [{"value": 52000, "indicator": "hotline.contacts_total", **YEAR_2020},
      {"value": 98.6, "subject": "按时办结率", "indicator": "hotline.resolution_rate", **YEAR_2020},
      {"value": 96.2, "subject": "满意率", "indicator": "hotline.satisfaction_rate", **YEAR_2020}]),
]

Q2_2020 = {"period_start": "2020-04-01", "period_end": "2020-06-30"}

TITLED_QUARTERS = [
    ("a notice titled with a year's quarter after the city's short name: its figures under a heading of no time are "
     "the quarter's, and a notice on the public's calls is a hotline report",
     "聊城:关于2020年第二季度群众来电办理情况的通告\n\n一、总体概述\n\n本季度,共受理群众诉求41200件,较去年同期增长12.5%。"
     "按时办结率99.2%。\n",
     [{"value": 41200, "indicator": "hotline.contacts_total", "region": "聊城市", **Q2_2020},
      {"value": 12.5, "subject": "群众诉求受理", "region": "聊城市", **Q2_2020},
      {"value": 99.2, "indicator": "hotline.resolution_rate", "region": "聊城市", **Q2_2020}]),
    ("a headline's year with its months keeps the months under a heading",
     "聊城:2020年1-5月经济运行情况\n\n一、工业\n\n规模以上工业增加值增长3.1%。\n",
     [{"value": 3.1, "indicator": "growth.industrial_value_added", "region": "聊城市",
       "period_start": "2020-01-01", "period_end": "2020-05-31"}]),
]

Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}

SESSION_TITLES = [
    ("a work report titled with its session's year, reposted years later, reviews the year before the title's",
     "(某省)2019年松溪县人民政府工作报告(全文)\n各位代表:\n现在,我代表县人民政府向大会作报告,请予审议。\n"
     "过去一年工作回顾\n一年来,全县上下团结奋进。初步预计,全县实现地区生产总值60.2亿元,增长8.3%。\n",
     [{"value": 6_020_000_000, "subject": "地区生产总值", "region": "松溪县", "status": "estimate", **Y2018},
      {"value": 8.3, "indicator": "growth.gdp", "region": "松溪县", "status": "estimate", **Y2018}]),
]

H1_2021 = {"period_start": "2021-01-01", "period_end": "2021-06-30"}

RANKS_IN_WHOLE = [
    ("a rank in the province names no place of the prefecture's figures after it",
     "上半年大理州畜牧业生产稳步增长\n今年上半年,全州肉类总产量18.2万吨,同比增长9.1%,全省排位第三;"
     "生牛奶产量12万吨,同比增长4.2%,产量居全省第一。\n",
     [{"value": 182000, "subject": "肉类总产量", "region": "大理白族自治州", **H1_2021},
      {"value": 9.1, "subject": "肉类总产量", "region": "大理白族自治州", **H1_2021},
      {"value": 120000, "subject": "生牛奶产量", "region": "大理白族自治州", **H1_2021},
      {"value": 4.2, "subject": "生牛奶产量", "region": "大理白族自治州", **H1_2021}]),
]

LEAD_CHAINS = [
    ("a lead citing the province's accounts before the city's figure: the city's page, its `全市` the city",
     "根据广东省地区生产总值统一核算结果,2023年上半年肇庆地区生产总值为1200亿元,同比增长3%。\n"
     "农业生产稳定。上半年,全市农林牧渔业实现产值280亿元,同比增长4%。\n",
     [{"value": 120_000_000_000, "subject": "地区生产总值", "region": "肇庆市"},
      {"value": 3, "region": "肇庆市"},
      {"value": 28_000_000_000, "region": "肇庆市"}, {"value": 4, "region": "肇庆市"}]),
]

H1_2023 = {"period_start": "2023-01-01", "period_end": "2023-06-30"}

STATED_LISTS = [
    ("industries listed with how they fared, then `分别` changes: each industry's own",
     "上半年,全市规模以上工业增加值同比增长0.5%。分行业看,有色金属冶炼和压延加工业、造纸和纸制品业表现较好,"
     "分别增长30.1%、12.4%;家具制造业、汽车制造业回落,分别下降50.2%、30.3%。\n",
     [{"value": 0.5, "subject": "规模以上工业增加值", **H1_2023},
      {"value": 30.1, "subject": "规模以上有色金属冶炼和压延加工业增加值", **H1_2023},
      {"value": 12.4, "subject": "规模以上造纸和纸制品业增加值", **H1_2023},
      {"value": -50.2, "subject": "规模以上家具制造业增加值", **H1_2023},
      {"value": -30.3, "subject": "规模以上汽车制造业增加值", **H1_2023}]),
]

TO_FEB29 = {"period_start": None, "period_end": "2020-02-29"}

PROVINCE_BULLETINS = [
    ("a whole's count across its cities is the whole's, a city's bracketed `城区` is that city's district, and the "
     "confirmed cases still in hospital are the current ones",
     "截至2月29日24时,山西省11个市累计报告确诊病例120例。其中:晋城市9例(城区4例、沁水县5例)。"
     "现有在院隔离治疗确诊病例17例。\n",
     [{"value": 120, "subject": "累计报告确诊病例", "region": "山西省", **TO_FEB29},
      {"value": 9, "subject": "累计报告确诊病例", "region": "晋城市", **TO_FEB29},
      {"value": 4, "region": "晋城市城区", **TO_FEB29},
      {"value": 5, "subject": "累计报告确诊病例", "region": "沁水县", **TO_FEB29},
      {"value": 17, "indicator": "covid.current_confirmed", "region": "山西省", **TO_FEB29}]),
    # negative: `城区` outside a city's bracket is no district
    ("an urban area's count", "截至2月29日24时,全市累计报告确诊病例12例,其中城区5例。\n",
     [{"value": 12, "region": None, **TO_FEB29}, {"value": 5, "region": None, **TO_FEB29}]),
]

MAR_2020 = {"period_start": "2020-03-01", "period_end": "2020-03-31"}

MONTH_ON_MONTH = [
    ("a month-on-month view told with what it shows, and a turn from the month before: this month's changes "
     "against the month before, no series of the year-on-year index",
     "3月份,全市居民消费价格同比上涨4.8%。\n从更能反映近期物价变化的环比数据来看,3月份,全市居民消费价格环比由上月的"
     "上涨转为下降0.5%。其中,食品价格下降1.4%。\n",
     [{"value": 4.8, "indicator": "growth.cpi", **MAR_2020},
      {"value": -0.5, "subject": "居民消费价格(环比)", "indicator": None, **MAR_2020},
      {"value": -1.4, "subject": "食品价格(环比)", **MAR_2020}]),
    # negative: a level the change started from keeps its own year
    ("a rate raised from a year's level", "城镇化率由2015年的56%提高到62%。\n",
     [{"value": 56, "period_start": "2015-01-01", "period_end": "2015-12-31"}, {"value": 62}]),
]

Y2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

ESTIMATE_NOTES = [
    ("a note that the figures are estimates `下同` makes the figure before it and the review's later ones estimates, "
     "a plan's figure stays a target",
     "2023年政府工作报告\n——2022年12月29日在某市人民代表大会上\n一、2022年工作回顾\n"
     "全市地区生产总值增长5.1%以上(预计数,下同),固定资产投资增长10%以上。新认定高新技术企业160家。\n"
     "二、2023年工作安排\n今年全市地区生产总值增长6%左右。\n",
     [{"value": 5.1, "status": "estimate", **Y2022}, {"value": 10, "status": "estimate", **Y2022},
      {"value": 160, "status": "estimate", **Y2022},
      {"value": 6, "status": "target", "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    ("a note without `下同` holds for its own figure only",
     "2023年政府工作报告\n——2022年12月29日在某市人民代表大会上\n一、2022年工作回顾\n"
     "全市地区生产总值增长5.1%(预计数),固定资产投资增长10%。\n",
     [{"value": 5.1, "status": "estimate", **Y2022}, {"value": 10, "status": "actual", **Y2022}]),
]

NATIONAL_DAY_2017 = {"period_start": "2017-10-01", "period_end": "2017-10-08"}

BARE_DAYS = [
    ("bare days of the span the story tells of are that span's, a bare range before a tally is a range",
     "国庆假期张家口接待游客超200万人次\n记者获悉,10月1日至8日,全市共接待国内外游客210.5万人次。\n"
     "1日至8日,怀来县共接待游客21万人次。\n",
     [{"value": 2_105_000, "region": "张家口市", **NATIONAL_DAY_2017},
      {"value": 210000, "region": "怀来县", **NATIONAL_DAY_2017}]),
]

DAYS_OUTSIDE = [
    # negative: a day outside the span in force is the report's month's
    ("a day not in the span", "某国疫情\n据介绍,1月20日至22日,该国新增病例30例。截至16日上午,该国共完成样本检测14000份。\n",
     [{"value": 30}, {"value": 14000, "period_end": "2020-05-16"}]),
]

JAN_OCT_2024 = {"period_start": "2024-01-01", "period_end": "2024-10-31"}

DIVIDED_BY_PLACE = [
    ("a list by place after `分地区看,` counts the measure of the sentence before, its zone the city's zone",
     "铁岭市1—10月工业运行\n2024年1—10月,铁岭市规模以上工业增加值同比下降5.1%。\n"
     "分地区看,开发区同比增长3.2%,昌图县同比增长1.1%,银州区同比下降0.8%。\n",
     [{"value": -5.1, "subject": "规模以上工业增加值", "region": "铁岭市", **JAN_OCT_2024},
      {"value": 3.2, "subject": "规模以上工业增加值(开发区)", "region": "铁岭市开发区", **JAN_OCT_2024},
      {"value": 1.1, "subject": "规模以上工业增加值", "region": "昌图县", **JAN_OCT_2024},
      {"value": -0.8, "subject": "规模以上工业增加值", "region": "银州区", **JAN_OCT_2024}]),
    ("after an industry breakdown the places break down the article's whole again",
     "铁岭市1—10月工业运行\n2024年1—10月,铁岭市规模以上工业增加值同比下降5.1%。\n"
     "分行业看,全市33个大类行业中,10个行业实现增长。23个行业增加值同比下降,汽车制造业同比增长9.1%。\n"
     "分地区看,昌图县同比增长1.1%,银州区同比下降0.8%。\n",
     [{"value": -5.1, "subject": "规模以上工业增加值"}, {"value": 23}, {"value": 9.1},
      {"value": 1.1, "subject": "规模以上工业增加值", "region": "昌图县", **JAN_OCT_2024},
      {"value": -0.8, "subject": "规模以上工业增加值", "region": "银州区", **JAN_OCT_2024}]),
]

NET_CHANGES = [
    ("a net increase right after a level is that level's increase, and the growth after it the level's too",
     "2022年,全县地区生产总值达到410亿元,净增105.2亿元,同比(下同)增长9.1%,总量全市第二。\n",
     [{"value": 41_000_000_000, "subject": "地区生产总值", **Y2022},
      {"value": 10_520_000_000, "subject": "地区生产总值净增", **Y2022},
      {"value": 9.1, "indicator": "growth.gdp", **Y2022}]),
    # negative: a net increase that names what it counts is a count of its own
    ("a net increase naming its things", "2022年,全县市场主体达到5.1万户,净增市场主体3200户。\n",
     [{"value": 51000, **Y2022}, {"value": 3200, "subject": "净增市场主体", **Y2022}]),
]

SINCE_YEARS = [
    ("an undated story naming a year only as a since-form's start is not of that year: its days stay undated",
     "湖南日报11月4日讯(记者 某某)11月3日,湘西土家族苗族自治州在上海举行产业园区招商推介会,来自长三角地区的客商聚集一堂,现场签约21个。\n"
     "据介绍,2017年以来,湘西州实现省外境内到位资金累计645亿元。\n",
     [{"value": 64_500_000_000, "period_start": None, "period_end": None}]),
]

ORIGINS = [
    ("where an industry began dates nothing: its counts are as of the report",
     "湖北潜江:抢滩服装新蓝海\n自上世纪八十年代起步,历经四十多年发展,潜江纺织服装产业实现蝶变升级,"
     "全市现有纺织服装经营主体2300家,规上企业70家。\n",
     [{"value": 2300, "period_start": None, "period_end": "2024-11-11"},
      {"value": 70, "period_start": None, "period_end": "2024-11-11"}]),
    # negative: a since-form still runs from its start
    ("a span since a decade", "上世纪八十年代以来,全市累计建成工厂2300家。\n",
     [{"value": 2300, "period_start": "1980-01-01", "period_end": "2024-11-11"}]),
]

Y2023 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}

PORTS = [
    ("a port written after its province, and its parts after `其中`, are the port's own figures: no region",
     "中新网 二连浩特1月23日电 二连海关23日对外通报称,2023年内蒙古二连浩特口岸进出口总值为420亿元,比去年同期增长59%。\n"
     "2023年二连浩特口岸进出口总值为420亿元,其中,进口值为228亿元,出口值为192亿元。\n",
     [{"value": 42_000_000_000, "subject": "二连浩特口岸进出口总值", "region": None, **Y2023},
      {"value": 59, "subject": "二连浩特口岸进出口总值", "region": None, **Y2023},
      {"value": 22_800_000_000, "subject": "二连浩特口岸进口值", "region": None, **Y2023},
      {"value": 19_200_000_000, "subject": "二连浩特口岸出口值", "region": None, **Y2023}]),
]

COUNTY_LISTS = [
    ("places picked out by `…的有` then a `分别` clause: each place's change of the measure the list breaks down",
     "梅州公共财政预算收入30.8亿元,同比增长22.1%。从分县(市、区)看,增速超过全市平均水平的有3个县(市),"
     "增长较快的有兴宁市、蕉岭县和丰顺县,分别增长45.2%、31.1%、30.2%。\n",
     [{"value": 3_080_000_000, "region": "梅州市"}, {"value": 22.1, "region": "梅州市"},
      {"value": 45.2, "subject": "公共财政预算收入", "region": "兴宁市"},
      {"value": 31.1, "subject": "公共财政预算收入", "region": "蕉岭县"},
      {"value": 30.2, "subject": "公共财政预算收入", "region": "丰顺县"}]),
    ("after a part (`其中:`) the places break down the whole, not the part",
     "梅州公共财政预算收入30.8亿元,同比增长22.1%。其中:税收收入20.6亿元,增长16.2%。从分县(市、区)看,"
     "兴宁市、蕉岭县和丰顺县增长较快,分别增长45.2%、31.1%、30.2%。\n",
     [{"value": 3_080_000_000}, {"value": 22.1}, {"value": 2_060_000_000}, {"value": 16.2},
      {"value": 45.2, "subject": "公共财政预算收入", "region": "兴宁市"},
      {"value": 31.1, "subject": "公共财政预算收入", "region": "蕉岭县"},
      {"value": 30.2, "subject": "公共财政预算收入", "region": "丰顺县"}]),
    ("places before a state and a `分别` clause: the same",
     "梅州公共财政预算收入30.8亿元,同比增长22.1%。从分县(市、区)看,兴宁市、蕉岭县和丰顺县增长较快,"
     "分别增长45.2%、31.1%、30.2%。\n",
     [{"value": 3_080_000_000}, {"value": 22.1},
      {"value": 45.2, "subject": "公共财政预算收入", "region": "兴宁市"},
      {"value": 31.1, "subject": "公共财政预算收入", "region": "蕉岭县"},
      {"value": 30.2, "subject": "公共财政预算收入", "region": "丰顺县"}]),
    # negative: places with counts and no measure in force name nothing
    ("counts of places with no measure", "现阶段,恩施州、黔东南州分别建成3家、5家职工疗休养基地。\n", []),
]

CHANNELS = [
    ("the channels a line's requests came by are its items, not its total",
     "聊城:关于2020年第二季度群众来电办理情况的通告\n本季度,共受理群众诉求380000件。所有诉求中,通过群众来电受理360000件,"
     "企业诉求“接诉即办”受理60件,互联网督查受理15件。\n",
     [{"value": 380000, "indicator": "hotline.contacts_total", **Q2_2020},
      {"value": 360000, "indicator": "hotline.count"}, {"value": 60, "indicator": "hotline.count"},
      {"value": 15, "indicator": "hotline.count"}]),
]

TABLES = [
    (GAINED_BY, date(2016, 4, 20), "release.txt"),
    (PART_RATES, date(2021, 1, 20), "page.txt"),
    (TITLED_QUARTERS, date(2020, 7, 15), "news.txt"),
    (SESSION_TITLES, date(2021, 7, 27), "report.txt"),
    (SESSION_TITLES, None, "report.txt"),
    (RANKS_IN_WHOLE, date(2021, 7, 20), "news.txt"),
    (LEAD_CHAINS, None, "release.txt"),
    (STATED_LISTS, date(2023, 7, 20), "release.txt"),
    (PROVINCE_BULLETINS, date(2020, 3, 1), "bulletin.txt"),
    (MONTH_ON_MONTH, date(2020, 4, 20), "news.txt"),
    (ESTIMATE_NOTES, date(2023, 1, 6), "report.txt"),
    (BARE_DAYS, date(2017, 12, 15), "news.txt"),
    (DAYS_OUTSIDE, date(2020, 5, 17), "news.txt"),
    (DIVIDED_BY_PLACE, date(2024, 11, 21), "release.txt"),
    (NET_CHANGES, date(2023, 1, 20), "report.txt"),
    (SINCE_YEARS, None, "news.txt"),
    (ORIGINS, date(2024, 11, 11), "news.txt"),
    (PORTS, date(2024, 1, 24), "news.txt"),
    (COUNTY_LISTS, None, "release.txt"),
    (CHANNELS, date(2020, 7, 15), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round63_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
