"""Scopes of round 56: a provincial paper's story that speaks of `我省` is its province's whatever partners or cities
it names; a list of partners ranked in turn; a lead's span told after the day a body released it; a year's state
presented at a press conference; a list of named sites, each site's own. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q3 = ("2021-01-01", "2021-09-30")

OWN_PAPER = [
    ("a provincial paper's trade story: 我省 is the paper's province in every paragraph, partners and cities aside",
     "我省外贸增长较快\n湖南日报讯(记者 王明)长沙海关10月15日发布消息,前三季度我省进出口总值3200亿元,比去年同期增长12%,"
     "增速高于全国平均水平。\n出口2100亿元,增长10.5%,高于全国6个百分点;进口1100亿元,增长14.9%,高于全国平均水平。\n"
     "东盟、欧盟、美国依次为我省前三大贸易伙伴。前三季度,我省对东盟进出口增长20%,对欧盟进出口增长9%。\n"
     "据悉,岳阳、常德两市进出口增速高于全省平均水平,长沙市进出口总值占全省的六成以上。\n",
     [{"value": 320000000000, "subject": "进出口总值", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 12, "subject": "进出口总值", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 210000000000, "subject": "出口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 10.5, "subject": "出口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 6, "subject": "出口(高于全国)", "region": "湖南省"},
      {"value": 110000000000, "subject": "进口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 14.9, "subject": "进口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 20, "subject": "对东盟进出口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 9, "subject": "对欧盟进出口", "region": "湖南省", "period_start": Q3[0], "period_end": Q3[1]}]),
    ("a provincial paper's story on one county: 我省 once does not make it the province's",
     "醴陵陶瓷出口大增\n湖南日报讯(记者 王明)前三季度,醴陵市陶瓷出口额达到45亿元,增长18%,占我省陶瓷出口的六成。"
     "该市陶瓷企业达到650家,产品远销美国、日本等国家和地区。\n",
     [{"value": 4500000000, "subject": "陶瓷出口额", "region": "醴陵市", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 18, "subject": "陶瓷出口额", "region": "醴陵市", "period_start": Q3[0], "period_end": Q3[1]},
      {"value": 650, "subject": "陶瓷企业", "region": "醴陵市"}]),
]

COVID_NAME = [
    ("the disease's name after 的 goes whole from the subject",
     "目前，泰国已报告的新冠肺炎确诊病例超过1000例。\n",
     [{"value": 1000, "subject": "确诊病例", "region": "泰国"}]),
]

SITE_LIST = [
    ("a list of named sites: each site's visitors are the site's, no place's (a place opening its name too)",
     "上海国庆假期旅游市场火热\n十一假日期间,全市接待游客800万人次。其中,纳入重点监测的6家景区(点)接待游客情况:"
     "外滩观光带接待游客40万人次;上海动物园接待游客12万人次;上海海洋公园接待游客9.5万人次。\n",
     [{"value": 8000000, "subject": "接待游客", "region": "上海市"},
      {"value": 400000, "subject": "外滩观光带接待游客", "region": None},
      {"value": 120000, "subject": "上海动物园接待游客", "region": None},
      {"value": 95000, "region": None}]),
]

PRESENTED_YEAR = [
    ("a press conference presenting last year's state: the undated figures are that year's, not the day's",
     "青海生态环境质量总体稳定\n青海省生态环境厅3日召开新闻发布会,介绍2022年青海省生态环境状况。"
     "据介绍,全省城市空气质量优良天数比例为96.5%。\n县城生活污水处理率达到85%,划定农村饮用水水源保护区150个。\n",
     [{"value": 96.5, "region": "青海省", "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 85, "region": "青海省", "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 150, "region": "青海省", "period_start": "2022-01-01", "period_end": "2022-12-31"}]),
    ("a conference on this year's plans presents no past year: the figure is as of its day",
     "青海生态环境质量总体稳定\n青海省生态环境厅3日召开新闻发布会,介绍今年生态环境保护工作安排。"
     "据介绍,全省城市空气质量优良天数比例为96.5%。\n",
     [{"value": 96.5, "region": "青海省", "period_start": None, "period_end": "2023-06-03"}]),
]

BUDGET_REPORT = [
    ("an undated county budget report: its place from its own slogan, its execution year over (安排 was spent)",
     "各位代表:\n受县人民政府委托,现将2019年全县财政预算执行情况和2020年财政预算(草案)提请各位代表审议,并请县政协各位委员提出意见。\n"
     "一、2019年财政预算执行情况\n2019年,我们围绕“生态宜居·美丽德清”建设目标,扎实做好财政各项工作,较好地完成了全县财政预算收支任务。\n"
     "2019年全县财政总收入98000万元,完成调整预算的100.2%,增长8.5%。全县一般公共预算支出156000万元,"
     "加上安排预算稳定调节基金支出2000万元,支出合计158000万元。\n收支相抵,全县一般公共预算收支平衡。\n",
     [{"value": 980000000, "subject": "财政总收入", "region": "德清县", "status": "actual"},
      {"value": 100.2, "region": "德清县", "status": "actual"},
      {"value": 8.5, "subject": "财政总收入", "region": "德清县", "status": "actual"},
      {"value": 1560000000, "subject": "一般公共预算支出", "region": "德清县", "status": "actual"},
      {"value": 20000000, "subject": "预算稳定调节基金支出", "region": "德清县", "status": "actual"},
      {"value": 1580000000, "region": "德清县", "status": "actual"}]),
    ("a slogan naming another county than the scope words' level names none: two places in slogans",
     "各位代表:\n2019年,全县围绕“美丽德清”和“品质安吉”建设目标,完成全县财政总收入98000万元,增长8.5%。\n全县支出平衡。\n",
     [{"value": 980000000, "region": None}, {"value": 8.5, "region": None}]),
]

CROP_ACCOUNTS = [
    ("a crop's accounts named alone after its first: each item's crop",
     "2017年,全县经济作物播种面积4300公顷,其中,油料面积320公顷,产量650吨;棉花面积3.5公顷,产量4.6吨。\n",
     [{"value": 4300, "subject": "经济作物播种面积"}, {"value": 320, "subject": "油料面积"},
      {"value": 650, "subject": "油料产量"}, {"value": 3.5, "subject": "棉花面积"}, {"value": 4.6, "subject": "棉花产量"}]),
    ("the whole account word, not its tail: 种植面积 then 总产 and 亩产",
     "今年全省夏粮种植面积为1900万亩,总产达460万吨,亩产240公斤。\n",
     [{"value": 19000000, "subject": "夏粮种植面积"}, {"value": 4600000, "subject": "夏粮总产"},
      {"value": 240, "subject": "夏粮亩产"}]),
    ("an account named alone has no owner to share", "今年全省播种面积比上年增加5万亩,总产量1700万吨。\n",
     [{"value": 50000, "subject": "播种面积增加"}, {"value": 17000000, "subject": "总产量"}]),
]

CASE_PARTS = [
    ("a bracket of clinical types after confirmed cases: each type's cases, not a thing called 轻型; 含 before a count goes",
     "3月18日,全省新增本地确诊病例1300例(轻型1290例,普通型10例),其中吉林市880例(含6例无症状感染者转为确诊病例)。\n",
     [{"value": 1300, "subject": "新增本地确诊病例", "indicator": "covid.new_local"},
      {"value": 1290, "subject": "新增本地轻型确诊病例", "indicator": None},
      {"value": 10, "subject": "新增本地普通型确诊病例", "indicator": None},
      {"value": 880, "subject": "新增本地确诊病例", "region": "吉林市"},
      {"value": 6, "subject": "无症状感染者转为确诊病例", "region": "吉林市"}]),
]

MONTHLY_SECTIONS = [
    ("a monthly report: a day's news in its first section dates neither the report nor a later section's figures",
     "2023年3月份12345热线运行办理情况通报\n一、工作动态\n2023年3月9日,副县长到热线中心调研,要求提升办理质效。\n"
     "二、运行情况\n(一)热线运行情况\n2023年3月12345热线共受理市民诉求1400件。\n"
     "(二)工单办理考核\n50家承办单位中综合考评等级评价为A类46家,B类4家。\n",
     [{"value": 1400, "period_start": "2023-03-01", "period_end": "2023-03-31"},
      {"value": 46, "period_start": "2023-03-01", "period_end": "2023-03-31"},
      {"value": 4, "period_start": "2023-03-01", "period_end": "2023-03-31"}]),
]

TABLES = [
    (OWN_PAPER, date(2021, 10, 16), "news.txt"),
    (COVID_NAME, date(2020, 5, 13), "rmrb-2020-05-13-16-03.txt"),
    (SITE_LIST, date(2023, 10, 9), "news.txt"),
    (PRESENTED_YEAR, date(2023, 6, 7), "news.txt"),
    (BUDGET_REPORT, None, "budget.txt"),
    (CROP_ACCOUNTS, date(2018, 3, 1), "communique.txt"),
    (CASE_PARTS, date(2022, 3, 19), "bulletin.txt"),
    (MONTHLY_SECTIONS, date(2023, 4, 10), "report.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round56_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
