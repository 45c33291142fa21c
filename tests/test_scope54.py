"""Scopes of round 54: a kind of infection named bare after a day's new cases (`…;无症状感染者67例`), a count's other
counting words in brackets (`68.8万头(只)`), a title line over a bulletin's dated sentence, a whole restated by its
act (`在接待的…当中`), a level told at current prices, a plan between a measure and its figure (`面积计划达…`), a
tour's length and the unit 把. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

NEW_KINDS = [
    ("a bare kind after the day's new local cases is new and local, and so are its places' parts",
     "10月5日0—24时,宁夏回族自治区新增本土确诊病例12例,其中银川市7例、石嘴山市5例;无症状感染者40例,其中银川市31例、石嘴山市9例。\n",
     [{"value": 12, "subject": "新增本土确诊病例"}, {"value": 7, "region": "银川市", "subject": "新增本土确诊病例"},
      {"value": 5, "region": "石嘴山市", "subject": "新增本土确诊病例"},
      {"value": 40, "subject": "新增本土无症状感染者", "indicator": "covid.new_local_asymptomatic"},
      {"value": 31, "region": "银川市", "subject": "新增本土无症状感染者"},
      {"value": 9, "region": "石嘴山市", "subject": "新增本土无症状感染者"}]),
    ("a kind naming its own origin keeps it and takes the word of new",
     "10月5日0—24时,宁夏回族自治区新增境外输入确诊病例2例;本土无症状感染者6例。\n",
     [{"value": 2, "subject": "新增境外输入确诊病例"}, {"value": 6, "subject": "新增本土无症状感染者"}]),
    ("a running word between ends the carry",
     "10月5日0—24时,宁夏回族自治区新增确诊病例3例;累计确诊病例88例,现有无症状感染者5例。\n",
     [{"value": 3, "subject": "新增确诊病例"}, {"value": 88, "subject": "累计确诊病例"},
      {"value": 5, "subject": "现有无症状感染者"}]),
]

TITLED_BULLETIN = [
    ("a title and a field line over the bulletin's dated sentence stay apart from it",
     "10月5日宁夏回族自治区新增本土确诊病例12例\n更新时间:2022-10-06 09:10:00\n截至10月5日24时宁夏回族自治区疫情最新情况\n"
     "10月5日0—24时,宁夏回族自治区新增本土确诊病例12例,其中银川市7例。\n",
     [{"value": 12, "subject": "新增本土确诊病例", "region": "宁夏回族自治区"},
      {"value": 7, "subject": "新增本土确诊病例", "region": "银川市"}]),
]

LIVESTOCK = [
    ("a count's other counting words in brackets: the count keeps its noun",
     "截至2月3日17时,全州受灾牲畜中,12.5万头(只)牲畜觅食困难,3000头(只)牲畜死亡。\n",
     [{"value": 125000, "unit": "头", "subject": "牲畜觅食困难"}, {"value": 3000, "unit": "头", "subject": "牲畜死亡"}]),
    ("an aside in brackets is no counting word: the count stays as it was",
     "全市新增营运车辆200辆(含摩托车),增长5%。\n",
     [{"value": 200, "unit": "辆"}, {"value": 5}]),
]

HOLIDAY = [
    ("a whole restated by its act opens its breakdown: no new fact",
     "春节黄金周期间,全省共接待游客80.2万人次,同比增长12.1%。\n各地推出冰雪旅游活动。\n"
     "统计数据显示,在接待的80.2万人次当中,过夜游客为20.5万人次,一日游游客为59.7万人次。\n",
     [{"value": 802000, "subject": "接待游客"}, {"value": 12.1},
      {"value": 205000, "subject": "过夜游客"}, {"value": 597000, "subject": "一日游游客"}]),
    ("a tour's length is a kind of tour, not a time", "春节黄金周期间,全省三日游游客3.2万人次,增长6%。\n",
     [{"value": 32000, "subject": "三日游游客"}, {"value": 6, "subject": "三日游游客"}]),
]

COMMUNIQUE = [
    ("a level told at current prices: its measure, and the comparable growth is that measure's",
     "初步核算,2023年全县地区生产总值现价总量为86.4亿元,按可比价格计算,比上年增长6.2%。\n",
     [{"value": 8640000000, "subject": "地区生产总值"}, {"value": 6.2, "subject": "地区生产总值"}]),
    ("guitars are counted in 把", "2023年全县生产吉他12.5万把,增长9%。\n",
     [{"value": 125000, "unit": "把"}, {"value": 9}]),
    ("a plan between a measure and its figure: a target of the year",
     "今年全区水稻种植面积计划达21万亩,比去年增加5000亩。\n",
     [{"value": 210000, "status": "target", "period_start": "2023-01-01", "period_end": "2023-12-31"},
      {"value": 5000, "status": "target"}]),
    ("the act of producing before a product under a heading of output: the product's output",
     "一季度,从主要产品产量看,全省生产滚动轴承3.1亿套,增长12%;汽车1.2万辆,增长8%。\n",
     [{"value": 310000000, "subject": "滚动轴承产量"}, {"value": 12, "subject": "滚动轴承产量"},
      {"value": 12000, "subject": "汽车产量"}, {"value": 8, "subject": "汽车产量"}]),
    ("a produced total is no product's output", "一季度,从主要产品产量看,全省生产总值增长5%。\n",
     [{"value": 5, "subject": "生产总值"}]),
    ("a plan carried out is no plan", "去年全区落实中央投资计划,完成造林12万亩。\n",
     [{"value": 120000, "status": "actual"}]),
]

WORK_REPORT = [
    ("one sock maker among a paragraph's projects makes none of its figures the sock industry's",
     "去年,宁陕县158个重点项目完成投资89.4亿元,垃圾焚烧发电、某某高端制袜等45个项目建成投用。"
     "动态优化招商引资,县级领导带队招商考察20次,拜访目标企业80家,签约亿元以上项目12个、投资规模50亿元。\n",
     [{"value": 158, "family": "investment"}, {"value": 8940000000, "family": "investment"},
      {"value": 20, "family": "other"}, {"value": 80, "family": "other"}, {"value": 12, "family": "investment"},
      {"value": 5000000000, "family": "other"}]),
    ("a paragraph about the sock industry keeps its figures the industry's",
     "去年,宁陕县袜业企业新增袜子订单2亿双,带动就业3000人。\n",
     [{"value": 200000000, "family": "sock_industry"}, {"value": 3000, "family": "sock_industry"}]),
]

HALF_YEAR_RELEASE = [
    ("a city's short name that is a common word names it before a report on its economy",
     "7月18日,武威经济“半年报”公布,全市实现地区生产总值260.5亿元。\n",
     [{"value": 26050000000, "region": "武威市", "period_start": "2022-01-01", "period_end": "2022-06-30"}]),
    ("a sector's trend clause owns the bare measure after it",
     "上半年,固原市农业生产总体平稳,增加值20.1亿元,增长4.2%;工业经济快速增长,增加值35.6亿元,增长9.9%。\n",
     [{"value": 2010000000, "subject": "农业增加值"}, {"value": 4.2, "subject": "农业增加值"},
      {"value": 3560000000, "subject": "工业增加值"}, {"value": 9.9, "subject": "工业增加值"}]),
    ("a half-year report announced on a day tells the first half, not that day",
     "7月20日,固原市经济“半年报”公布,全市实现地区生产总值150.2亿元,同比增长5.1%。\n",
     [{"value": 15020000000, "region": "固原市", "period_start": "2022-01-01", "period_end": "2022-06-30"},
      {"value": 5.1, "region": "固原市", "period_start": "2022-01-01", "period_end": "2022-06-30"}]),
]

HOTLINE_WEEK = [
    ("a hotline report's one-word part headings are no part of the counts under them; 及时 is a word",
     "某某市12345市长热线群众诉求办理情况周报\n(2022年6月25日—7月1日)\n受理\n"
     "本周受理群众有效诉求5200件,较上周下降3.1%,群众反映的问题主要集中在住房、物业、消费维权和噪音扰民等方面。\n"
     "办理\n通过热线直接答复3100件,转办2100件,各承办单位按要求及时办理回复,个别单位仍存在延迟回复的情况。某某局2件未及时签收。\n"
     "督办\n督办4件,主要涉及违章搭建、工资发放和居民用水等方面,均列入共性问题清单加强跟踪督办。\n",
     [{"value": 5200, "subject": "群众有效诉求受理"}, {"value": -3.1, "subject": "群众有效诉求受理(较上周)"},
      {"value": 3100, "subject": "通过热线直接答复"}, {"value": 2100, "subject": "转办"},
      {"value": 2, "subject": "某某局未及时签收"}, {"value": 4, "subject": "督办"}]),
]

EARLIER_YEARS = [
    ("a golden week before 2010 has its days", "国庆黄金周期间,黄山市共接待游客150.3万人次,同比增长20.5%。\n",
     [{"value": 1503000, "period_start": "2009-10-01", "period_end": "2009-10-08"},
      {"value": 20.5, "period_start": "2009-10-01", "period_end": "2009-10-08"}]),
]

RUN_OPENING = [
    ("a run of years opening a sentence dates its own claim only, not the figures after it",
     "一、2022年计划执行情况\n全年实现地区生产总值860.5亿元。连续两年夺得全省科技创新奖,R&D占GDP比重达到3.2%。"
     "新增孵化载体20个。\n",
     [{"value": 86050000000, "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 3.2, "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 20, "period_start": "2022-01-01", "period_end": "2022-12-31"}]),
    ("a run with its own figure keeps its span", "2018年,全市粮食产量连续6年稳定在50万吨以上,财政收入增长5%。\n",
     [{"value": 500000, "period_start": "2013-01-01", "period_end": "2018-12-31"},
      {"value": 5, "period_start": "2018-01-01", "period_end": "2018-12-31"}]),
]

TABLES = [
    (NEW_KINDS, date(2022, 10, 6), "bulletin.txt"),
    (TITLED_BULLETIN, date(2022, 10, 6), "bulletin.txt"),
    (LIVESTOCK, date(2023, 2, 4), "report.txt"),
    (HOLIDAY, date(2023, 1, 28), "holiday.txt"),
    (COMMUNIQUE, date(2023, 4, 20), "communique.txt"),
    (WORK_REPORT, date(2025, 3, 1), "report.txt"),
    (HALF_YEAR_RELEASE, date(2022, 7, 22), "release.txt"),
    (HOTLINE_WEEK, date(2022, 7, 2), "hotline.txt"),
    (EARLIER_YEARS, date(2009, 10, 11), "holiday.txt"),
    (RUN_OPENING, date(2023, 3, 2), "report.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round54_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
