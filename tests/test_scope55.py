"""Scopes of round 55: an inline ranking's items (`受理数量排名前三的分别是A650件(占8.0%)、B…`), each figure its own
item's; a hotline channel's handling (`(二)市长信箱 …应办结…,办结…`) and a category's parts by channel; a run over
macro-regions (`东部地区投资增长…,中部地区增长…`). Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

RANKED_ITEMS = [
    ("a hotline's ranked categories: the first item is named by the list, not by the frame",
     "宜昌市12345热线本周运行情况\n本周共受理群众诉求5000件,其中受理数量排名前三的分别是供水320件(占6.4%)、"
     "噪音扰民210件(占4.2%)、物业服务150件(占3.0%)。\n",
     [{"value": 5000, "subject": "群众诉求受理"},
      {"value": 320, "subject": "供水"}, {"value": 6.4, "subject": "供水"},
      {"value": 210, "subject": "噪音扰民"}, {"value": 4.2, "subject": "噪音扰民"},
      {"value": 150, "subject": "物业服务"}, {"value": 3.0, "subject": "物业服务"}]),
    ("a ranking with no 分别, its items after 是",
     "宜昌市12345热线本周运行情况\n本周共受理群众诉求4800件。诉求量居前三位的是城市管理400件、交通出行260件、劳动保障190件。\n",
     [{"value": 4800, "subject": "群众诉求受理"}, {"value": 400, "subject": "城市管理"}, {"value": 260, "subject": "交通出行"}, {"value": 190, "subject": "劳动保障"}]),
    ("goods ranked by a measure: each item is the good's measure",
     "今年前三季度,宜昌市出口额居前三的商品分别是化肥32亿元、农药21亿元、茶叶9亿元。\n",
     [{"value": 3200000000, "subject": "化肥出口额"}, {"value": 2100000000, "subject": "农药出口额"},
      {"value": 900000000, "subject": "茶叶出口额"}]),
]

CHANNELS = [
    ("each channel's handling is its own: the channel its sentence opens with, else its section heading's",
     "一、上半年情况\n(一)市民热线\n1-6月,12345市民热线共受理诉求1800件,应办结1800件,办结1790件,办结率99.4%。\n"
     "(二)市长信箱\n1-6月,市长信箱共受理诉求60件,应办结60件,办结60件,办结率100%。\n"
     "二、6月份情况\n(一)区长信箱\n6月份,全区共受理市民来信15件,实际办结15件。\n",
     [{"value": 1800, "subject": "12345市民热线受理诉求"}, {"value": 1800, "subject": "12345市民热线应办结"},
      {"value": 1790, "subject": "12345市民热线办结"}, {"value": 99.4, "subject": "12345市民热线办结率"},
      {"value": 60, "subject": "市长信箱受理诉求"}, {"value": 60, "subject": "市长信箱应办结"},
      {"value": 60, "subject": "市长信箱办结"}, {"value": 100, "subject": "市长信箱办结率"},
      {"value": 15, "subject": "区长信箱受理市民来信"}, {"value": 15, "subject": "区长信箱实际办结"}]),
    ("a category's count split by channel after 其中: each channel's part of that category",
     "一、总体情况\n6月份,12345市民热线共受理诉求600件。\n三、热点问题\n(一)供暖类问题\n"
     "6月份,共受理供暖类问题80个,其中市民热线71个,市长信箱9个。\n",
     [{"value": 600, "subject": "12345市民热线受理诉求"}, {"value": 80, "subject": "供暖类问题受理"}, {"value": 71, "subject": "供暖类问题市民热线受理"},
      {"value": 9, "subject": "供暖类问题市长信箱受理"}]),
    ("a heading that is no channel gives none", "二、办理情况\n6月份,全区共受理各类诉求300件,实际办结298件。\n",
     [{"value": 300, "subject": "各类诉求受理"}, {"value": 298, "subject": "实际办结"}]),
]

MACRO_RUNS = [
    ("a run over macro-regions: each item is its own region's, the measure carried to a bare one",
     "2019年,东部地区投资增长4.1%,中部地区增长9.5%,西部地区增长5.6%。\n",
     [{"value": 4.1, "subject": "东部地区投资", "region": "东部地区"},
      {"value": 9.5, "subject": "中部地区投资", "region": "中部地区"},
      {"value": 5.6, "subject": "西部地区投资", "region": "西部地区"}]),
    ("a list of macro-regions' counts: each item its own region",
     "2019年,全国共资助学生100万人次。其中,西部地区资助50万人次、中部地区资助30万人次、东部地区资助20万人次。\n",
     [{"value": 1000000, "region": "全国"}, {"value": 500000, "region": "西部地区"},
      {"value": 300000, "region": "中部地区"}, {"value": 200000, "region": "东部地区"}]),
    ("each item's change after it is its own item's, not the first's",
     "去年中西部地区利用外资快速增长,其中西部地区实际使用外资600亿元,增长18%,中部地区实际使用外资700亿元,增长15%。\n",
     [{"value": 60000000000, "subject": "西部地区实际使用外资", "region": "西部地区"},
      {"value": 18, "subject": "西部地区实际使用外资", "region": "西部地区"},
      {"value": 70000000000, "subject": "中部地区实际使用外资", "region": "中部地区"},
      {"value": 15, "subject": "中部地区实际使用外资", "region": "中部地区"}]),
]

CORPS = [
    ("the Corps' own figures are its own, not the region's",
     "1至8月,新疆兵团固定资产投资同比增长7.2%,规模以上工业增加值同比增长4.4%。\n",
     [{"value": 7.2, "subject": "固定资产投资", "region": "新疆生产建设兵团"},
      {"value": 4.4, "subject": "规模以上工业增加值", "region": "新疆生产建设兵团"}]),
    ("the region's short name alone is still the region", "1至8月,新疆固定资产投资同比增长6.1%。\n",
     [{"value": 6.1, "region": "新疆维吾尔自治区"}]),
]

NEWS_OPENINGS = [
    ("a body's news before the year: the year dates the article, under a title line",
     "甘肃:粮食总产创新高\n国家统计局消息:2014年甘肃省粮食总产230亿斤。其中,夏粮总产80亿斤。秋粮总产150亿斤。\n",
     [{"value": 23000000000, "period_start": "2014-01-01", "period_end": "2014-12-31"},
      {"value": 8000000000, "period_start": "2014-01-01", "period_end": "2014-12-31"},
      {"value": 15000000000, "period_start": "2014-01-01", "period_end": "2014-12-31"}]),
    ("a news site's dateline, the report's day and an attribution before the holiday: the holiday dates the article",
     "中广网长沙10月7日消息(记者王五)10月7日,据湖南省张家界市假日旅游办公室消息称,“十一”期间,张家界市接待游客"
     "120万人次,同比增长5.2%。天门山景区门票收入800万元。\n",
     [{"value": 1200000, "period_start": "2009-10-01", "period_end": "2009-10-08"},
      {"value": 5.2, "period_start": "2009-10-01", "period_end": "2009-10-08"},
      {"value": 8000000, "period_start": "2009-10-01", "period_end": "2009-10-08"}]),
]

MEASURE_AFTER = [
    ("a figure told before its measure's name, joined by 的: the name after it",
     "“十一”期间,张家界市以120万人次的游客接待量创下历史新高,实现了9.5亿元的旅游收入。\n",
     [{"value": 1200000, "subject": "游客接待量"}, {"value": 950000000, "subject": "旅游收入"}]),
    ("a percent before a measure is a share of it, and a bare rate after 的 is not read so",
     "“十一”期间,张家界市以8.2%的增速位居全省第一。\n", []),
]

WORLD_SUPERLATIVE = [
    ("a superlative with its measure between names no world scope: the country's figures stay the country's",
     "本报北京10月8日电  世界规模最大的中等收入群体，已成为我国经济发展的可靠保障。今年国庆假期，七天全国共接待"
     "国内游客7.8亿人次，同比增长7.8%。\n",
     [{"value": 780000000, "region": "全国"}, {"value": 7.8, "region": "全国"}]),
]

HOTLINE_NOTICE = [
    ("a notice on the line's handling under its addressees is a hotline report; units ranked by their cases",
     "各乡镇人民政府、街道办事处,市政府各部门:\n为进一步加强热线留言办理工作,现将各单位5月份案件办理情况通报如下:\n"
     "一、基本情况\n1.基本数据:5月份,12345热线、政民互动共受理群众诉求1900件,自行处理1500件,派单400件,结案率100%。\n"
     "2.办件量位于前三的市直部门:住建局80件;公安局60件。\n"
     "3.春节期间诉求主要集中在两大类:一是生活类诉求,共90件,主要包括咨询供水40件、供电10件。\n",
     [{"value": 1900, "family": "hotline"}, {"value": 1500, "subject": "自行处理", "family": "hotline"},
      {"value": 400, "subject": "派单", "family": "hotline"},
      {"value": 100, "subject": "结案率", "indicator": "hotline.resolution_rate"},
      {"value": 80, "subject": "住建局办件量"}, {"value": 60, "subject": "公安局办件量"},
      {"value": 90, "family": "hotline"}, {"value": 40, "subject": "咨询供水"}, {"value": 10, "subject": "供电"}]),
]

RELEASE_PARTS = [
    ("industries after `从规模较大的行业看,` are the whole's measure",
     "上半年,全市第三产业完成投资2100亿元,增长5.5%,从规模较大的行业看,房地产业增长1.5%,教育业增长20%。\n",
     [{"value": 210000000000, "subject": "第三产业完成投资"}, {"value": 5.5, "subject": "第三产业完成投资"},
      {"value": 1.5, "subject": "房地产业投资"}, {"value": 20, "subject": "教育业投资"}]),
    ("a good's pull on the province's exports is the good's, and the share after it the good's own",
     "前8个月,浙江省机电产品出口1.2万亿元,增长8%,拉动全省出口增长4.1个百分点,占全省出口总值的45%。\n",
     [{"value": 1200000000000, "subject": "机电产品出口"}, {"value": 8, "subject": "机电产品出口"},
      {"value": 4.1, "subject": "机电产品出口拉动全省出口"}, {"value": 45, "subject": "机电产品出口(占全省出口总值)"}]),
]

DOMESTIC = [
    ("a domestic measure in a national story whose places leave its scope unsettled is the country's",
     "　　国庆假期，江西吉安井冈山游人如织，广西桂林漓江景区客流火爆。\n　　多项数据创新高。10月1日至7日，"
     "实现国内旅游收入6400亿元，同比增长8%。\n",
     [{"value": 640000000000, "region": "全国"}, {"value": 8, "region": "全国"}]),
]

NAMED_BODIES = [
    ("a place in a theatre's or a hospital's name: the body's figures are no place's",
     "2018年，天津人艺全年共演出300场，票房2000余万元。去年，武汉协和医院接诊患者300万人次。\n",
     [{"value": 20000000, "region": None}, {"value": 3000000, "region": None}]),
    ("bodies as a kind after a place keep the place",
     "截至2月10日，武汉市定点医院收治患者8000人。年末江西省共有公共图书馆114个。\n",
     [{"value": 8000, "region": "武汉市"}, {"value": 114, "region": "江西省"}]),
]

SMALL_CLASSES = [
    ("`蒙古国` is the country, no stray 国 in the subject", "蒙古国向中国捐赠羊3万只。\n",
     [{"value": 30000, "subject": "捐赠羊(向中国)", "region": "蒙古"}]),
    ("an adverb of how measures moved is no part of the subject", "今年前4个月,全国快递揽投量双双增长20%。\n",
     [{"value": 20, "subject": "快递揽投量", "region": "全国"}]),
]

HEADLINE_BASE = [
    ("a place compared with in a headline sets no scope, and the headline's months so far date the article",
     "我省外贸前5月增长12% 高出全国平均8个百分点\n湖北日报讯 (记者王五)我省对外贸易显现出稳健态势。海关公布我省"
     "前5个月外贸成绩单:进出口总值1300亿元,增长12%。\n对外贸易中,出口800亿元,增长11%;进口500亿元,增长13%。\n",
     [{"value": 12, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"},
      {"value": 8, "subject": "外贸(高出全国)", "region": "湖北省", "period_start": "2019-01-01",
       "period_end": "2019-05-31"},
      {"value": 130000000000, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"},
      {"value": 80000000000, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"},
      {"value": 11, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"},
      {"value": 50000000000, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"},
      {"value": 13, "region": "湖北省", "period_start": "2019-01-01", "period_end": "2019-05-31"}]),
]

ORDINAL_YEAR = [
    ("a year framing an ordinal (`今年首个`) dates no holiday figure",
     "五一假期杭州迎今年首个旅游高峰\n本报讯 “五一”假期,杭州市迎来今年首个旅游接待高峰,游客数量同比增长20%。\n",
     [{"value": 20, "period_start": "2017-04-29", "period_end": "2017-05-01"}]),
]

PART_PLACE = [
    ("a county named after 其中 is a part of the province's whole: the next sentence stays the province's",
     "2022年9月20日云南省新冠肺炎疫情情况\n全省新增无症状感染者5例,其中境外输入3例,永胜在集中隔离管理的外省返滇人员中"
     "发现2例。解除医学观察的无症状感染者3例。\n",
     [{"value": 5, "region": "云南省"}, {"value": 3, "region": "云南省", "subject": "新增境外输入无症状感染者"},
      {"value": 2, "region": "永胜县"}, {"value": 3, "region": "云南省", "subject": "解除医学观察的无症状感染者"}]),
]

TABLES = [
    (RANKED_ITEMS, date(2024, 10, 21), "report.txt"),
    (CHANNELS, date(2022, 7, 11), "hotline.txt"),
    (MACRO_RUNS, date(2020, 5, 21), "rmrb-2020-05-21-06-01.txt"),
    (CORPS, date(2023, 9, 20), "release.txt"),
    (NEWS_OPENINGS[:1], date(2014, 12, 13), "news.txt"),
    (NEWS_OPENINGS[1:], date(2009, 10, 8), "news.txt"),
    (MEASURE_AFTER, date(2009, 10, 8), "news.txt"),
    (WORLD_SUPERLATIVE, date(2019, 10, 9), "rmrb-2019-10-09-01-02.txt"),
    (HOTLINE_NOTICE, date(2022, 6, 10), "notice.txt"),
    (RELEASE_PARTS, date(2023, 9, 15), "release.txt"),
    (DOMESTIC, date(2019, 10, 8), "rmrb-2019-10-08-10-09.txt"),
    (NAMED_BODIES, date(2019, 10, 8), "rmrb-2019-10-08-10-09.txt"),
    (SMALL_CLASSES, date(2020, 5, 18), "rmrb-2020-05-18-02-09.txt"),
    (HEADLINE_BASE, date(2019, 6, 14), "news.txt"),
    (ORDINAL_YEAR, date(2017, 5, 2), "news.txt"),
    (PART_PLACE, date(2022, 9, 21), "bulletin.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round55_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
