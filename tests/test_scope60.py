"""Scopes of round 60: a numbered heading printed on its first sentence's line; a statistical survey office named in a
lead; a bulletin's signature closing it before another bulletin; a half day's reporting window; a bulletin's sentence
opening on now; a line or a mailbox beside the 12345 line, and a city's full name before its mayor's line; projects of a
list each sized; a comparable-price basis alone; a paragraph breaking down the one before's cases; a page printed a
clause a line; a pull in points with no growth word; intakes listed after 其中; a group of sites' revenue. Each row
is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

YEAR_2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

RUN_IN_HEADINGS = [
    ("a heading printed on its sentence's line is no part of the subject",
     "(二)棉花、油料播种面积和产量双增长2021年棉花播种面积3.52万亩,比上年增加0.21万亩。\n"
     "(三)小麦面积和产量均略降2021年全县小麦种植面积11.6万亩,下降1.2%。\n",
     [{"value": 35200, "subject": "棉花播种面积", **YEAR_2021},
      {"value": 2100, "subject": "棉花播种面积增加", **YEAR_2021},
      {"value": 116000, "subject": "小麦种植面积", **YEAR_2021},
      {"value": -1.2, "subject": "小麦种植面积", **YEAR_2021}]),
    # negatives: a heading with its year right after the number, a heading on a line of its own
    ("a numbered line opening with its year is a sentence",
     "(一)2021年全县稻谷播种面积25.3万亩。\n",
     [{"value": 253000, "subject": "稻谷播种面积", **YEAR_2021}]),
]

SURVEY_OFFICES = [
    ("a survey office in the lead is the data's source: the county its figures name is the page's",
     "国家统计局湖北调查总队反馈数据显示:2021年枝江市粮食总产量31.2万吨,增长2.1%。\n"
     "(一)稻谷面积稳定、产量略增2021年稻谷产量20.4万吨,比上年增加0.3万吨。\n",
     [{"value": 312000, "region": "枝江市", **YEAR_2021}, {"value": 2.1, "region": "枝江市", **YEAR_2021},
      {"value": 204000, "subject": "稻谷产量", "region": "枝江市", **YEAR_2021},
      {"value": 3000, "subject": "稻谷产量增加", "region": "枝江市", **YEAR_2021}]),
    # negative: the office's province when the page speaks of the province's whole
    ("a survey office over the province's whole", "国家统计局湖北调查总队发布:2021年全省夏粮总产量420万吨。\n",
     [{"value": 4200000, "region": "湖北省", **YEAR_2021}]),
]

DAY = {"period_start": "2020-02-02", "period_end": "2020-02-02"}
AS_OF_DAY = {"period_start": None, "period_end": "2020-02-02"}
AS_OF_DAY_1 = {"period_start": None, "period_end": "2020-02-01"}

SIGNATURES = [
    ("a signature closes its bulletin: the province's bulletin after it is the province's",
     "2020年2月2日0-24时,宜春市新增确诊病例2例。\n宜春市卫生健康委员会\n2020年2月3日\n"
     "2020年2月2日0-24时,江西省报告新增确诊病例40例。\n目前追踪到密切接触者8000人,尚有7500人正在接受医学观察。\n",
     [{"value": 2, "region": "宜春市", **DAY}, {"value": 40, "region": "江西省", **DAY},
      {"value": 8000, "region": "江西省", **AS_OF_DAY}, {"value": 7500, "region": "江西省", **AS_OF_DAY}]),
    ("a sentence opening on now: the persons released are a running count too",
     "2020年2月2日0-24时,宜春市新增确诊病例2例。目前追踪到密切接触者600人,解除医学观察40人,尚有560人正在接受医学观察。\n",
     [{"value": 2, **DAY}, {"value": 600, **AS_OF_DAY}, {"value": 40, **AS_OF_DAY}, {"value": 560, **AS_OF_DAY}]),
    # negative: a release told as the day's own event stays the day's flow
    ("a day's release without a running word is the day's",
     "2020年2月2日0-24时,宜春市新增确诊病例2例,解除医学观察40人。\n",
     [{"value": 2, **DAY}, {"value": 40, **DAY}]),
]

HALF_DAYS = [
    ("a half day's window dates the counts after it as that day's",
     "2022年3月20日0时至12时,全市报告新增本土确诊病例6例。新增无症状感染者9例,其中城阳区4例。\n",
     [{"value": 6, "period_start": "2022-03-20", "period_end": "2022-03-20"},
      {"value": 9, "period_start": "2022-03-20", "period_end": "2022-03-20"},
      {"value": 4, "region": "城阳区", "period_start": "2022-03-20", "period_end": "2022-03-20"}]),
]

AUGUST = {"period_start": "2019-08-01", "period_end": "2019-08-31"}
Q1 = {"period_start": "2020-01-01", "period_end": "2020-03-31"}

MERGED_LINES = [
    ("a line the 12345 platform took in: its intake and handling are its part, named with it",
     "2019年8月份,漯河市12345热线平台共受理各类来电来信50000件。留号并行热线电话中,12315消费者投诉举报热线共接听来电8000人次,"
     "登记交办2500件,已办结2500件;12328交通运输服务监督热线共接听来电2000人次,登记交办300件。\n",
     [{"value": 50000, "indicator": "hotline.contacts_total", **AUGUST},
      {"value": 8000, "subject": "12315消费者投诉举报热线接听来电", "indicator": "hotline.count", **AUGUST},
      {"value": 2500, "subject": "12315消费者投诉举报热线登记交办", "indicator": "hotline.items", **AUGUST},
      {"value": 2500, "subject": "12315消费者投诉举报热线登记交办办结", "indicator": "hotline.count", **AUGUST},
      {"value": 2000, "subject": "12328交通运输服务监督热线接听来电", "indicator": "hotline.count", **AUGUST},
      {"value": 300, "subject": "12328交通运输服务监督热线登记交办", "indicator": "hotline.count", **AUGUST}]),
    ("a mayor's mailbox beside the 12345 line: its letters, handled and rate are its part",
     "2020年一季度,漯河12345热线共受理市民来电诉求12万件。市长信箱共受理群众来信2000件,已办结1980件,办结率99%。\n",
     [{"value": 120000, "indicator": "hotline.contacts_total", **Q1},
      {"value": 2000, "subject": "市长信箱受理群众来信", "indicator": "hotline.count", **Q1},
      {"value": 1980, "subject": "市长信箱受理群众来信办结", "indicator": "hotline.count", **Q1},
      {"value": 99, "subject": "市长信箱受理群众来信办结率", "indicator": "hotline.share", **Q1}]),
    # negatives: a line's own report keeps its total; a city's full name before its mayor's line keeps the title
    ("a report of another line alone keeps its total", "7月,湖南12328交通运输服务监督电话共受理来电9100件。\n",
     [{"value": 9100, "indicator": "hotline.contacts_total"}]),
    ("a city's full name before its mayor's line", "2020年一季度,漯河市长热线共受理群众来电2000件。\n",
     [{"value": 2000, "subject": "市长热线受理群众来电", "region": "漯河市", **Q1}]),
]

PROJECT_LISTS = [
    ("each project of a list sized one by one is its own, no place's",
     "投资额20亿元的高新区智能装备产业园、投资额15亿元的兴安县华江文化博览园、投资额8亿元的灵川县新材料产业园等一批大项目落地桂林。\n",
     [{"value": 2000000000, "subject": "高新区智能装备产业园投资额", "indicator": "investment.project_total", "region": None},
      {"value": 1500000000, "subject": "兴安县华江文化博览园投资额", "indicator": "investment.project_total", "region": None},
      {"value": 800000000, "subject": "灵川县新材料产业园投资额", "indicator": "investment.project_total", "region": None}]),
    # negative: a batch of projects is the place's
    ("a batch of projects sized together is the place's", "桂林市总投资120亿元的一批项目集中开工。\n",
     [{"value": 12000000000, "region": "桂林市"}]),
]

COMPARABLE = [
    ("a comparable-price basis alone before a change is the measure's change",
     "2022年全县农林牧渔业增加值58.2亿元,可比价增长4.6%。\n",
     [{"value": 5820000000, "subject": "农林牧渔业增加值"}, {"value": 4.6, "subject": "农林牧渔业增加值"}]),
    # negative: a comparable scope is a measure of its own kind
    ("a comparable scope stays named", "2022年全县社会消费品零售总额120亿元,可比口径增长6%。\n",
     [{"value": 12000000000, "subject": "社会消费品零售总额"}, {"value": 6, "subject": "社会消费品零售总额(可比口径)"}]),
]

CARRIED_CONTEXT = [
    ("a paragraph breaking down the cumulative cases of the one before: its items are cumulative counts",
     "截至2月1日24时,宜春市累计报告确诊病例21例,其中重症病例2例。\n确诊病例中,袁州区8例、樟树市5例。\n",
     [{"value": 21, "indicator": "covid.cumulative_confirmed", **AS_OF_DAY_1},
      {"value": 2, "indicator": "covid.severe", **AS_OF_DAY_1},
      {"value": 8, "region": "袁州区", "indicator": "covid.cumulative_confirmed", **AS_OF_DAY_1},
      {"value": 5, "region": "樟树市", "indicator": "covid.cumulative_confirmed", **AS_OF_DAY_1}]),
]

SPRING_2023 = {"period_start": "2023-01-07", "period_end": "2023-02-15"}

POSTERS = [
    ("a page printed a clause a line: each line its own clause, all dated by the opening's span",
     "2023年春运从1月7日开始至2月15日结束,全市运输保障有力。\n据统计\n今年春运期间\n全市道路运输共投入客运车辆3200辆\n"
     "其中班车客运车辆2900辆\n包车客运车辆300辆\n累计发送旅客25.6万人次\n民航旅客吞吐量8.2万人次\n货邮吞吐量120.5吨\n",
     [{"value": 3200, "subject": "道路运输投入客运车辆", **SPRING_2023},
      {"value": 2900, "subject": "班车客运车辆", **SPRING_2023}, {"value": 300, "subject": "包车客运车辆", **SPRING_2023},
      {"value": 256000, "subject": "累计发送旅客", **SPRING_2023},
      {"value": 82000, "subject": "民航旅客吞吐量", **SPRING_2023}, {"value": 120.5, "subject": "货邮吞吐量", **SPRING_2023}]),
    # negative: prose wrapped at a fixed width, a line ending on a figure by chance, stays one sentence
    ("wrapped prose is joined as before",
     "2022年,全市共有规模以上工业企业\n120家,比上年增加5家,实现营业收入\n356亿元,增长8%。\n",
     [{"value": 120, "subject": "规模以上工业企业"}, {"value": 5, "subject": "规模以上工业企业增加"},
      {"value": 35600000000, "subject": "规模以上工业企业营业收入"}, {"value": 8, "subject": "规模以上工业企业营业收入"}]),
]

PULLS = [
    ("a pull in points with its growth word unwritten is the pull of the thing before",
     "2021年,第二产业增加值为71.1亿元,同比增长0.4%,拉动地区生产总值0.1个百分点。\n",
     [{"value": 7110000000, "subject": "第二产业增加值"}, {"value": 0.4, "subject": "第二产业增加值"},
      {"value": 0.1, "subject": "第二产业拉动地区生产总值", "family": "growth_rate"}]),
]

LISTED_INTAKES = [
    ("intakes listed after 其中 are parts of the total before them",
     "2020年一季度,漯河12345热线共受理市民来电诉求12万件。其中,受理12345热线微信公众号诉求600件,涉企政策诉求90件。\n",
     [{"value": 120000, "indicator": "hotline.contacts_total", **Q1},
      {"value": 600, "indicator": "hotline.count", **Q1}, {"value": 90, "indicator": "hotline.count", **Q1}]),
]

SITE_GROUPS = [
    ("a group of sites' revenue named alone after their visitors is theirs",
     "国庆假期,大连市A级景区共接待游客120万人次,实现营业收入2.1亿元。主要旅游景区景点接待游客41万人次,门票收入3000万元。\n",
     [{"value": 1200000, "subject": "A级景区接待游客"}, {"value": 210000000, "subject": "A级景区营业收入"},
      {"value": 410000, "subject": "主要旅游景区景点接待游客"}, {"value": 30000000, "subject": "主要旅游景区景点门票收入"}]),
    # negative: the city's visitors and revenue
    ("the city's own visitors and revenue", "国庆假期,大连市接待游客414万人次,旅游收入14.6亿元。\n",
     [{"value": 4140000, "subject": "接待游客"}, {"value": 1460000000, "subject": "旅游收入"}]),
]

TABLES = [
    (RUN_IN_HEADINGS, date(2022, 3, 1), "release.txt"),
    (SURVEY_OFFICES, date(2022, 3, 1), "release.txt"),
    (SIGNATURES, date(2020, 2, 3), "bulletin.txt"),
    (HALF_DAYS, date(2022, 3, 20), "bulletin.txt"),
    (MERGED_LINES, date(2020, 5, 7), "hotline.txt"),
    (PROJECT_LISTS, date(2022, 9, 29), "news.txt"),
    (COMPARABLE, date(2023, 3, 20), "communique.txt"),
    (CARRIED_CONTEXT, date(2020, 2, 2), "bulletin.txt"),
    (POSTERS, date(2023, 2, 20), "news.txt"),
    (PULLS, date(2022, 4, 21), "communique.txt"),
    (LISTED_INTAKES, date(2020, 5, 7), "hotline.txt"),
    (SITE_GROUPS, date(2019, 10, 8), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round60_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
