"""Scopes of round 66: a guarded short name before its service line's number, a place set apart from what is counted,
and a run's bound in a catalogued count.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

SERVICE_LINES = [
    ("a short name kept out as a common word still names its city before its service line",
     "海口12345热线上半年共受理市民诉求20.3万件,同比增长9%。\n",
     [{"value": 203_000, "region": "海口市", "subject": "12345热线受理市民诉求", "indicator": "hotline.contacts_total"},
      {"value": 9, "region": "海口市", "subject": "12345热线受理市民诉求"}]),
    # negative: the short name alone is the common word
    ("the common word alone", "作为重要的出海口,全年完成货物吞吐量1.2亿吨。\n", [{"value": 120_000_000, "region": None}]),
]

EXCLUDED_PLACES = [
    ("a place set apart from what is counted: the places outside it have no one place",
     "3月9日,湖北以外省份新增确诊病例12例。\n",
     [{"value": 12, "region": None, "subject": "湖北以外省份新增确诊病例", "period_start": "2020-03-09"}]),
    ("set apart by 之外",
     "3月9日,武汉之外的地区新增确诊病例36例。\n",
     [{"value": 36, "region": None, "period_start": "2020-03-09"}]),
    # negative: an exclusion opened by 除 after a whole named: the whole's
    ("the whole named before 除", "3月9日,全国除湖北以外地区新增确诊病例12例。\n",
     [{"value": 12, "region": "全国", "subject": "除湖北以外地区新增确诊病例"}]),
    # negative: a province's foreign trade is its own
    ("foreign trade", "1至2月,湖北省外贸进出口总值增长5.1%。\n", [{"value": 5.1, "region": "湖北省"}]),
]

STREAK_BOUNDS = [
    ("a run's bound in a catalogued count is no count", "全市新增确诊病例已连续5天低于10例,累计确诊病例504例。\n",
     [{"value": 504, "indicator": "covid.cumulative_confirmed"}]),
    # negative: a run with no new case: its zero is the day's count
    ("a run without new cases", "3月9日,全市连续4天无新增确诊病例。\n",
     [{"value": 0, "indicator": "covid.new_confirmed", "period_start": "2020-03-09"}]),
]

YEAR_BASES = [
    ("a change against a year long before keeps its base",
     "2018年全国农业科技进步贡献率达到58.3%,比2005年提高了10.3个百分点。\n",
     [{"value": 58.3, "subject": "农业科技进步贡献率"},
      {"value": 10.3, "subject": "农业科技进步贡献率(比2005年)", "period_start": "2005-01-01"}]),
    ("each item of a respective list keeps it",
     "全国三大主粮化肥利用率达到39.2%,农药利用率达到39.8%,分别比2015年提高4个和3.2个百分点。\n",
     [{"value": 39.2}, {"value": 39.8},
      {"value": 4, "subject": "三大主粮化肥利用率(比2015年)"}, {"value": 3.2, "subject": "三大主粮农药利用率(比2015年)"}]),
    ("a level told with its long change keeps its own name",
     "2018年,全国粮食进口总量为11555万吨,比1996年增长944.8%。\n",
     [{"value": 115_550_000, "subject": "粮食进口总量"}, {"value": 944.8, "subject": "粮食进口总量(比1996年)"}]),
    # negative: the year before is the plain change
    ("the year before", "2018年全市生产总值增长6%,比2017年提高0.5个百分点。\n",
     [{"value": 6, "subject": "生产总值"}, {"value": 0.5, "subject": "生产总值增速"}]),
]

REPOSTS = [
    ("a wire dateline months before a page's date: a repost, told on the dateline's day",
     "某市经济运行平稳\n发布时间:2020-03-28\n\n人民网南京11月1日电(记者 某)日前,市政府通报了三季度经济运行情况。"
     "前三季度,南京市实现地区生产总值10267.12亿元,增长8%。\n\n今年前三季度,规模以上工业增加值增长6.5%。\n",
     [{"value": 1_026_712_000_000, "region": "南京市", "period_start": "2019-01-01", "period_end": "2019-09-30"},
      {"value": 8, "region": "南京市", "period_start": "2019-01-01", "period_end": "2019-09-30"},
      {"value": 6.5, "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
    # negative: a dateline earlier in the page's own year dates the story in that year
    ("a dateline earlier in the same year",
     "某市经济运行平稳\n发布时间:2020-12-28\n\n人民网南京11月1日电(记者 某)日前,市政府通报了三季度经济运行情况。"
     "前三季度,南京市实现地区生产总值10267.12亿元,增长8%。\n\n今年前三季度,规模以上工业增加值增长6.5%。\n",
     [{"value": 1_026_712_000_000, "period_start": "2020-01-01", "period_end": "2020-09-30"},
      {"value": 8, "period_start": "2020-01-01", "period_end": "2020-09-30"},
      {"value": 6.5, "period_start": "2020-01-01", "period_end": "2020-09-30"}]),
]

Y2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

REVIEW_TIMES = [
    ("an attribution to the body that approved the data before the year's time: the time still opens the sentence",
     "某区农业生产稳步发展\n\n根据市统计局审定:全年东区实现农林牧渔业总产值46656万元,同比增长4.8%。农业产值28105万元,同比增长5.1%。\n",
     [{"value": 466_560_000, **Y2022}, {"value": 4.8, **Y2022}, {"value": 281_050_000, **Y2022}, {"value": 5.1, **Y2022}]),
    ("a time inside a cause told after a figure dates no later item",
     "2022年东区粮食总产量895吨。其中:薯类31吨,同比下降36.2%,产量下降主要是因为今年甘薯播种面积减少;豆类6吨,同比下降35.6%。\n",
     [{"value": 895, **Y2022}, {"value": 31, **Y2022}, {"value": -36.2, **Y2022}, {"value": 6, **Y2022},
      {"value": -35.6, **Y2022}]),
    # negative: a time opening the next clause after a cause, not inside it, dates what follows
    ("a time after the cause's clause", "去年全市粮食总产量增长3%,主要是由于单产提高,今年1-2月,蔬菜产量增长5%。\n",
     [{"value": 3, **Y2022}, {"value": 5, "period_start": "2023-01-01", "period_end": "2023-02-28"}]),
]

Y2024 = {"period_start": "2024-01-01", "period_end": "2024-12-31"}

YEAR_PLANS = [
    ("a year's plan to start or resume projects is a target",
     "全年计划开复工5000万元以上项目325个,增长5%。\n",
     [{"value": 325, "status": "target", **Y2024}, {"value": 5, "status": "target", **Y2024}]),
    ("a year's plan to sign projects is a target",
     "全年计划新签约亿元以上项目120个以上,实现招商引资到位资金625亿元,增长25%。\n",
     [{"value": 120, "status": "target", **Y2024}, {"value": 62_500_000_000, "status": "target", **Y2024},
      {"value": 25, "status": "target", **Y2024}]),
    # negative: a plan carried out is done
    ("a plan done", "一季度,全市完成全年计划开复工项目的30%,新签约项目86个。\n",
     [{"value": 30, "status": "actual"}, {"value": 86, "status": "actual"}]),
]

H1_2022 = {"period_start": "2022-01-01", "period_end": "2022-06-30"}

LISTED_PARTS = [
    ("each district's change after its own amount, the items joined by commas, is its district's",
     "上半年,昌江区完成零售额45.04亿元,同比增长4.8%,珠山区完成零售额105.38亿元,同比增长5.1%,浮梁县完成零售额12.83亿元,同比增长5.8%。\n",
     [{"value": 4_504_000_000, "region": "昌江区"}, {"value": 4.8, "region": "昌江区"},
      {"value": 10_538_000_000, "region": "珠山区"}, {"value": 5.1, "region": "珠山区"},
      {"value": 1_283_000_000, "region": "浮梁县"}, {"value": 5.8, "region": "浮梁县"}]),
    ("a list's categories of goods share the scale its first names",
     "上半年,限额以上单位粮油、食品类零售额同比增长23.3%,服装、鞋帽类零售额同比增长40.1%,日用品类零售额同比增长11.8%。\n",
     [{"value": 23.3, "subject": "限额以上单位粮油、食品类零售额", **H1_2022},
      {"value": 40.1, "subject": "限额以上单位服装、鞋帽类零售额", **H1_2022},
      {"value": 11.8, "subject": "限额以上单位日用品类零售额", **H1_2022}]),
    # negative: categories with no scale named stay as they are
    ("no scale named", "上半年,粮油、食品类零售额同比增长23.3%,日用品类零售额同比增长11.8%。\n",
     [{"value": 23.3, "subject": "粮油、食品类零售额"}, {"value": 11.8, "subject": "日用品类零售额"}]),
]

UNDATED = {"period_start": None, "period_end": None}

UNYEARED_TIMES = [
    ("a month on a page with no date and no year stays in the subject",
     "热线运行情况\n\n从受理量分布看,其中7月受理44296件,8月受理45221件。\n",
     [{"value": 44296, "subject": "7月受理", **UNDATED}, {"value": 45221, "subject": "8月受理", **UNDATED}]),
    ("a span opening the sentence",
     "外贸运行情况\n\n4月份,汕头市进出口总值68.5亿元,增长10.2%。\n",
     [{"value": 6_850_000_000, "subject": "4月份进出口总值", "region": "汕头市", **UNDATED},
      {"value": 10.2, "subject": "4月份进出口总值", "region": "汕头市", **UNDATED}]),
    # negative: a year named settles the period: no time in the subject
    ("a year named", "外贸运行情况\n\n2023年4月份,汕头市进出口总值68.5亿元。\n",
     [{"value": 6_850_000_000, "subject": "进出口总值", "period_start": "2023-04-01", "period_end": "2023-04-30"}]),
]

FLAT_UNITS = [
    ("metric signs written flat are the units",
     "1-7月份全市房地产开发施工面积1078.02万m2,同比增长13.13%。全市用水总量3.2亿m3,水面面积12.5km2。\n",
     [{"value": 10_780_200, "unit": "平方米", "subject": "房地产开发施工面积"}, {"value": 13.13, "subject": "房地产开发施工面积"},
      {"value": 320_000_000, "unit": "立方米", "subject": "用水总量"}, {"value": 12.5, "unit": "平方公里", "subject": "水面面积"}]),
    ("housing for sale is one kind of goods: its part takes the measure once",
     "1-7月份,商品房竣工面积117.65万平方米,其中商品住宅竣工61.71万平方米。\n",
     [{"value": 1_176_500, "subject": "商品房竣工面积"}, {"value": 617_100, "subject": "商品住宅竣工面积"}]),
    # negative: a fine particle's name is no unit
    ("PM2.5", "1-7月份,全市PM2.5平均浓度下降5%。\n", [{"value": -5, "subject": "PM2.5平均浓度"}]),
]

GOAL_YEARS = [
    ("a year's goal told after the figure dates no breakdown after it",
     "据介绍,1-9月全市外贸进出口总值同比增长71.1%,提前一个季度完成了全年外贸考核目标。其中,出口总值6.3亿美元,同比增长83.8%。\n",
     [{"value": 71.1, "period_start": "2018-01-01", "period_end": "2018-09-30"},
      {"value": 630_000_000, "period_start": "2018-01-01", "period_end": "2018-09-30"},
      {"value": 83.8, "period_start": "2018-01-01", "period_end": "2018-09-30"}]),
]

D0920 = {"period_start": "2022-09-20", "period_end": "2022-09-20"}

BRACKETED_PARTS = [
    ("a common word's district in a city's bracket, its count named between",
     "9月20日0—24时,佳木斯市新增本土确诊病例8例(向阳区5例、郊区2例、前进区1例)。\n",
     [{"value": 8, "region": "佳木斯市", **D0920}, {"value": 5, "region": "向阳区"},
      {"value": 2, "region": "佳木斯市郊区"}, {"value": 1, "region": "前进区"}]),
    ("the whole's parts after its bracket by place closed are the whole's",
     "9月20日0—24时,佳木斯市新增无症状感染者92例(向阳区70例、东风区22例),其中集中隔离发现28例,居家隔离医学观察发现64例。\n",
     [{"value": 92, "region": "佳木斯市"}, {"value": 70, "region": "向阳区"}, {"value": 22, "region": "东风区"},
      {"value": 28, "subject": "新增无症状感染者（集中隔离发现）", "region": "佳木斯市", "indicator": None, **D0920},
      {"value": 64, "subject": "新增无症状感染者（居家隔离医学观察发现）", "region": "佳木斯市", "indicator": None, **D0920}]),
    ("a count after a closed bracket is the whole's place's",
     "截至9月20日12时,枣庄市累计报告确诊病例17例(滕州市3例、薛城区4例、山亭区1例、市中区5例、峄城区4例),其中重症病例1例。\n",
     [{"value": 17, "region": "枣庄市"}, {"value": 3, "region": "滕州市"}, {"value": 4, "region": "薛城区"},
      {"value": 1, "region": "山亭区"}, {"value": 5, "region": "市中区"}, {"value": 4, "region": "峄城区"},
      {"value": 1, "subject": "重症病例", "region": "枣庄市"}]),
    # negative: a place's next way of finding, inside its own list, stays the place's
    ("the same place's next part", "9月20日0—24时,全省新增本土确诊病例14例,其中马关县在区域核酸筛查中发现11例、集中隔离点发现3例。\n",
     [{"value": 14, "indicator": "covid.new_local"}, {"value": 11, "region": "马关县", "indicator": None},
      {"value": 3, "region": "马关县", "indicator": None}]),
]

DONE_VOLUMES = [
    ("a volume done: the act before it is no part of its name",
     "今年1至3月,山西省累计完成营业性公路客运量0.12亿人,同比下降61.9%。\n",
     [{"value": 12_000_000, "subject": "营业性公路客运量", "region": "山西省"},
      {"value": -61.9, "subject": "营业性公路客运量", "region": "山西省"}]),
    # negative: investment done is the measure's own name
    ("investment done", "1-3月,全市完成投资120亿元。\n", [{"value": 12_000_000_000, "subject": "完成投资"}]),
]

CATALOGUED = [
    ("a district's retail sales named bare: the retail-sales growth",
     "上半年,昌江区完成零售额45.04亿元,同比增长4.8%,限额以上单位零售额增长3%,网上零售额增长10%。\n",
     [{"value": 4_504_000_000, "indicator": None}, {"value": 4.8, "indicator": "growth.retail_sales"},
      {"value": 3, "indicator": None}, {"value": 10, "indicator": None}]),
    ("the general public budget revenue written with 财政",
     "上半年,全市一般公共财政预算收入完成38.3亿元,增长20.4%。\n",
     [{"value": 3_830_000_000, "indicator": None}, {"value": 20.4, "indicator": "growth.fiscal_revenue"}]),
    ("a district's total fiscal spending grows: the fiscal-expenditure growth",
     "全年财政总支出37.02亿元,比上年增长30.1%。地方财政总支出24.67亿元,增长14.1%。\n",
     [{"value": 3_702_000_000, "indicator": None}, {"value": 30.1, "indicator": "growth.fiscal_expenditure"},
      {"value": 2_467_000_000, "indicator": None}, {"value": 14.1, "indicator": "growth.fiscal_expenditure"}]),
]

HOTLINE_SHARES = [
    ("a category's share of the whole city's calls",
     "12345热线春节期间运行情况\n市民来电反映较多的事项分别是:突发事件管理类637件,占全市总量22.71%;人力资源与社会保障类541件,占全市总量19.29%。\n",
     [{"value": 637, "indicator": "hotline.category_count"}, {"value": 22.71, "indicator": "hotline.category_share", "subject": "突发事件管理"},
      {"value": 541, "indicator": "hotline.category_count"},
      {"value": 19.29, "indicator": "hotline.category_share", "subject": "人力资源与社会保障"}]),
]

HOTLINE_AVERAGES = [
    ("a line's calls per day written out", "12345市长热线运行情况\n\n1-9月份,市长热线平均每天受理来电1926件。\n",
     [{"value": 1926, "indicator": "hotline.daily_average"}]),
]

PLAN_YEARS = [
    ("a plan in a sentence opening with the year it is told in, on a page dated by its file name only",
     "持续打好有效投资攻坚战。\n签约一批。完善项目服务机制。全年计划新签约亿元以上项目120个以上,实现招商引资到位资金625亿元,增长25%。\n",
     [{"value": 120, "status": "target", **Y2024}, {"value": 62_500_000_000, "status": "target", **Y2024},
      {"value": 25, "status": "target", **Y2024}]),
    # negative: `目前` names no plan's year
    ("a plan told as of now", "目前,全县已认定扶贫车间20个,计划再申报17个。\n",
     [{"value": 20, "status": "actual"}, {"value": 17, "status": "target", "period_start": None, "period_end": None}]),
]

Q1_Q3 = {"period_start": "2019-01-01", "period_end": "2019-09-30"}

NAMED_SPEAKERS = [
    ("an official named after the title tells of the span that opens the sentence: it dates the paragraph",
     "市统计局副局长仲某介绍,前三季度,全市有多项创新指标位居全省第一。高技术制造业投资增长40.1%。技术合同成交额410亿元。\n",
     [{"value": 40.1, **Q1_Q3}, {"value": 41_000_000_000, **Q1_Q3}]),
]

TABLES = [
    (SERVICE_LINES, date(2020, 7, 10), "hotline.txt"),
    (EXCLUDED_PLACES, date(2020, 3, 10), "news.txt"),
    (STREAK_BOUNDS, date(2020, 3, 10), "bulletin.txt"),
    (YEAR_BASES, date(2019, 10, 15), "rmrb-2019-10-15-10-09.txt"),
    (REPOSTS, None, "news.txt"),
    (REVIEW_TIMES, date(2023, 1, 28), "release.txt"),
    (YEAR_PLANS, date(2024, 2, 1), "news.txt"),
    (LISTED_PARTS, date(2022, 7, 20), "release.txt"),
    (UNYEARED_TIMES, None, "release.txt"),
    (FLAT_UNITS, date(2012, 8, 20), "release.txt"),
    (GOAL_YEARS, date(2018, 10, 19), "news.txt"),
    (BRACKETED_PARTS, date(2022, 9, 21), "bulletin.txt"),
    (DONE_VOLUMES, date(2020, 5, 7), "news.txt"),
    (CATALOGUED, date(2017, 3, 1), "communique.txt"),
    (HOTLINE_SHARES, date(2022, 2, 8), "hotline.txt"),
    (HOTLINE_AVERAGES, date(2019, 10, 10), "hotline.txt"),
    (PLAN_YEARS, None, "songyuan-report-2024.txt"),
    (NAMED_SPEAKERS, date(2019, 11, 1), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round66_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
