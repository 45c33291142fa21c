"""Scopes of round 57: a census communiqué's notes, bases and rates per head; an undated bulletin that names the
disease by its first name; a city paper's festival story whose city is named only in the festival's name; one addend
of a sum estimated; a venue named with its city; `近N年来` counted back as `N年来`; a speaker's line labelling a speech;
China's own measures in a story of the world; spans since a launch, a decade, the new century. Each row is our own
text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

CENSUS_DAY = (None, "2020-11-01")
BASE_YEAR = ("2010-01-01", "2010-12-31")

CENSUS = [
    ("a census communiqué: a footnote's number goes, the base's level is no subject, rates per head keep their base",
     "(浙江省)德清县第七次全国人口普查公报\n  根据第七次全国人口普查结果,现将2020年11月1日零时全县人口的基本情况公布如下:\n"
     "  一、常住人口\n  全县常住人口[1]为548000人,与2010年第六次全国人口普查的492000人相比,增加56000人,增长11.38%,"
     "年平均增长1.08%。\n  二、受教育程度人口\n  与2010年第六次全国人口普查相比,每10万人中拥有大学文化程度的由8100人增加到"
     "15300人;拥有高中文化程度的由12500人增加到13900人。\n",
     [{"value": 548000, "subject": "常住人口", "region": "德清县", "period_start": None, "period_end": "2020-11-01"},
      {"value": 56000, "subject": "常住人口增加", "period_start": "2010-01-01", "period_end": "2020-11-01"},
      {"value": 11.38, "subject": "常住人口", "period_start": "2010-01-01", "period_end": "2020-11-01"},
      {"value": 1.08, "subject": "常住人口(年平均)", "period_start": "2010-01-01", "period_end": "2020-11-01"},
      {"value": 8100, "subject": "每10万人中拥有大学文化程度", "period_start": BASE_YEAR[0], "period_end": BASE_YEAR[1]},
      {"value": 15300, "subject": "每10万人中拥有大学文化程度", "period_start": CENSUS_DAY[0], "period_end": CENSUS_DAY[1]},
      {"value": 12500, "subject": "每10万人中拥有高中文化程度", "period_start": BASE_YEAR[0], "period_end": BASE_YEAR[1]},
      {"value": 13900, "subject": "每10万人中拥有高中文化程度", "period_start": CENSUS_DAY[0], "period_end": CENSUS_DAY[1]}]),
]

_BULLETIN = ("晚报讯 据市疫情防控指挥部消息,2月9日0时-24时,我市报告新增{name}确诊病例2例;截至2月9日24时,"
             "我市累计报告{name}确诊病例41例。\n")

ERA_NAME = [
    ("an undated bulletin naming the disease by its first name is of early 2020: told the day after its dateline",
     _BULLETIN.format(name="新型冠状病毒感染的肺炎"),
     [{"value": 2, "period_start": "2020-02-09", "period_end": "2020-02-09", "status": "actual"},
      {"value": 41, "period_start": None, "period_end": "2020-02-09", "status": "actual"}]),
    # negatives: the later name was in use for three years, so it dates nothing
    ("the later name dates nothing", _BULLETIN.format(name="新冠肺炎"),
     [{"value": 2, "period_start": None, "period_end": None}, {"value": 41, "period_start": None, "period_end": None}]),
]

FESTIVAL = [
    ("a city paper's festival story: its city named only in the festival's name under a headline; 昨日 closes it",
     "菊花节接待游客 320万人次\n  本报讯 (记者 张明)昨日,第12届中国菏泽菊花文化节圆满闭幕。市文化旅游局透露,本届菊花文化节"
     "期间全市共接待游客320.5万人次,实现旅游综合收入21.6亿元,同比分别增长8.1%和7.5%。\n  其中,接待入境游客2.1万人次,"
     "同比增长6.2%。\n",
     [{"value": 3200000, "region": "菏泽市"},
      {"value": 3205000, "region": "菏泽市", "period_end": "2019-11-18"},
      {"value": 2160000000, "subject": "旅游综合收入", "region": "菏泽市", "period_end": "2019-11-18"},
      {"value": 8.1, "region": "菏泽市", "period_end": "2019-11-18"},
      {"value": 7.5, "subject": "旅游综合收入", "region": "菏泽市", "period_end": "2019-11-18"},
      {"value": 21000, "subject": "接待入境游客", "region": "菏泽市", "period_end": "2019-11-18"},
      {"value": 6.2, "subject": "接待入境游客", "region": "菏泽市", "period_end": "2019-11-18"}]),
]

ADDENDS = [
    ("one addend of a sum estimated (its bracketed parts too); the addends after it and the sums are stated",
     "2015年全县财政总收入98000万元,增长8.5%。县级一般公共预算收入52000万元,加上预计上级补助收入61000万元(其中:税收返还"
     "收入3000万元、转移支付收入58000万元)、新增地方政府债券收入9000万元、调入结转结余资金收入12000万元,收入合计134000万元。\n"
     "2015年全县一般公共预算支出121000万元,加上结转下年支出13000万元,支出合计134000万元。\n",
     [{"value": 980000000, "status": "actual"}, {"value": 8.5, "status": "actual"},
      {"value": 520000000, "status": "actual"},
      {"value": 610000000, "subject": "上级补助收入", "status": "estimate"},
      {"value": 30000000, "status": "estimate"}, {"value": 580000000, "status": "estimate"},
      {"value": 90000000, "subject": "新增地方政府债券收入", "status": "actual"},
      {"value": 120000000, "subject": "调入结转结余资金收入", "status": "actual"},
      {"value": 1340000000, "status": "actual"},
      {"value": 1210000000, "subject": "一般公共预算支出", "status": "actual"},
      {"value": 130000000, "status": "actual"},
      {"value": 1340000000, "subject": "一般公共预算支出合计", "status": "actual"}]),
]

VENUES = [
    ("a venue named with its city keeps the city in its name, and its figures are its own",
     "国庆期间,上海海洋水族馆累计接待游客5.2万人次,较去年同期增长12%,创下历史新高。\n",
     [{"value": 52000, "subject": "上海海洋水族馆累计接待游客", "region": None},
      {"value": 12, "subject": "上海海洋水族馆累计接待游客", "region": None}]),
]

NEAR_YEARS = [
    ("近N年来 counts back as N年来 does: the year that holds the day N years before",
     "近3年来,全市新增城市绿地面积1200公顷,这是很长的一个句子。\n",
     [{"value": 1200, "period_start": "2016-01-01", "period_end": "2019-10-20"}]),
]

SPEECHES = [
    ("a page of speeches: a provincial secretary's line labels his speech, whose 全省 is his province",
     "在某某座谈会上的发言\n\n中央某研究院院长张某：\n　　今天,我们在这里隆重集会,回顾历史,展望未来,这是一段很长的开场白。\n"
     "山西省委书记李某：\n　　今年以来,全省经济运行稳中向好,1—9月,全省生产总值增长6.5%,这是一段很长的讲话内容。\n",
     [{"value": 6.5, "subject": "生产总值", "region": "山西省", "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
    # negative: an office with no place heads no part (the speech of a national institute's head)
    ("an office of no place labels nothing",
     "在某某座谈会上的发言\n\n中央某研究院院长张某：\n　　今年以来,全省经济运行稳中向好,1—9月,全省生产总值增长6.5%,这是讲话。\n",
     [{"value": 6.5, "region": None}]),
]

CHINA_SPANS = [
    ("China's GDP in a story naming other countries is the country's; 70年来 counts back 70 years",
     "中国发展惠及世界\n　　70年来,中国国内生产总值增长170多倍,跃升为世界第二大经济体,这是一个很长的句子。\n"
     "　　肯尼亚、日本和美国的企业都在关注中国市场,这是另一段很长的文字。\n",
     [{"value": 170, "subject": "中国国内生产总值", "region": "全国", "period_start": "1949-01-01",
       "period_end": "2019-10-04"}]),
    ("since a year's launch, a decade, and the new century (no settled year) after a counted span",
     "生态建设成效显著\n　　2000年启动退耕还林工程以来,全省森林覆盖率提高了6个百分点,这是很长的句子。"
     "上世纪70年代以来,西部湿地面积缩减2000多平方公里。上世纪50年代,全县有耕地20万亩。"
     "进入新世纪以来,全省造林面积增加8%。\n",
     [{"value": 6, "period_start": "2000-01-01", "period_end": "2019-10-04"},
      {"value": -2000, "period_start": "1970-01-01", "period_end": "2019-10-04"},
      {"value": 200000, "period_start": "1950-01-01", "period_end": "1959-12-31"},
      {"value": 8, "period_start": None, "period_end": "2019-10-04"}]),
]

TABLES = [
    (CENSUS, date(2021, 6, 1), "census.txt"),
    (ERA_NAME, None, "bulletin.txt"),
    (FESTIVAL, date(2019, 11, 19), "news.txt"),
    (ADDENDS, None, "budget.txt"),
    (VENUES, date(2018, 10, 8), "news.txt"),
    (NEAR_YEARS, date(2019, 10, 20), "news.txt"),
    (SPEECHES, date(2019, 10, 28), "speeches.txt"),
    (CHINA_SPANS, date(2019, 10, 4), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round57_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
