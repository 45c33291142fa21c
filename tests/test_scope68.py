"""Scopes of round 68: a platform's designation counted as no town, a case noun naming its disease in full, a way of
transport's part of a whole, a change told with `多`/`少` after a base of time, a change against the years' mean, and
two changes of one measure over two bases, a January bulletin's December, a county named only in a table's title,
and a bulletin's title over its first line.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

YEAR_2020 = {"period_start": "2020-01-01", "period_end": "2020-12-31"}
YEAR_2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

DESIGNATIONS = [
    ("an e-commerce platform's towns and villages are counts of the county named, no town",
     "截至2023年底,曹县共有淘宝村168个,淘宝镇19个。\n",
     [{"value": 168, "subject": "淘宝村", "region": "曹县", "period_end": "2023-12-31"},
      {"value": 19, "subject": "淘宝镇", "region": "曹县", "period_end": "2023-12-31"}]),
    ("listed with 分别 after the county", "去年睢宁县电商交易额达300亿元,淘宝镇、淘宝村分别达12个、95个。\n",
     [{"value": 30_000_000_000, "region": "睢宁县"},
      {"value": 12, "subject": "淘宝镇", "region": "睢宁县"}, {"value": 95, "subject": "淘宝村", "region": "睢宁县"}]),
]

LONG_CASE_NOUNS = [
    ("the disease named in full between the count and its case word",
     "4月3日0时至24时,沧州市新增报告1例境外输入性新型冠状病毒肺炎确诊病例。\n",
     [{"value": 1, "family": "covid", "indicator": "covid.new_imported", "region": "沧州市",
       "period_start": "2022-04-03", "period_end": "2022-04-03"}]),
    ("local cases named in full", "4月3日0时至24时,沧州市新增报告3例本土新型冠状病毒肺炎确诊病例。\n",
     [{"value": 3, "family": "covid", "indicator": "covid.new_local", "region": "沧州市"}]),
    # negative: a long noun that ends in no case word is read no further than before
    ("a long noun of patients", "沧州市新增报告1例境外输入性新型冠状病毒肺炎患者的密切接触者。\n",
     [{"value": 1, "family": "other", "subject": "新增报告"}]),
]

TRANSPORT_PARTS = [
    ("a way of transport's part of the passengers sent",
     "国庆假期前6天,全国铁路、道路、民航共发送旅客5.1亿人次,其中铁路8600万人次、比去年同期增长5%,民航1000万人次、"
     "比去年同期增长4%。\n",
     [{"value": 510_000_000, "region": "全国"},
      {"value": 86_000_000, "subject": "铁路发送旅客"}, {"value": 5, "subject": "铁路发送旅客"},
      {"value": 10_000_000, "subject": "民航发送旅客"}, {"value": 4, "subject": "民航发送旅客"}]),
    ("a way of transport's part of the freight carried", "2020年全市货物运输量1.3亿吨,其中铁路3100万吨,公路8200万吨。\n",
     [{"value": 130_000_000, "subject": "货物运输量", **YEAR_2020},
      {"value": 31_000_000, "subject": "铁路货物运输量", **YEAR_2020},
      {"value": 82_000_000, "subject": "公路货物运输量", **YEAR_2020}]),
    # negative: a part with its own measure keeps it
    ("a part with its own measure", "2020年全市交通投资120亿元,其中铁路投资40亿元。\n",
     [{"value": 12_000_000_000, **YEAR_2020}, {"value": 4_000_000_000, "subject": "铁路投资", **YEAR_2020}]),
]

MORE_LESS_THAN_BASE = [
    ("`少` and `多` after a base of time are a fall and a rise; the years' mean is the second change's base",
     "2021年全市降水总量为73亿立方米,比2020年少5.2%,比多年均值多8.1%。\n",
     [{"value": 7_300_000_000, "subject": "降水总量", **YEAR_2021},
      {"value": -5.2, "family": "growth_rate", "subject": "降水总量", **YEAR_2021},
      {"value": 8.1, "family": "growth_rate", "subject": "降水总量(比多年均值)", **YEAR_2021}]),
    ("`偏多` against the years' mean", "2021年全市降水量比上年偏少2%,比多年平均值偏多3%。\n",
     [{"value": -2, "subject": "降水量", **YEAR_2021}, {"value": 3, "subject": "降水量(比多年平均值)", **YEAR_2021}]),
    ("a count more than last year", "2021年全市常住人口为121万人,比上年多5000人。\n",
     [{"value": 1_210_000, "subject": "常住人口"}, {"value": 5000, "subject": "常住人口多", **YEAR_2021}]),
    # negative: two things compared, no change over time
    ("two things compared", "该桥桩基数量比一般的公路桥桩要多6倍左右。\n", []),
]

YEARS_MEAN_BASES = [
    ("a change against the mean of recent years keeps its base and the figure's year",
     "2017年全市水资源总量为120亿立方米,比上年增加3.1%,比近5年均值增加12.9%。\n",
     [{"value": 12_000_000_000, "period_start": "2017-01-01", "period_end": "2017-12-31"},
      {"value": 3.1, "subject": "水资源总量", "period_start": "2017-01-01", "period_end": "2017-12-31"},
      {"value": 12.9, "subject": "水资源总量(比近5年均值)", "period_start": "2017-01-01", "period_end": "2017-12-31"}]),
    ("two changes over two bases after two earlier levels are one measure's, no pair",
     "2017年,全市常住人口400万人,其中城镇人口256万人,乡村人口144万人,降水总量为348亿立方米,比2016年增加3.0%,"
     "比多年平均值增加12.9%。\n",
     [{"value": 4_000_000}, {"value": 2_560_000}, {"value": 1_440_000}, {"value": 34_800_000_000},
      {"value": 3.0, "subject": "降水总量", "period_start": "2017-01-01", "period_end": "2017-12-31"},
      {"value": 12.9, "subject": "降水总量(比多年平均值)", "period_start": "2017-01-01", "period_end": "2017-12-31"}]),
    # negative: a year's mean level is no mean of years
    ("a year's mean level", "2017年全市PM2.5年均浓度为30微克/立方米,同比下降6.3%。\n",
     [{"value": 30}, {"value": -6.3, "period_start": "2017-01-01", "period_end": "2017-12-31"}]),
]

YEAR_END_MONTHS = [
    ("a January bulletin's December is the month just past, and its days of each grade are counts",
     "12月全区空气质量共计监测31天,其中优良天数为28天,占月监测天数的90.3%。\n",
     [{"value": 28, "unit": "天", "subject": "优良天数", "period_start": "2025-12-01", "period_end": "2025-12-31",
       "status": "actual"},
      {"value": 90.3, "subject": "优良天数(占月监测天数)", "period_start": "2025-12-01", "period_end": "2025-12-31",
       "status": "actual"}]),
    ("a month alone in a January release", "12月份,全市居民消费价格同比上涨1.2%。\n",
     [{"value": 1.2, "period_start": "2025-12-01", "period_end": "2025-12-31", "status": "actual"}]),
    # negative: a plan's December is still ahead
    ("a plan's deadline month", "项目将于12月建成,总投资5亿元。\n",
     [{"value": 500_000_000, "period_start": "2026-12-01", "period_end": "2026-12-31", "status": "target"}]),
]

TABLE_TITLE_PLACES = [
    ("a communiqué naming its county only in a table's title: its 全县 is that county's, and the table's rows are read",
     "2018年,全县经济持续平稳健康发展。\n一、经济总量\n全县完成地区生产总值35163万元,同比增长5.7%。\n"
     "2018年甘德县地区生产总值计算表\n| 项目 | 单位 | 现价总值 | 增长率(%) |\n| 第一产业 | 万元 | 10433 | 2.8 % |\n"
     "二、农牧业\n全县实现农牧业增加值10552万元,同比增长2.9%。\n",
     [{"value": 351_630_000, "region": "甘德县"}, {"value": 5.7, "region": "甘德县"},
      {"value": 104_330_000, "subject": "第一产业增加值", "region": "甘德县", "period_start": "2018-01-01"},
      {"value": 2.8, "subject": "第一产业增加值", "region": "甘德县"},
      {"value": 105_520_000, "region": "甘德县"}, {"value": 2.9, "region": "甘德县"}]),
    # negative: a county named in the body too is not read from a title; two tables' places name none
    ("two places in tables' titles",
     "2018年,全县经济持续平稳健康发展。\n全县完成地区生产总值35163万元。\n2018年甘德县生产总值表\n2018年达日县生产总值表\n",
     [{"value": 351_630_000, "region": None}]),
]

BULLETIN_TITLES = [
    ("a bulletin's title over its first line dates its months told alone",
     "某省卫生健康委员会关于2010年12月法定报告传染病疫情的通告\n2010年12月,全区报告甲、乙类传染病病例12129例。\n"
     "12月份,全区报告丙类传染病病例2084例。\n",
     [{"value": 12_129, "period_start": "2010-12-01", "period_end": "2010-12-31"},
      {"value": 2084, "subject": "丙类传染病病例", "period_start": "2010-12-01", "period_end": "2010-12-31"}]),
]

MONTH_ON_MONTH = [
    ("a change and an amount against the month before, then the year before",
     "5月,全市三大险种总参保人次达3565万人次,环比增加19万人次,增长0.5%,同比增加138万人次,增长4.1%。\n",
     [{"value": 35_650_000, "subject": "三大险种总参保人次"},
      {"value": 190_000, "subject": "三大险种总参保人次增加(环比)"},
      {"value": 0.5, "subject": "三大险种总参保人次(环比)"},
      {"value": 1_380_000, "subject": "三大险种总参保人次增加"},
      {"value": 4.1, "subject": "三大险种总参保人次"}]),
    # negative: a change that names its own measure is no carried month-on-month one
    ("a later clause with its own measure", "5月,全市居民消费价格环比下降0.2%,食品价格上涨1.3%。\n",
     [{"value": -0.2, "subject": "居民消费价格(环比)"}, {"value": 1.3, "subject": "食品价格"}]),
]

TARGET_SHARES = [
    ("a share of the target met names the target, whatever it is called",
     "2021年,全市失业人员再就业12089人,完成目标任务的157%;城镇新增就业5万人,完成全年目标的120%。\n",
     [{"value": 12_089, "subject": "失业人员再就业"},
      {"value": 157, "subject": "失业人员再就业(完成目标任务)"},
      {"value": 50_000, "subject": "城镇新增就业"},
      {"value": 120, "subject": "城镇新增就业(完成全年目标)"}]),
]

TRAVELLER_PARTS = [
    ("the cases among people who came from another city are the counting city's part of its count",
     "4月11日0至24时,苏州新增本土无症状感染者28例,其中上海来(返)苏州人员6例。\n",
     [{"value": 28, "indicator": "covid.new_local_asymptomatic", "region": "苏州市"},
      {"value": 6, "indicator": None, "subject": "新增本土无症状感染者(上海来苏州人员)", "region": "苏州市"}]),
]

CHANNEL_PARTS = [
    ("a provincial platform's intake is one channel's part, not the line's total",
     "第二季度,连平县12345热线共受理群众诉求3136宗。第二季度语音受理2725宗,粤省心受理239宗,多媒体受理172宗。\n",
     [{"value": 3136, "indicator": "hotline.contacts_total"}, {"value": 2725, "indicator": "hotline.items"},
      {"value": 239, "indicator": "hotline.items"}, {"value": 172, "indicator": "hotline.items"}]),
]

SECOND_UNITS = [
    ("one measure in two units, then changes spread over both: the second is named with its unit",
     "今年前7个月,经满洲里口岸共开行跨境班列464列、32609标箱,同比分别增长了45.45%和25.10%。\n",
     [{"value": 464, "subject": "经满洲里口岸开行跨境班列"},
      {"value": 32_609, "subject": "经满洲里口岸开行跨境班列(标箱)"},
      {"value": 45.45, "subject": "经满洲里口岸开行跨境班列"},
      {"value": 25.1, "subject": "经满洲里口岸开行跨境班列(标箱)"}]),
    # negative: households and people with no spread after them keep one name
    ("two units with no spread", "2018年,全村脱贫45户、192人。\n",
     [{"value": 45, "subject": "脱贫"}, {"value": 192, "subject": "脱贫"}]),
]

SITE_LEADS = [
    ("a paper's site's own dateline before its lead: the lead's span dates the later paragraphs' figures",
     "本网讯(记者王某)近日,记者从市统计局获悉,前三季度,全市完成固定资产投资1576.9亿元,同比增长9%。\n"
     "全市工业投资增速持续回升,完成工业投资806.3亿元,同比增长14.8%。\n"
     "全市项目投资力度加强,完成项目投资1096.8亿元,同比增长8.9%。\n",
     [{"value": 157_690_000_000, "period_start": "2017-01-01", "period_end": "2017-09-30"},
      {"value": 9, "period_start": "2017-01-01", "period_end": "2017-09-30"},
      {"value": 80_630_000_000, "period_start": "2017-01-01", "period_end": "2017-09-30"},
      {"value": 14.8, "period_start": "2017-01-01", "period_end": "2017-09-30"},
      {"value": 109_680_000_000, "indicator": "investment.completed", "period_start": "2017-01-01",
       "period_end": "2017-09-30"},
      {"value": 8.9, "period_start": "2017-01-01", "period_end": "2017-09-30"}]),
]

EVENT_SIGNINGS = [
    ("an event held on a day, named with a quoted slogan: what it signed is that day's tally",
     "本报武汉5月16日电 (记者范某)15日上午,2020武汉市“云招商”央企专场活动成功举行。活动共签约项目37个,"
     "签约总金额超过1800亿元。\n",
     [{"value": 37, "period_start": "2020-05-15", "period_end": "2020-05-15"},
      {"value": 180_000_000_000, "period_start": "2020-05-15", "period_end": "2020-05-15"}]),
    # negative: an activity's running tally is no day's
    ("an activity's running tally", "今年以来,招商活动累计签约项目120个。\n",
     [{"value": 120, "period_start": "2020-01-01", "period_end": "2020-05-17"}]),
]

LIVESTOCK = [
    ("livestock counted together by the words of each kind is one counting word; horses in the ten thousands",
     "2018年,全县年末存栏各类牲畜19.03万头只匹,同比增长8.44%,其中牛存栏17.39万头,同比增长5.57%;马存栏0.11万匹,"
     "同比增长10%。出售商品畜4.13万头只。\n",
     [{"value": 190_300, "unit": "头只匹", "subject": "存栏各类牲畜"}, {"value": 8.44, "subject": "存栏各类牲畜"},
      {"value": 173_900, "unit": "头", "subject": "牛存栏"}, {"value": 5.57, "subject": "牛存栏"},
      {"value": 1100, "unit": "匹", "subject": "马存栏"}, {"value": 10, "subject": "马存栏"},
      {"value": 41_300, "unit": "头只", "subject": "出售商品畜"}]),
    ("a bracket's items each with its change: the change is the item's, not the whole's before the bracket",
     "2018年,全县年末存栏各类牲畜19.03万头只匹,(黄牛17.62万头,同比增长5.57%;山羊1.3万只,同比减少44.4%)。\n",
     [{"value": 190_300}, {"value": 176_200, "subject": "黄牛"}, {"value": 5.57, "subject": "黄牛"},
      {"value": 13_000, "subject": "山羊"}, {"value": -44.4, "subject": "山羊"}]),
    # negative: a story's few horses are no count
    ("a story's horses", "他说,待会儿先把5匹马圈出来喂些草料。\n", []),
]

OTHER_BASE_AMOUNTS = [
    ("an amount more than last month is named with its base; more than a year before is the plain one",
     "1月社会融资规模增量为4.64万亿元,比上月多3.05万亿元,比上年同期多1.56万亿元。\n",
     [{"value": 4_640_000_000_000, "subject": "社会融资规模增量"},
      {"value": 3_050_000_000_000, "subject": "社会融资规模增量多(比上月)"},
      {"value": 1_560_000_000_000, "subject": "社会融资规模增量多"}]),
    # negative: an amount added since last quarter's end is the quarter's own change of the stock, named plainly
    ("an amount added since last quarter's end", "一季度末,商业银行不良贷款余额2.61万亿元,较上季末增加1986亿元。\n",
     [{"value": 2_610_000_000_000},
      {"value": 198_600_000_000, "subject": "商业银行不良贷款余额增加", "period_start": "2019-01-01",
       "period_end": "2019-03-31"}]),
]

BULLETIN_COUNTS_AGAIN = [
    ("a bulletin's 报告病例数 after its category's cases is that category's, with its base",
     "2010年12月,全区报告丙类传染病病例2084例,无死亡病例,报告病例数较11月份减少了2.62%,较去年同期增长了36.03%。"
     "其中报告病例数居前三位的病种依次为:流行性腮腺炎、手足口病,占报告病例总数的83.69%。\n",
     [{"value": 2084, "subject": "丙类传染病病例"}, {"value": 0},
      {"value": -2.62, "subject": "丙类传染病病例数(较11月份)"}, {"value": 36.03, "subject": "丙类传染病病例数"},
      {"value": 83.69, "subject": "报告病例数居前三位的病种(占报告病例总数)"}]),
]

BRACKETED_BASES = [
    ("a base year's level in brackets is no fact; the move in points after it is the share's",
     "12月达到II级(良)以上天数共计31天,占月监测天数的100%,同比2024年(93.5%)上升6.5个百分点。\n",
     [{"value": 31, "subject": "II级以上天数"}, {"value": 100, "subject": "II级以上天数(占月监测天数)"},
      {"value": 6.5, "subject": "II级以上天数(占月监测天数)", "period_start": "2025-12-01"}]),
    # negative: a place's own figure in brackets stays
    ("a place's figure in brackets", "全省优良天数比例为88%,其中天水市(95.1%)居首。\n",
     [{"value": 88}, {"value": 95.1, "region": "天水市"}]),
]

TARGET_YEAR_SHARES = [
    ("a share of the year's target met after nine months is the nine months' share",
     "前三季度,全国交通固定资产投资完成2.3万亿元。其中,公路水路完成投资16713亿元,完成全年任务目标的92.9%。\n",
     [{"value": 2_300_000_000_000, "period_end": "2019-09-30"}, {"value": 1_671_300_000_000, "period_end": "2019-09-30"},
      {"value": 92.9, "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
]

ORIGIN_SECTIONS = [
    ("a bulletin's sections on local and imported cases: their counts are those cases', never the city's totals",
     "重庆市新冠肺炎疫情情况\n一、本地疫情\n7月13日0—24时,重庆市本地无新增新冠肺炎确诊病例报告。\n"
     "截至7月13日24时,重庆市本地无在院确诊病例,累计治愈出院病例570例,累计死亡病例6例。\n二、境外输入疫情\n"
     "截至7月13日24时,重庆市现有境外输入在院确诊病例1例,累计治愈出院病例5例。\n三、密切接触者\n"
     "截至7月13日24时,累计追踪到密切接触者25460人。\n",
     [{"value": 0, "indicator": "covid.new_local", "subject": "新增本地确诊病例"},
      {"value": 570, "indicator": None, "subject": "累计本地治愈出院病例"},
      {"value": 6, "indicator": None, "subject": "累计本地死亡病例"},
      {"value": 1, "indicator": None},
      {"value": 5, "indicator": None, "subject": "累计境外输入治愈出院病例"},
      {"value": 25_460, "indicator": "covid.close_contacts"}]),
]

TABLES = [
    (DESIGNATIONS, date(2024, 3, 1), "news.txt"),
    (LONG_CASE_NOUNS, date(2022, 4, 4), "bulletin.txt"),
    (TRANSPORT_PARTS, date(2021, 10, 8), "news.txt"),
    (MORE_LESS_THAN_BASE, date(2022, 7, 26), "bulletin.txt"),
    (YEARS_MEAN_BASES, date(2018, 7, 26), "bulletin.txt"),
    (YEAR_END_MONTHS, date(2026, 1, 4), "bulletin.txt"),
    (TABLE_TITLE_PLACES, None, "page.txt"),
    (BULLETIN_TITLES, None, "page.txt"),
    (MONTH_ON_MONTH, date(2021, 6, 10), "release.txt"),
    (TARGET_SHARES, date(2022, 1, 10), "news.txt"),
    (TRAVELLER_PARTS, date(2022, 4, 12), "bulletin.txt"),
    (CHANNEL_PARTS, date(2025, 7, 10), "hotline.txt"),
    (SECOND_UNITS, date(2018, 8, 10), "news.txt"),
    (SITE_LEADS, date(2017, 11, 14), "news.txt"),
    (EVENT_SIGNINGS, date(2020, 5, 17), "news.txt"),
    (LIVESTOCK, None, "page.txt"),
    (OTHER_BASE_AMOUNTS, date(2019, 2, 18), "news.txt"),
    (BULLETIN_COUNTS_AGAIN, None, "page.txt"),
    (BRACKETED_BASES, date(2026, 1, 4), "bulletin.txt"),
    (TARGET_YEAR_SHARES, date(2019, 10, 25), "news.txt"),
    (ORIGIN_SECTIONS, date(2020, 7, 14), "bulletin.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round68_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
