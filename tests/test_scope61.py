"""Scopes of round 61: a transport mode or an airport opening a sentence owns the traffic measures named alone after
it (`民航运输累计执飞航班…,旅客吞吐量…` → 民航旅客吞吐量); an undated release's lead naming its period with its year
(`发布2023年1—2月…运行情况`); a since-time trailing a statement's figure; a dateline's day told the year after the
month it reports; units ranked by items handled late, under a page's breadcrumb and field lines; towns named like
cities; margins over bases listed once; a year's plan beside a set's figures; a reporter's told day. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

SPRING_2024 = {"period_start": "2024-01-26", "period_end": "2024-03-05"}

TRANSPORT_MODES = [
    ("a transport mode opening its sentence owns its later bare traffic measures",
     "2024年春运从1月26日开始至3月5日结束。春运期间,铁路运输累计开行旅客列车380对,累计发送旅客21.4万人,到达20.8万人,"
     "同比增长41.2%。民航运输累计保障航班1860架次,旅客吞吐量19.3万人次,货邮吞吐量210.4吨。\n",
     [{"value": 214000, "subject": "铁路累计发送旅客", **SPRING_2024},
      {"value": 208000, "subject": "铁路到达", **SPRING_2024},
      {"value": 41.2, "subject": "铁路到达", "family": "growth_rate", **SPRING_2024},
      {"value": 1860, "subject": "民航运输累计保障航班", **SPRING_2024},
      {"value": 193000, "subject": "民航旅客吞吐量", **SPRING_2024},
      {"value": 210.4, "subject": "民航货邮吞吐量", **SPRING_2024}]),
    # negative: a sentence the city opens keeps its measures bare
    ("the city's own traffic stays the city's",
     "2024年春运从1月26日开始至3月5日结束。春运期间,全市累计发送旅客60.2万人次,旅客吞吐量19.3万人次。\n",
     [{"value": 602000, "subject": "累计发送旅客", **SPRING_2024},
      {"value": 193000, "subject": "旅客吞吐量", **SPRING_2024}]),
]

JAN_FEB_2023 = {"period_start": "2023-01-01", "period_end": "2023-02-28"}

LEAD_YEARS = [
    ("an undated release's lead names its period with its year: the bare months later are that year's",
     "3月18日,某省统计局发布2023年1—2月全省经济运行情况。\n1—2月,全省规模以上工业增加值同比增长7.2%,比2022年12月加快2.1个百分点。\n",
     [{"value": 7.2, "subject": "规模以上工业增加值", **JAN_FEB_2023},
      {"value": 2.1, "subject": "规模以上工业增加值增速", **JAN_FEB_2023}]),
    # negatives: a later year named too; a lead naming only a whole earlier year
    ("a later year named leaves the bare months undated",
     "3月18日,某省统计局发布2023年1—2月全省经济运行情况。\n1—2月,全省规模以上工业增加值同比增长7.2%,2024年将继续加快。\n",
     [{"value": 7.2, "subject": "1—2月规模以上工业增加值", "period_start": None, "period_end": None}]),  # kept in the
    # subject, as the period cannot hold it (round 66)
]

SINCE_TRAILING = [
    ("a since-time after a statement's figure dates no figure after its `；`",
     "1—2月,全省规模以上工业增加值同比增长7.2%。其中,电子行业增长41.5%,自2022年8月以来一直保持较高增速;"
     "装备制造业增长38.1%。\n",
     [{"value": 7.2, "subject": "规模以上工业增加值", **JAN_FEB_2023},
      {"value": 41.5, "subject": "规模以上电子行业增加值", **JAN_FEB_2023},
      {"value": 38.1, "subject": "装备制造业增加值", **JAN_FEB_2023}]),
    # negative: a since-time opening its statement dates the statements after it
    ("a since-time opening its statement carries on",
     "2022年以来,全省工业增加值增长8.1%;服务业增加值增长5.2%。\n",
     [{"value": 8.1, "subject": "工业增加值", "period_start": "2022-01-01", "period_end": "2023-03-21"},
      {"value": 5.2, "subject": "服务业增加值", "period_start": "2022-01-01", "period_end": "2023-03-21"}]),
]

YEAR_2017 = {"period_start": "2017-01-01", "period_end": "2017-12-31"}

DATELINE_YEARS = [
    ("a dateline's day without its year after a month of the same year reported: told the next year",
     "2017年某市外贸再创新高。\n1月24日,记者从市商务局获悉,2017年全市外贸进出口完成320.5亿美元。\n"
     "2017年12月当月全市外贸进出口完成41.2亿美元。去年全市外贸出口企业达1650家。\n",
     [{"value": 32050000000, **YEAR_2017},
      {"value": 4120000000, "period_start": "2017-12-01", "period_end": "2017-12-31"},
      {"value": 1650, **YEAR_2017}]),
]

Q2_2023 = {"period_start": "2023-04-01", "period_end": "2023-06-30"}

LATE_UNITS = [
    ("units ranked by items handled late: each unit's count of that measure and its share of it",
     "您当前的位置:首页 > 新闻中心 > 公示公告\n关于2023年第二季度12345便民服务热线运行情况的通报\n"
     "时间:2023-10-26 来源:平罗县审批服务管理局\n"
     "第二季度,平罗县12345便民服务热线共受理诉求3180件。平罗县各单位及时办理群众诉求。"
     "超时签收工单较多的单位是:移动公司21件、占比52.4%,教育局12件、占比20%;超时办结工单较多单位是:住建局64件,占比31.2%。\n",
     [{"value": 3180, "indicator": "hotline.contacts_total", "region": "平罗县", **Q2_2023},
      {"value": 21, "subject": "移动公司超时签收工单", "region": None, **Q2_2023},  # a firm: no region
      {"value": 52.4, "subject": "移动公司超时签收工单(占比)", "indicator": "hotline.share", "region": None, **Q2_2023},
      {"value": 12, "subject": "教育局超时签收工单", "region": "平罗县", **Q2_2023},
      {"value": 20, "subject": "教育局超时签收工单(占比)", "indicator": "hotline.share", "region": "平罗县", **Q2_2023},
      {"value": 64, "subject": "住建局超时办结工单", "indicator": "hotline.items", "region": "平罗县", **Q2_2023},
      {"value": 31.2, "subject": "住建局超时办结工单(占比)", "indicator": "hotline.share", "region": "平罗县", **Q2_2023}]),
]

TOWNS = [
    ("a town named like a city is the town, never the city", "本月某县12345热线工单中,洛阳镇受理工单17件。\n",
     [{"value": 17, "subject": "洛阳镇受理工单", "region": "洛阳镇"}]),
    # negative: 乡镇 after a province's short name is no town of its own
    ("a province's townships", "山东乡镇综合文化站建成率达99.3%。\n",
     [{"value": 99.3, "region": "山东省"}]),
]

FEB_2023 = date(2023, 2, 7)

YEAR_PLANS = [
    ("a year's plan beside a count of projects is the projects' plan, a target",
     "全市重点项目180个,总投资1320亿元,年度计划415亿元。\n",
     [{"value": 180, "subject": "重点项目", "status": "actual"},
      {"value": 132000000000, "subject": "重点项目总投资", "status": "actual"},
      {"value": 41500000000, "subject": "重点项目总投资年度计划", "status": "target", "indicator": None,
       "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    ("a plan for the whole year begun, told in February, is this year's",
     "全市今年重点项目120个,全年计划投资380亿元。\n",
     [{"value": 120, "subject": "重点项目"},
      {"value": 38000000000, "subject": "重点项目投资", "status": "target",
       "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    # negative: a plan exceeded is an outcome
    ("a plan exceeded is an outcome", "全年粮食收购超额完成年度计划120%。\n", [{"value": 120, "status": "actual"}]),
]

TOLD_DAYS = [
    ("a day a reporter was told on dates no figure: the headline's year does",
     "2017年某市外贸再创新高\n1月24日,记者从市商务局了解到,据海关统计,全市外贸进出口完成320.5亿美元,同比增长7.1%。\n",
     [{"value": 32050000000, **YEAR_2017}, {"value": 7.1, **YEAR_2017}]),
    # negative: `目前` after the day told is that day
    ("now after the day told is that day",
     "1月25日,记者从县卫生健康局获悉,目前,全县已设置接种点14个。\n",
     [{"value": 14, "period_start": None, "period_end": "2021-01-25"}]),
]

BASE_YEARS = [
    ("a change against a named year's same period written with 相比 keeps its base",
     "五一假期,全市接待游客210.5万人次,同比增长320.4%,相比2019年同期增长18.2%。\n",
     [{"value": 2105000, "subject": "接待游客"}, {"value": 320.4, "subject": "接待游客"},
      {"value": 18.2, "subject": "接待游客(比2019年同期)"}]),
    ("two measures each with a year-on-year and a 2019 change: each change its own measure's",
     "五一假期,全市景区接待游客96.4万人次,同比增长512.6%,比2019年同期增长31.5%;门票收入2860.3万元,同比增长880.4%,"
     "比2019年同期增长22.9%。\n",
     [{"value": 964000, "subject": "景区接待游客"}, {"value": 512.6, "subject": "景区接待游客"},
      {"value": 31.5, "subject": "景区接待游客(比2019年同期)"}, {"value": 28603000, "subject": "景区门票收入"},
      {"value": 880.4, "subject": "景区门票收入"}, {"value": 22.9, "subject": "景区门票收入(比2019年同期)"}]),
]

RESPECTIVE_MARGINS = [
    ("margins over bases listed once: each over its own base, in order",
     "2022年,全区地区生产总值增长7.9%,增速分别高于全省、全市0.5个、0.9个百分点。\n",
     [{"value": 7.9, "subject": "地区生产总值"}, {"value": 0.5, "subject": "地区生产总值增速(高于全省)"},
      {"value": 0.9, "subject": "地区生产总值增速(高于全市)"}]),
    ("margins over national and provincial averages", "一季度,全市GDP增长5.1%,分别高于全国和全省平均0.6个百分点和0.3个百分点。\n",
     [{"value": 5.1, "subject": "GDP"}, {"value": 0.6, "subject": "GDP(高于全国平均)"},
      {"value": 0.3, "subject": "GDP(高于全省平均)"}]),
    # negative: margins each written with its base stay so
    ("margins written with their bases", "一季度,全市GDP增长5.1%,高于全国0.6个百分点,高于全省0.3个百分点。\n",
     [{"value": 5.1, "subject": "GDP"}, {"value": 0.6, "subject": "GDP(高于全国)"}, {"value": 0.3, "subject": "GDP(高于全省)"}]),
]

LISTED_THRESHOLDS = [
    ("a bound naming a set listed by name is a threshold, no fact",
     "2017年全市机电产品出口288.1亿美元,增长7.4%,出口超1000万美元的商品主要有手机、汽车和陶瓷产品。\n",
     [{"value": 28810000000, "subject": "机电产品出口"}, {"value": 7.4, "subject": "机电产品出口"}]),
    # negative: a bounded set counted keeps its count
    ("a bounded set counted", "2017年全市出口超1000万美元的企业有96家。\n",
     [{"value": 96, "subject": "出口超1000万美元的企业"}]),
]

TABLES = [
    (TRANSPORT_MODES, date(2024, 3, 8), "news.txt"),
    (LEAD_YEARS, None, "release.txt"),
    (SINCE_TRAILING, date(2023, 3, 21), "release.txt"),
    (DATELINE_YEARS, None, "news.txt"),
    (LATE_UNITS, None, "page.txt"),
    (TOWNS, date(2020, 12, 31), "news.txt"),
    (YEAR_PLANS, FEB_2023, "news.txt"),
    (TOLD_DAYS[:1], None, "news.txt"),
    (TOLD_DAYS[1:], date(2021, 1, 27), "news.txt"),
    (BASE_YEARS, date(2023, 5, 6), "news.txt"),
    (RESPECTIVE_MARGINS, date(2023, 4, 20), "news.txt"),
    (LISTED_THRESHOLDS, date(2018, 1, 26), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round61_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
