"""Scopes of round 67: an untitled review's opening year, a communiqué's title year on a page put online in that year,
a day of this month, a story's date when its years tie, a work report story's review year over its sub-headed parts,
and a review paragraph's span after a run-in topic.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

YEAR_2015 = {"period_start": "2015-01-01", "period_end": "2015-12-31"}

REVIEW_OPENINGS = [
    ("an untitled review's opening year dates its sections' undated flows and its 全年, not the page's year before",
     "2015年,面对经济下行压力,在县委的领导下,全县统筹做好各项工作。\n一、综合\n初步测算,2015年全县生产总值24.4亿元。\n"
     "图2:2011-2015三次产业增加值占生产总值比重(%)\n二、农 业\n农业增加值3.26亿元,同比增长9.9%。\n全年粮食总产量4.67万吨,同比增长1%。\n",
     [{"value": 2_440_000_000, "region": None, **YEAR_2015},
      {"value": 326_000_000, **YEAR_2015}, {"value": 9.9, **YEAR_2015},
      {"value": 46_700, **YEAR_2015}, {"value": 1, **YEAR_2015}]),
    # negative: a since, or a part of the year, opening the body is no review year
    ("a since opening the body",
     "2015年以来,全县统筹做好各项工作。\n一、农业\n全年粮食总产量4.67万吨,同比增长1%。\n",
     [{"value": 46_700, "period_start": "2023-01-01", "period_end": "2023-12-31"},
      {"value": 1, "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    # negative: a year long before a page with no numbered sections is a story's background, not its year
    ("a year long before in a story",
     "2015年,全县开始发展电商。\n如今全县网店达到1.6万家。\n",
     [{"value": 16_000, "period_start": None, "period_end": "2023-03-21"}]),
]

TITLE_YEAR_MIDYEAR = [
    ("a communiqué's title year, the page put online in that year's June: the whole year, not so far",
     "2021年某县国民经济和社会发展统计公报\n\n2021年,全县经济稳中有进。\n一、综合\n"
     "2021年全县实现地区生产总值87.4亿元,比上年增长8%。其中:第一产业增加值15.8亿元,比上年增长10.6%。\n",
     [{"value": 8_740_000_000, "period_start": "2021-01-01", "period_end": "2021-12-31"},
      {"value": 8, "period_start": "2021-01-01", "period_end": "2021-12-31"},
      {"value": 1_580_000_000, "period_start": "2021-01-01", "period_end": "2021-12-31"},
      {"value": 10.6, "period_start": "2021-01-01", "period_end": "2021-12-31"}]),
]

THIS_MONTH_DAYS = [
    ("a day of this month ends a running total",
     "截止到本月23日,全市法院共受理各类案件5.01万件。\n",
     [{"value": 50_100, "period_start": None, "period_end": "2017-12-23"}]),
    ("with 截至 and 当月", "截至当月20日,全市共受理各类案件5.01万件。\n",
     [{"value": 50_100, "period_start": None, "period_end": "2017-12-20"}]),
    ("a day of this month an event happened on", "本月13日,尼日尔一警察局遭到武装人员袭击,造成3人死亡。\n",
     [{"value": 3, "period_start": "2017-12-13", "period_end": "2017-12-13"}]),
    # negative: a bare 本月 still names the month in force
    ("a bare 本月", "11月份全市经济运行平稳;本月受理诉求1200件。\n",
     [{"value": 1200, "period_start": "2017-11-01", "period_end": "2017-11-30"}]),
]

UNDATED_STORIES = [
    ("two years named as often and a day of last year: the story's date is unknown, its 去年 undated",
     "1月4日,在沭阳县十七届人大三次会议上,县长透露,去年全县电商交易额达280亿元。\n去年12月15日晚,央视报道了某镇。\n"
     "某镇的变化始于2006年。某网店店主说,2018年他共接到2.8万个订单。\n",
     [{"value": 28_000_000_000, "region": "沭阳县", "period_start": None, "period_end": None}]),
]

YEAR_2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

REPORT_SECTIONS = [
    ("a work report story's review year dates the counts and rates of its sub-headed parts",
     "2022年,全市检察机关一共办理案件41200件,约占全省同类案件的八分之一,有些案例被评为优秀案例。\n"
     "文/广州日报全媒体记者王某\n"
     "1月10日上午,佛山市人民检察院检察长在佛山市人大会议上作了工作报告,要求全市检察机关在新的一年里继续担当作为。\n"
     "安全佛山\n"
     "公益诉讼案件明显增多\n"
     "“惩防结合”守护一方平安。报告显示,2022年,市检察机关持续依法严厉打击各类刑事犯罪,保持高压态势。\n"
     "围绕基层社会治理,开展源头治理专项行动,全年发出社会治理类检察建议88份,被采纳比率为100%。\n"
     "聚焦城市公共安全,办理安全生产领域公益诉讼案件150件,督促有关部门消除各类隐患问题2万余处。\n",
     [{"value": 41200, **YEAR_2022}, {"value": 12.5, **YEAR_2022},
      {"value": 88, **YEAR_2022}, {"value": 100, **YEAR_2022}, {"value": 150, **YEAR_2022}]),
    # negative: a story that tells of no work report keeps the paper's day for its later parts' counts
    ("no work report",
     "2022年,全市检察机关一共办理案件41200件,约占全省同类案件的八分之一,有些案例被评为优秀案例。\n"
     "文/广州日报全媒体记者王某\n"
     "1月10日上午,佛山市召开全市安全生产工作会议,市长要求全市各有关部门在新的一年里守住安全底线。\n"
     "安全佛山\n"
     "公益诉讼案件明显增多\n"
     "“惩防结合”守护一方平安。会议通报,市检察机关持续依法严厉打击各类刑事犯罪,保持高压态势。\n"
     "聚焦城市公共安全,办理安全生产领域公益诉讼案件150件,督促有关部门消除各类隐患问题2万余处。\n",
     [{"value": 41200, **YEAR_2022}, {"value": 12.5, **YEAR_2022},
      {"value": 150, "period_start": None, "period_end": "2023-01-12"}]),
]

FIVE_YEARS = {"period_start": "2017-01-01", "period_end": "2021-12-31"}
YEAR_2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

REVIEW_TOPICS = [
    ("a run-in topic in a paragraph opened by its five years goes back to them after a year's highlight",
     "五年来,我们坚持量质并举,转型态势稳健。产业层次稳步提升。2021年,三大优势产业总产值达到600亿元。"
     "创新要素加速集聚。建成人才公寓536套,引进本科以上大学生5130名。\n",
     [{"value": 60_000_000_000, **YEAR_2021}, {"value": 536, **FIVE_YEARS}, {"value": 5130, **FIVE_YEARS}]),
    # negative: with no topic between, the year goes on
    ("no run-in topic: the year goes on",
     "五年来,我们坚持量质并举,转型态势稳健。2021年,三大优势产业总产值达到600亿元。建成人才公寓536套。\n",
     [{"value": 60_000_000_000, **YEAR_2021}, {"value": 536, **YEAR_2021}]),
]

MONTHLY_ISSUES = [
    ("a year's issue out the month after its number's month: that month's report, its bare 本月 that month",
     "某市12345政务服务便民热线\n2023年第5期(总第74期)\n一、群众诉求分析\n本月受理各类诉求3.8万件,同比下降24.85%。\n",
     [{"value": 38_000, "period_start": "2023-05-01", "period_end": "2023-05-31"},
      {"value": -24.85, "period_start": "2023-05-01", "period_end": "2023-05-31"}]),
    # negative: an issue number that is no month (out long after it) says nothing of the time
    ("a weekly's issue number",
     "某市12345政务服务便民热线\n2023年第23期(总第74期)\n一、群众诉求分析\n本月受理各类诉求3.8万件,同比下降24.85%。\n",
     [{"value": 38_000, "period_start": None, "period_end": None},
      {"value": -24.85, "period_start": None, "period_end": None}]),
]

H1_2022 = {"period_start": "2022-01-01", "period_end": "2022-06-30"}

REPORT_DATA_PAGES = [
    ("a report's data pages under its headings open with their half year and a place's procuratorate: the report's span",
     "一、刑事检察工作\n(一)审查逮捕工作\n1.受案情况\n"
     "2022年上半年,吴中区人民检察院共受理各类审查逮捕案件71件,审结各类审查逮捕案件69件,同比下降0.9%。\n"
     "(二)未成年人检察工作\n1.审查逮捕未成年人犯罪案件情况\n"
     "共受理审查逮捕未成年人犯罪案件8件9人,批准逮捕未成年人犯罪嫌疑人8件8人,不批准逮捕1人。\n",
     [{"value": 71, "region": "吴中区", "subject": "人民检察院受理各类审查逮捕案件", **H1_2022},
      {"value": 69, "region": "吴中区", **H1_2022}, {"value": -0.9, "region": "吴中区", **H1_2022},
      {"value": 8, "unit": "件", **H1_2022}, {"value": 9, "unit": "人", **H1_2022},
      {"value": 8, "unit": "件", **H1_2022}, {"value": 8, "unit": "人", **H1_2022}, {"value": 1, **H1_2022}]),
    # negative: the page's day, when its opening half year is long before it
    ("a half year long before",
     "一、刑事检察工作\n(一)审查逮捕工作\n1.受案情况\n"
     "2019年上半年,吴中区人民检察院共受理各类审查逮捕案件71件,审结各类审查逮捕案件69件,同比下降0.9%。\n"
     "(二)未成年人检察工作\n1.审查逮捕未成年人犯罪案件情况\n"
     "共受理审查逮捕未成年人犯罪案件8件9人,批准逮捕未成年人犯罪嫌疑人8件8人,不批准逮捕1人。\n",
     [{"value": 71, "period_end": "2019-06-30"}, {"value": 69, "period_end": "2019-06-30"},
      {"value": -0.9, "period_end": "2019-06-30"}, {"value": 8, "period_end": "2022-07-20"},
      {"value": 9, "period_end": "2022-07-20"}, {"value": 8, "period_end": "2022-07-20"},
      {"value": 8, "period_end": "2022-07-20"}, {"value": 1, "period_end": "2022-07-20"}]),
]

CASE_PARTS = [
    ("a case count's parts named by no case word: covid counts of the bulletin's place, their origins and nationality kept",
     "截至8月19日24时,大连市累计报告境外输入性确诊病例73例,出院病例68例,在院5例(其中轻型1例,普通型4例)。\n"
     "境外输入性确诊病例中:美国输入病例19例,新加坡输入1例,玻利维亚输入1例(其中中国籍2例)。\n",
     [{"value": 73, "family": "covid"}, {"value": 68, "family": "covid"}, {"value": 5, "family": "covid"},
      {"value": 1, "family": "covid", "subject": "轻型"}, {"value": 4, "family": "covid", "subject": "普通型"},
      {"value": 19, "family": "covid", "region": "大连市"},
      {"value": 1, "family": "covid", "subject": "新加坡输入", "region": "大连市"},
      {"value": 1, "family": "covid", "subject": "玻利维亚输入", "region": "大连市"},
      {"value": 2, "family": "covid", "subject": "中国籍", "region": "大连市"}]),
    ("a nationality names no place", "截至8月19日24时,大连市境外输入确诊病例中,菲律宾籍2例。\n",
     [{"value": 2, "family": "covid", "subject": "菲律宾籍", "region": "大连市"}]),
    # negative: a count told in a story, with no breakdown, stays as it was
    ("a story's count", "他在同学群里转发信息称“确诊了7例SARS”。\n", []),
]

JAN_NOV = {"period_start": "2023-01-01", "period_end": "2023-11-30"}

RESPECTIVE_AGAIN = [
    ("a measure named alone spread over as many figures as the list before it goes to that list's items",
     "1-11月,全区同城、异地、国际快递业务量分别占全部快递业务量的13.2%、86.2%和0.6%;"
     "业务收入分别占全部快递收入的6.1%、52.4%和1.5%。\n",
     [{"value": 13.2, "subject": "同城快递业务量占比", **JAN_NOV}, {"value": 86.2, "subject": "异地快递业务量占比"},
      {"value": 0.6, "subject": "国际快递业务量占比"}, {"value": 6.1, "subject": "同城业务收入占比", **JAN_NOV},
      {"value": 52.4, "subject": "异地业务收入占比"}, {"value": 1.5, "subject": "国际业务收入占比"}]),
    ("the items' own last word stays theirs",
     "新兴产业、高技术产业、装备制造业增加值分别增长20.6%、16.9%、17.3%,占规模以上工业比重分别为27.1%、40.5%、30.9%,"
     "比上年提高3.9、2.0、2.9个百分点。\n",
     [{"value": 20.6, "subject": "新兴产业增加值"}, {"value": 16.9, "subject": "高技术产业增加值"},
      {"value": 17.3, "subject": "装备制造业增加值"},
      {"value": 27.1, "subject": "新兴产业占规模以上工业比重"}, {"value": 40.5, "subject": "高技术产业占规模以上工业比重"},
      {"value": 30.9, "subject": "装备制造业占规模以上工业比重"},
      {"value": 3.9, "subject": "新兴产业占规模以上工业比重"}, {"value": 2, "subject": "高技术产业占规模以上工业比重"},
      {"value": 2.9, "subject": "装备制造业占规模以上工业比重"}]),
    # negative: a base spread over the list is no measure of its items
    ("a base spread over the list",
     "2017年稻谷、小麦、玉米的每公顷产量分别为6916.9公斤、5481.2公斤、6110.3公斤,比世界平均水平分别高50.1%、55.2%、6.2%。\n",
     [{"value": 6916.9, "subject": "稻谷的每公顷产量"}, {"value": 5481.2, "subject": "小麦的每公顷产量"},
      {"value": 6110.3, "subject": "玉米的每公顷产量"}]),
]

COMPARISON_TAILS = [
    ("a comparison's first word left at a subject's end is cut off",
     "今年一季度,甲国同中国的贸易顺差为43.3亿美元,远高于上年同期的29.6亿美元。\n",
     [{"value": 4_330_000_000, "subject": "同中国的贸易顺差"}, {"value": 2_960_000_000, "subject": "同中国的贸易顺差"}]),
    ("远超 before a base", "截至4月22日,已有96款5G手机终端获得入网许可,远超去年12月底的39款。\n",
     [{"value": 96, "subject": "获得入网许可的5G手机终端"},
      {"value": 39, "subject": "获得入网许可的5G手机终端", "period_end": "2019-12-31"}]),
    # negative: a word that ends in such a character keeps it
    ("a word ending in 远", "该项目影响深远,总投资30亿元。\n", [{"value": 3_000_000_000}]),
]

BUSINESS_ACCOUNTS = [
    ("a sector's business account named alone after another of them takes its owner",
     "去年全省邮政企业和规模以上快递企业业务总量完成114.1亿元,同比增长45%;业务收入完成98.6亿元,同比增长37.5%。\n",
     [{"value": 11_410_000_000, "subject": "邮政企业和规模以上快递企业业务总量"}, {"value": 45},
      {"value": 9_860_000_000, "subject": "邮政企业和规模以上快递企业业务收入"},
      {"value": 37.5, "subject": "邮政企业和规模以上快递企业业务收入"}]),
    # negative: an account named with its own owner keeps it
    ("its own owner", "全省快递业务量完成4.45亿件;邮政业务收入完成61.6亿元。\n",
     [{"value": 445_000_000, "subject": "快递业务量"}, {"value": 6_160_000_000, "subject": "邮政业务收入"}]),
]

RUN_IN_TITLES = [
    ("a report's titles run together with its first lines after a garbled one: the titles' year, place and kind",
     "(安徽?。?022年宿州市泗县国民经济和社会发展统计公报\n2022年泗县经济社会发展统计公报\n(2023年3月30日)\n"
     "2022年全县上下坚持稳中求进工作总基调,经济运行稳中向好。\n一、综合\n全县年末常住人口70.2万人。全年地方财政一般公共预算收入"
     "12.5亿元,同比增长6.3%。\n",
     [{"value": 702_000, "region": "泗县", "period_start": None, "period_end": "2022-12-31"},
      {"value": 1_250_000_000, "region": "泗县", "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 6.3, "region": "泗县", "period_start": "2022-01-01", "period_end": "2022-12-31"}]),
    # negative: a communiqué a sentence cites is no title of the page (its year is the story's, `story_report_year`)
    ("a cited communiqué", "国家统计局发布了《2022年国民经济和社会发展统计公报》。全年粮食产量6.9亿吨,比上年增长0.5%。\n",
     [{"value": 690_000_000, "region": "全国", "period_start": "2022-01-01", "period_end": "2022-12-31"},
      {"value": 0.5, "region": "全国", "period_start": "2022-01-01", "period_end": "2022-12-31"}]),
]

EXTRAS_SINCE_NEW_YEAR = [
    ("how much more was added than a year before, after an amount added since the year's start: the same span",
     "3月末,全省人民币各项贷款余额1.6万亿元;较年初增加906.1亿元,同比多增49.6亿元。\n",
     [{"value": 1_600_000_000_000, "period_start": None, "period_end": "2016-03-31"},
      {"value": 90_610_000_000, "period_start": "2016-01-01", "period_end": "2016-03-31"},
      {"value": 4_960_000_000, "period_start": "2016-01-01", "period_end": "2016-03-31"}]),
]

HOTLINE_PARTS = [
    ("a service line's calls broken down by how they were handled: hotline parts",
     "2月11日至17日,哈尔滨“12345”热线共接听来电4.4万件。其中,直接解答3.4万件,电话交办388件。\n",
     [{"value": 44_000, "family": "hotline", "indicator": "hotline.contacts_total"},
      {"value": 34_000, "family": "hotline", "subject": "直接解答"},
      {"value": 388, "family": "hotline", "subject": "电话交办"}]),
    # negative: a court's cases broken down are no service line's
    ("a court's cases", "全市法院共受理案件5000件。其中,审结4800件。\n",
     [{"value": 5000, "family": "other"}, {"value": 4800, "family": "other"}]),
]

TABLES = [
    (REVIEW_OPENINGS, date(2023, 3, 21), "page.txt"),
    (TITLE_YEAR_MIDYEAR, date(2021, 6, 15), "page.txt"),
    (THIS_MONTH_DAYS, date(2017, 12, 29), "news.txt"),
    (UNDATED_STORIES, None, "story.txt"),
    (REPORT_SECTIONS, date(2023, 1, 12), "fs-news.txt"),
    (REVIEW_TOPICS, date(2022, 1, 30), "report.txt"),
    (MONTHLY_ISSUES, date(2023, 6, 19), "hotline.txt"),
    (REPORT_DATA_PAGES, date(2022, 7, 20), "page.txt"),
    (CASE_PARTS, date(2020, 8, 20), "bulletin.txt"),
    (RESPECTIVE_AGAIN, date(2023, 12, 20), "release.txt"),
    (COMPARISON_TAILS, date(2020, 5, 7), "news.txt"),
    (BUSINESS_ACCOUNTS, date(2014, 2, 10), "news.txt"),
    (RUN_IN_TITLES, date(2023, 4, 1), "page.txt"),
    (EXTRAS_SINCE_NEW_YEAR, date(2016, 4, 20), "release.txt"),
    (HOTLINE_PARTS, date(2021, 2, 18), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round67_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
