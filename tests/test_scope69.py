"""Scopes of round 69: the first quarters written in digits, a page flattened with ordinary spaces, a whole place's
measure under a slogan heading, the day a release's data runs to, a register's stock, a
level after the record its measure reached, a title in a page's field table, a bare
case kind after a sentence of new or current cases, two rates listed with 分别 unsaid, a
notifiable-disease bulletin's deaths, a city named as one of a set, a cry
inside a quoted name, a zone's story, a list
whose middle item names its own measure, `逼近` and `共计划`,
shares of wholes told with their sizes, a
project's size after a visit or an act, a chart's title over a span of years, a
court's outcomes counted alone, a label set off by a space.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

YEAR_2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}

FIRST_QUARTERS = [
    ("`前3个季度` is the first three quarters", "今年前3个季度,全国新设立外商投资企业3.1万家。\n",
     [{"value": 31_000, "region": "全国", "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
    ("`前三个季度` too", "今年前三个季度,全国实际使用外资增长6.2%。\n",
     [{"value": 6.2, "region": "全国", "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
    ("`前2个季度` is the first half", "今年前2个季度,全国实际使用外资增长5.1%。\n",
     [{"value": 5.1, "region": "全国", "period_start": "2019-01-01", "period_end": "2019-06-30"}]),
]

FLATTENED_PAGES = [
    ("a report flattened with spaces: its review year dates the figures, not the title's year",
     "2019年某县政府工作报告 ——2019年2月20日在县人大会议上 县长 张三 各位代表: 现在,我代表县人民政府向大会报告工作,"
     "请予审议。 一、新时代新答卷 2018年,是全面贯彻会议精神的开局之年,更是全县奋进的一年。面对复杂形势,全县完成地区生产总值152亿元,"
     "增长7.9%。 二、今年工作安排\n",
     [{"value": 15_200_000_000, "subject": "地区生产总值", **YEAR_2018},
      {"value": 7.9, "indicator": "growth.gdp", **YEAR_2018}]),
    # negative: a space inside one sentence breaks nothing
    ("a space inside a sentence", "2018年,全县完成地区生产总值152亿元, 增长7.9%。 其中第一产业增加值20亿元。\n",
     [{"value": 15_200_000_000, "subject": "地区生产总值", **YEAR_2018},
      {"value": 7.9, "indicator": "growth.gdp", **YEAR_2018},
      {"value": 2_000_000_000, "subject": "第一产业增加值", **YEAR_2018}]),
]

SLOGAN_HEADINGS = [
    ("a whole place's measure under a slogan heading is the place's",
     "一、新时代新答卷\n2018年,全县完成地区生产总值152亿元,增长7.9%;固定资产投资增长11%。\n",
     [{"value": 15_200_000_000, "subject": "地区生产总值", **YEAR_2018},
      {"value": 7.9, "indicator": "growth.gdp", **YEAR_2018},
      {"value": 11, "subject": "固定资产投资", "indicator": "growth.fixed_asset_investment", **YEAR_2018}]),
    # negative: a sector heading still names a bare measure under it
    ("a sector heading's bare measure", "(一)公路建设。1—9月完成投资1275亿元。\n",
     [{"value": 127_500_000_000, "subject": "公路建设完成投资", "period_start": "2018-01-01",
       "period_end": "2018-09-30"}]),
]

RELEASE_CUTOFFS = [
    ("a release day, then the day the data runs to: the article's `今年` runs to the data's day",
     "12月20日,湖南省市场监管局发布消息,截至12月18日,全省新登记市场主体达86.3万户。\n"
     "今年新登记市场主体中企业21.2万户。至此,全省实有市场主体增至512.6万户。\n",
     [{"value": 863_000, "region": "湖南省", "period_start": None, "period_end": "2021-12-18"},
      {"value": 212_000, "period_start": "2021-01-01", "period_end": "2021-12-18"},
      {"value": 5_126_000, "subject": "实有市场主体", "period_start": None, "period_end": "2021-12-18"}]),
    # negative: with no day the data runs to, the release day stays the article's
    ("a release day alone", "12月20日,湖南省市场监管局发布消息,全省新登记市场主体达86.3万户。\n今年新登记市场主体中企业21.2万户。\n",
     [{"value": 863_000, "period_start": None, "period_end": "2021-12-20"},
      {"value": 212_000, "period_start": "2021-01-01", "period_end": "2021-12-20"}]),
]

RECORD_LEVELS = [
    ("a level after the record its measure reached", "截至12月18日,全省新登记市场主体突破百万大关,达102.3万户。\n",
     [{"value": 1_023_000, "subject": "新登记市场主体", "period_end": "2021-12-18"}]),
    ("after a rise in words", "全年粮食产量再创历史新高,达到131万吨。\n",
     [{"value": 1_310_000, "subject": "粮食产量", "period_start": "2021-01-01", "period_end": "2021-12-31"}]),
    # negative: a bare clause names no measure, and a level that names nothing is no fact
    ("a bare clause", "全省市场主体,达102.3万户。\n", []),
]

FIELD_TABLE_TITLES = [
    ("a page's field table names the report: its category intake is the hotline's",
     "索 引 号: | 640100-142/2020-00031 | 发布日期: | 2020-08-04 |\n"
     "名 称: | “12345一号通”平台2020年第30周受理办理情况通报 |\n"
     "一、基本受理情况\n"
     "2020年7月24日12:00至2020年7月31日12:00,平台共受理市民诉求21500件。咨询类诉求受理12100件,投诉类诉求受理5300件。\n",
     [{"value": 21_500, "family": "hotline", "indicator": "hotline.contacts_total"},
      {"value": 12_100, "family": "hotline", "subject": "咨询类诉求受理"},
      {"value": 5_300, "family": "hotline", "subject": "投诉类诉求受理"}]),
]

CARRIED_CASE_LEADS = [
    ("a bare kind opening the sentence after new cases is new too",
     "6月20日0—24时,吉林省报告新增本土确诊病例12例,其中长春市5例、吉林市7例。本土无症状感染者8例,其中长春市8例。\n",
     [{"value": 12, "indicator": "covid.new_local", "period_start": "2022-06-20", "period_end": "2022-06-20"},
      {"value": 5, "subject": "新增本土确诊病例"}, {"value": 7, "subject": "新增本土确诊病例"},
      {"value": 8, "subject": "新增本土无症状感染者", "indicator": "covid.new_local_asymptomatic",
       "period_start": "2022-06-20", "period_end": "2022-06-20"},
      {"value": 8, "subject": "新增本土无症状感染者"}]),
    ("after current cases it is current", "截至6月20日24时,吉林省现有本土确诊病例140例。本土无症状感染者96例。\n",
     [{"value": 140, "subject": "现有本土确诊病例", "period_start": None, "period_end": "2022-06-20"},
      {"value": 96, "subject": "现有本土无症状感染者", "period_start": None, "period_end": "2022-06-20"}]),
    # negative: after a running total the kind keeps its own name
    ("after a running total", "截至6月20日24时,吉林省累计报告本土确诊病例1400例。本土无症状感染者960例。\n",
     [{"value": 1400, "subject": "累计报告本土确诊病例"}, {"value": 960, "subject": "本土无症状感染者"}]),
]

UNSAID_RATE_PAIRS = [
    ("two rates of short items, 分别 unsaid", "目前,全省机播、机收机械化程度稳步上升到96.2%和88.4%。\n",
     [{"value": 96.2, "subject": "机播机械化程度"}, {"value": 88.4, "subject": "机收机械化程度"}]),
    # negative: items that are measures of their own share no guessed tail
    ("two measures of their own", "全省森林覆盖率和草原植被覆盖度达到35%、60%。\n",
     [{"value": 35, "subject": "森林覆盖率和草原植被覆盖度"}, {"value": 60, "subject": "森林覆盖率和草原植被覆盖度"}]),
]

DISEASE_DEATHS = [
    ("deaths right after the notifiable diseases' count are theirs, covid listed among them",
     "2020年2月,全省共报告法定传染病8100例,死亡3人。报告病种为肝炎、肺结核、新型冠状病毒感染的肺炎等。\n",
     [{"value": 8_100, "family": "other"},
      {"value": 3, "family": "other", "indicator": None, "subject": "法定传染病死亡"}]),
    # negative: a bare death in such a paragraph names no disease: no fact, and no covid death
    ("a bare death among the diseases", "2020年2月,全省法定传染病疫情总体平稳,死亡19例,报告病种含新型冠状病毒感染的肺炎。\n", []),
    # negative: deaths right after covid's own count in such a bulletin stay covid's
    ("covid's deaths among the diseases", "本月报告法定传染病中,新型冠状病毒感染共报告发病7100例,死亡12例。\n",
     [{"value": 7_100}, {"value": 12, "family": "covid"}]),
]

SET_ITEM_PLACES = [
    ("a city named as one of a set speaks for its clause only",
     "2021年3月,江西全省PM2.5月均浓度为31微克/立方米。11个城市中,萍乡市PM2.5月均浓度同比下降,其余城市上升;"
     "优良天数比例为96.4%。\n",
     [{"value": 31, "region": "江西省"}, {"value": 96.4, "region": "江西省"}]),
    # negative: its own clause's figure is still the city's
    ("the set's item with its own figure", "2021年3月,11个城市中,萍乡市PM2.5月均浓度同比下降5%。\n",
     [{"value": -5, "region": "萍乡市"}]),
]

QUOTED_CRIES = [
    ("a cry inside a quoted name does not end the sentence that names its county",
     "天全县开展宣传活动,接待咨询群众900余人;石棉县组织开展“服务热线心系你和我!”主题活动,共发放宣传手册1400余份。\n",
     [{"value": 900, "region": "天全县"}, {"value": 1_400, "region": "石棉县"}]),
    # negative: speech ended with a cry still ends its sentence
    ("speech ends its sentence", "“我们开了5家店!”他说。石棉县发放宣传手册1400余份。\n",
     [{"value": 1_400, "region": "石棉县"}]),
]

ZONE_STORIES = [
    ("a story titled with a zone named after its city: the zone's figures are no place's",
     "天津开发区上半年工业总产值突破两千亿\n时间:2014-07-08 09:45:18  来源:天津网\n■ 双双超过2010年的全年总量\n\n"
     "天津频道 今年1至6月份,开发区完成工业总产值2080亿元,增长15.2%。"
     "继去年年底,区域生产总值上升为全国首位之后,上半年开发区科技总投入达21亿元。\n",
     [{"value": 208_000_000_000, "subject": "开发区完成工业总产值", "region": None, "period_start": "2014-01-01",
       "period_end": "2014-06-30"},
      {"value": 15.2, "region": None, "period_start": "2014-01-01", "period_end": "2014-06-30"},
      {"value": 2_100_000_000, "subject": "开发区科技总投入", "region": None, "period_start": "2014-01-01",
       "period_end": "2014-06-30"}]),
    # negative: a title naming the city's own whole keeps the city
    ("a city's own title", "苏州市上半年工业总产值增长9%\n时间:2014-07-08 09:45:18  来源:苏州网\n\n"
     "今年1至6月份,全市完成工业总产值1.6万亿元。\n",
     [{"value": 9, "region": "苏州市", "period_start": "2014-01-01", "period_end": "2014-06-30"},
      {"value": 1_600_000_000_000, "region": "苏州市", "period_start": "2014-01-01", "period_end": "2014-06-30"}]),
]

MIXED_LISTS = [
    ("a middle item lends its measure to the bare item before it; the last keeps its own",
     "全省城市、县城污水处理率和地级城市污泥无害化处理处置率分别达到96%、92%和95%以上。\n",
     [{"value": 96, "subject": "城市污水处理率"}, {"value": 92, "subject": "县城污水处理率"},
      {"value": 95, "subject": "地级城市污泥无害化处理处置率"}]),
    # negative: a shared measure at the end is still every item's
    ("a measure shared at the end", "全省城镇、农村居民人均可支配收入和人均消费支出分别增长5%、6%和7%。\n",
     [{"value": 5, "subject": "城镇居民人均可支配收入"}, {"value": 6, "subject": "农村居民人均可支配收入"},
      {"value": 7, "subject": "人均消费支出"}]),
]

APPROACH_AND_PLAN_WORDS = [
    ("`逼近` is approximate and no part of the measure", "那年,全国电影总票房逼近400亿元。\n",
     [{"value": 40_000_000_000, "subject": "电影总票房", "qualifier": "approx", "region": "全国"}]),
    ("`共计划` is `共` and a plan, never `共计` and `划`", "2016年—2019年,广西全区共计划搬迁贫困人口65万人。\n",
     [{"value": 650_000, "subject": "搬迁贫困人口", "status": "target"}]),
    # negative: `共计` before another verb is still cut
    ("`共计` alone", "全县共计投入资金3亿元。\n", [{"value": 300_000_000, "subject": "投入资金"}]),
]

SHARES_OF_TOLD_WHOLES = [
    ("shares listed with their wholes in turn", "2016年,全市共完成造林15.2万亩,分别占省下达计划的138.2%、市下达计划的126.7%。\n",
     [{"value": 152_000, "subject": "造林"},
      {"value": 138.2, "subject": "造林(占省下达计划)", "status": "actual"},
      {"value": 126.7, "subject": "造林(占市下达计划)", "status": "actual"}]),
    # negative: shares whose numbers follow in a run keep the items listed before 分别
    ("a run of shares after one whole", "全市有贫困县11个、贫困村1023个,分别占全省的46%、32%。\n",
     [{"value": 11}, {"value": 1_023}, {"value": 46, "subject": "贫困县占比"}, {"value": 32, "subject": "贫困村占比"}]),
]

ATTRIBUTED_WORKS = [
    ("a project's size after a visit to it is the project's",
     "巡视组两次到访某高新区总投资80亿元的智能装备项目现场,前后景象截然不同。\n",
     [{"value": 8_000_000_000, "subject": "智能装备项目总投资", "region": None}]),
    # negative: a threshold's set is no thing
    ("a threshold's set", "全县新开工5000万元以上的项目30个。\n", [{"value": 30}]),
]

CHART_TITLES = [
    ("a chart's title over a span of years is a line of its own and dates nothing",
     "2021年全县国民经济和社会发展统计公报\n2012-2021年常住人口数及城镇化率\n全年全县城镇新增就业1520人。失业再就业480人。\n",
     [{"value": 1_520, "subject": "城镇新增就业", "period_start": "2021-01-01", "period_end": "2021-12-31"},
      {"value": 480, "subject": "失业再就业", "period_start": "2021-01-01", "period_end": "2021-12-31"}]),
    # negative: a sentence over a span of years keeps its span
    ("a span told in a sentence", "2016-2020年,全县生产总值年均增长7%。\n",
     [{"value": 7, "period_start": "2016-01-01", "period_end": "2020-12-31"}]),
]

COURT_OUTCOMES = [
    ("a court's outcome counted alone is of the cases it took in, in the next sentence too",
     "2015年全市法院受理各类案件41200件,同比上升12.5%。办结35100件。其中,市中院受理各类案件5300件。办结4900件。\n",
     [{"value": 41_200}, {"value": 12.5}, {"value": 35_100, "subject": "法院办结案件"},
      {"value": 5_300, "subject": "市中院受理各类案件"}, {"value": 4_900, "subject": "市中院办结案件"}]),
    ("a paragraph's label set off by a space is no part of the subject",
     "一、审判工作\n依法惩治刑事犯罪 审结刑事案件5100件,判处罪犯6900人。\n",
     [{"value": 5_100, "subject": "刑事案件审结"}, {"value": 6_900, "subject": "判处罪犯"}]),
    # negative: a hotline's 办结 alone keeps its hotline reading
    ("a hotline's outcome", "本周12345热线受理市民来电1200件,办结1100件。\n",
     [{"value": 1_200, "indicator": "hotline.contacts_total"}, {"value": 1_100, "indicator": "hotline.resolved"}]),
]

TABLES = [
    (FIRST_QUARTERS, date(2019, 10, 21), "news.txt"),
    (FLATTENED_PAGES, date(2019, 2, 20), "report.txt"),
    (SLOGAN_HEADINGS, date(2019, 2, 20), "report.txt"),
    (RELEASE_CUTOFFS, date(2021, 12, 22), "news.txt"),
    (RECORD_LEVELS, date(2022, 1, 20), "news.txt"),
    (FIELD_TABLE_TITLES, date(2020, 8, 4), "page.txt"),
    (CARRIED_CASE_LEADS, date(2022, 6, 21), "bulletin.txt"),
    (UNSAID_RATE_PAIRS, date(2021, 5, 1), "news.txt"),
    (DISEASE_DEATHS, date(2020, 3, 10), "bulletin.txt"),
    (SET_ITEM_PLACES, date(2021, 4, 10), "news.txt"),
    (QUOTED_CRIES, date(2021, 4, 10), "news.txt"),
    (ZONE_STORIES, date(2014, 7, 8), "page.txt"),
    (MIXED_LISTS, date(2023, 7, 13), "news.txt"),
    (APPROACH_AND_PLAN_WORDS, date(2019, 10, 16), "news.txt"),
    (SHARES_OF_TOLD_WHOLES, date(2019, 1, 21), "news.txt"),
    (ATTRIBUTED_WORKS, date(2019, 10, 21), "news.txt"),
    (CHART_TITLES, date(2022, 3, 28), "report.txt"),
    (COURT_OUTCOMES, date(2016, 1, 19), "report.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round69_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
