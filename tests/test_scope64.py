"""Scopes of round 64: a chart's caption printed after a paragraph's last sentence (`…领域。图3诉求内容分类图`) stands
apart, so the numbered item on the next line is read alone; a bare verb with its owner (`中央财政发行`) names the thing the
amount after it names, up to what it is for (`用于…`).
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

Q3_2021 = {"period_start": "2021-07-01", "period_end": "2021-09-30"}

HEZE = "菏泽市12345热线2021年第三季度运行分析\n\n本季度,菏泽市12345政务服务便民热线共受理群众诉求52100件,较上年同期增长8.2%。\n\n"
HEZE_FACTS = [{"value": 52100, "indicator": "hotline.contacts_total", "region": "菏泽市", **Q3_2021},
              {"value": 8.2, "region": "菏泽市", **Q3_2021}]

TRAILING_CAPTIONS = [
    ("a caption after a paragraph's last sentence stands apart: the next line's item is a category of its own",
     HEZE + "从诉求内容看,物业管理、交通出行、市容环境等方面是群众反映较为集中的领域。图2诉求内容分类图\n\n"
     "1.物业管理问题8400件,主要集中在小区停车、电梯维修等方面。\n\n2.交通出行问题6100件。\n",
     [*HEZE_FACTS, {"value": 8400, "subject": "物业管理问题", "indicator": "hotline.count", **Q3_2021},
      {"value": 6100, "subject": "交通出行问题", "indicator": "hotline.count", **Q3_2021}]),
    ("a table's caption with its number and a colon",
     HEZE + "各类诉求中,咨询类最多。表1:诉求性质分布\n\n1.咨询类诉求23000件,占44.1%。\n",
     [*HEZE_FACTS, {"value": 23000, "subject": "咨询", "indicator": "hotline.category_count", **Q3_2021},
      {"value": 44.1, "subject": "咨询", "indicator": "hotline.category_share", **Q3_2021}]),
    # negative: a sentence pointing at a chart is no caption, and the chart's number is no count (`2所`)
    ("a chart pointed at inside a sentence",
     HEZE + "如图2所示,物业管理问题8400件,交通出行问题6100件。\n",
     [*HEZE_FACTS, {"value": 8400, "subject": "物业管理问题", **Q3_2021},
      {"value": 6100, "subject": "交通出行问题", **Q3_2021}]),
    ("schools counted are a count", HEZE + "本季度全市新建学校2所。\n",
     [*HEZE_FACTS, {"value": 2, "unit": "所", **Q3_2021}]),
]

OWNED_VERBS = [
    ("a bare verb with its owner names the thing the amount after it names",
     "中央财政将发行1万亿元抗疫特别国债,全部转给地方。\n",
     [{"value": 1_000_000_000_000, "subject": "中央财政发行抗疫特别国债"}]),
    ("the thing ends before what it is for",
     "支持金融机构发行3000亿元小微金融债券以发放小微贷款。\n",
     [{"value": 300_000_000_000, "subject": "支持金融机构发行小微金融债券"}]),
    ("a use after the thing", "省财政下达5亿元衔接资金用于产业发展。\n",
     [{"value": 500_000_000, "subject": "省财政下达衔接资金(用于产业发展)"}]),
    # negative: a list after the amount names no one thing; the verb keeps its subject
    ("a list of kinds after the amount", "南京市公开发放3.18亿元餐饮、体育等品类电子消费券。\n",
     [{"value": 318_000_000, "subject": "公开发放"}]),
    # negative: a thing applied to a use (`应用于`) still ends at its own name
    ("things applied to a use", "由该材料制造的6.5万辆货车应用于重载铁路。\n",
     [{"value": 65000, "unit": "辆"}]),
]

Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}

BAR_CELLS = [
    ("a scraped table a cell a line, closed by bars, opens no article: the city goes on under it",
     "2018年,磐石市经济运行总体平稳。\n一、综合\n初步核算,全市地区生产总值比上年增长5.2%。\n"
     "表1 2018年年末人口数及其构成\n指标 |\n年末数(人) |\n|\n全市总人口 |\n506427 |\n"
     "年末全市商品房待售面积11.1万平方米。\n",
     [{"value": 5.2, "region": "磐石市", **Y2018},
      {"value": 111_000, "subject": "商品房待售面积", "region": "磐石市"}]),
    # negative: a row of cells split by bars on one line is a row, as before
    ("a row a line", "2018年,磐石市经济运行总体平稳。\n指标 | 单位 | 绝对数\n全市总人口 | 人 | 506427\n"
     "年末全市商品房待售面积11.1万平方米。\n",
     [{"value": 506_427, "region": "磐石市"},
      {"value": 111_000, "subject": "商品房待售面积", "region": "磐石市"}]),
]

Y2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

ESTIMATE_BASES = [
    ("an estimate note naming its base after `预计` covers the figures below it, and the level whose change it follows",
     "湘潭县人民政府工作报告\n一、2022年工作回顾\n全年完成地区生产总值595亿元,增长5.5%(预计,同比,下同);"
     "固定资产投资307亿元,增长8%。\n",
     [{"value": 59_500_000_000, "status": "estimate", **Y2022}, {"value": 5.5, "status": "estimate", **Y2022},
      {"value": 30_700_000_000, "status": "estimate", **Y2022}, {"value": 8, "status": "estimate", **Y2022}]),
    # negative: a level in a clause of its own before the note's change stays actual
    ("a level before another clause",
     "湘潭县人民政府工作报告\n一、2022年工作回顾\n全年完成地区生产总值595亿元;固定资产投资增长8%(预计)。\n",
     [{"value": 59_500_000_000, "status": "actual", **Y2022}, {"value": 8, "status": "estimate", **Y2022}]),
]

ZONES = [
    ("a development zone named by its own name opening its clause is a region of its own",
     "湘潭县人民政府工作报告\n一、2022年工作回顾\n天易经开区实现技工贸总收入1200亿元;规模工业总产值790亿元,增长14%。\n",
     [{"value": 120_000_000_000, "region": "天易经开区", **Y2022},
      {"value": 79_000_000_000, "region": "天易经开区", **Y2022}, {"value": 14, "region": "天易经开区", **Y2022}]),
    # negatives: a bare development zone or a class of zones names none
    ("zones of a class", "湘潭县人民政府工作报告\n一、2022年工作回顾\n全县各经开区实现技工贸总收入1500亿元。\n",
     [{"value": 150_000_000_000, "region": "湘潭县", **Y2022}]),
    ("an industrial park", "湘潭县人民政府工作报告\n一、2022年工作回顾\n易俗河工业园区实现产值80亿元。\n",
     [{"value": 8_000_000_000, "region": "湘潭县", **Y2022}]),
]

Y2019 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}

APPRAISAL_YEARS = [
    ("the year of an appraisal a rank is told in dates that sentence only: the items after it keep the reviewed year",
     "2020年东宝区政府工作报告\n2019年,全区实现地区生产总值369亿元,增长7.6%。在2018年度全省县域经济考核中,跃居一类县市区第四名。\n"
     "——抓招商建项目,有效投资持续扩大。引进亿元以上项目60个。\n",
     [{"value": 36_900_000_000, **Y2019}, {"value": 7.6, **Y2019}, {"value": 60, **Y2019}]),
    # negative: a year that opens the sentence of figures dates the items after it
    ("a year opening a sentence of figures",
     "2020年东宝区政府工作报告\n2019年,全区实现地区生产总值369亿元。2018年度,全区考核排名第四,财政收入12亿元。\n"
     "——抓招商建项目,有效投资持续扩大。引进亿元以上项目60个。\n",
     [{"value": 36_900_000_000, **Y2019}, {"value": 1_200_000_000, **Y2018}, {"value": 60, **Y2018}]),
]

WRAPPED_TITLES = [
    ("a report's title on the first line of a hard-wrapped page is a title, not the lead's first words: the report is "
     "a work report of its district, its session's year the title's",
     "2020 年东宝区政府工作报告\n12 月 25 日,东宝区第八届人民代表大会第五次会议隆\n重开幕。区长代表区政府向大会作报告。摘要如\n"
     "下:过去一年,全区地区生产总值增长 7.6%,固定资产投\n资增长 11.8%,社会消费品零售总额增长 11.4%。\n",
     [{"value": 7.6, "region": "东宝区", **Y2019}, {"value": 11.8, "region": "东宝区", **Y2019},
      {"value": 11.4, "region": "东宝区", **Y2019}]),
]

Q1_2021 = {"period_start": "2021-01-01", "period_end": "2021-03-31"}

CREDITS_FIRST = [
    ("a photo's caption with its credit bracketed after it is a paragraph of its own, no article: the breakdown after "
     "it keeps the lead's quarter",
     "4月21日,自贡市统计局发布数据显示,2021年一季度自贡市地区生产总值为359.83亿元,同比增长16.0%。\n"
     "美丽自贡(摄影 廖志全)\n从三次产业看,第一产业增加值为29.56亿元,同比增长10.7%。\n",
     [{"value": 35_983_000_000, **Q1_2021}, {"value": 16, **Q1_2021},
      {"value": 2_956_000_000, "region": "自贡市", **Q1_2021}, {"value": 10.7, "region": "自贡市", **Q1_2021}]),
    # negative: a bracketed aside that credits no one is no caption: the line heads an article of its own, which no
    # day dates
    ("a bracketed aside", "4月21日,自贡市统计局发布数据显示,2021年一季度自贡市地区生产总值为359.83亿元。\n"
     "工业生产(规模以上)\n规模以上工业增加值增长15.6%。\n",
     [{"value": 35_983_000_000, **Q1_2021},
      {"value": 15.6, "subject": "规模以上工业增加值", "period_start": None, "period_end": None}]),
]

Y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
JAN_AUG_2019 = {"period_start": "2019-01-01", "period_end": "2019-08-31"}

MEASURED_PARTS = [
    ("the classes of a price level's rise are that price's",
     "某市2021年国民经济和社会发展统计公报\n全年驻马店市居民消费价格(CPI)总水平比上年上涨0.7%,其中:食品烟酒类上涨0.4%;"
     "衣着类下降1.7%。\n",
     [{"value": 0.7, "indicator": "growth.cpi", **Y2021}, {"value": 0.4, "subject": "食品烟酒类消费价格", **Y2021},
      {"value": -1.7, "subject": "衣着类消费价格", **Y2021}]),
    ("industries listed by their rank in a measure are that measure's",
     "1—8月,南通全市规模以上工业增加值增长7.3%。按累计增加值排名前十的行业中,汽车制造业增长19.7%,电气机械和器材制造业增长19.2%。\n",
     [{"value": 7.3, **JAN_AUG_2019}, {"value": 19.7, "subject": "汽车制造业增加值", **JAN_AUG_2019},
      {"value": 19.2, "subject": "电气机械和器材制造业增加值", **JAN_AUG_2019}]),
    ("a bare measure listed after a set of firms' measure is that set's",
     "1-8月,南通全市规模工业增加值、产值同比分别增长7.3%和10.2%。\n",
     [{"value": 7.3, "subject": "规模工业增加值", **JAN_AUG_2019},
      {"value": 10.2, "subject": "规模工业产值", **JAN_AUG_2019}]),
    # negative: a measure of its own listed after a set of firms' measure keeps its subject
    ("a measure of its own listed after", "1-8月,南通全市规模工业增加值、工业用电量同比分别增长7.3%和2.3%。\n",
     [{"value": 7.3, "subject": "规模工业增加值", **JAN_AUG_2019},
      {"value": 2.3, "subject": "工业用电量", **JAN_AUG_2019}]),
]

H1_2013 = {"period_start": "2013-01-01", "period_end": "2013-06-30"}

SIZE_CLASSES = [
    ("a range of amounts before the things counted in that size class is the class's bounds, no fact",
     "上半年,三河市在项目规模上,投资1-10亿元的项目61个、10-50亿元的项目15个、50亿元以上的项目1个。\n",
     [{"value": 61, "subject": "投资1-10亿元的项目", **H1_2013}, {"value": 15, "subject": "10-50亿元的项目", **H1_2013},
      {"value": 1, "subject": "50亿元以上的项目", **H1_2013}]),
    # negative: a range of a total the sentence tells is a fact
    ("a range told as a total", "上半年,三河市项目计划总投资10-15亿元,已开工项目12个。\n",
     [{"value": 1_000_000_000, "value_high": 1_500_000_000, **H1_2013}, {"value": 12, **H1_2013}]),
]

APR20 = {"period_start": "2020-04-20", "period_end": "2020-04-20"}

PAGE_AND_PERSON_COUNTS = [
    ("a page's view counter is no figure",
     "某市2021年国民经济和社会发展统计公报\n时间:2022-04-26 15:05:49 来源:驻马店市统计局 点击:649次\n"
     "全年驻马店市粮食总产量172.56亿斤。\n",
     [{"value": 17_256_000_000, "unit": "斤"}]),
    ("a patient described as a case's contact gives no count of contacts",
     "2020年4月20日0时至24时,佛山市报告新增确诊病例1例。\n新增确诊病例情况如下:36岁男性患者,现居住于佛山市南海区,"
     "为近期1例确诊病例的密切接触者。\n",
     [{"value": 1, "indicator": "covid.new_confirmed", **APR20}]),
    # negative: contacts counted of a case are a count
    ("contacts of a case counted", "2020年4月20日0时至24时,佛山市报告新增确诊病例1例,追踪到该病例的密切接触者12人。\n",
     [{"value": 1, "indicator": "covid.new_confirmed", **APR20}, {"value": 12, "unit": "人"}]),
]

UNSAID_LEVELS = [
    ("levels of a list sharing its measure, listed with `分别` unsaid, are the items' in order",
     "2022年,城镇和农村居民人均可支配收入44178元、25396元,分别增长4.5%、6.5%。\n",
     [{"value": 44178, "subject": "城镇居民人均可支配收入", **Y2022},
      {"value": 25396, "subject": "农村居民人均可支配收入", **Y2022},
      {"value": 4.5, "indicator": "growth.disposable_income_urban", **Y2022},
      {"value": 6.5, "indicator": "growth.disposable_income_rural", **Y2022}]),
    ("products sharing their measure", "2022年,全县粮食和油料产量52万吨、3万吨。\n",
     [{"value": 520_000, "subject": "粮食产量", **Y2022}, {"value": 30_000, "subject": "油料产量", **Y2022}]),
    # negative: items sharing no measure are no such list: the levels keep the clause's subject, as before
    ("items sharing no measure", "2022年,该机组的烟尘、二氧化硫排放约为2.7毫克/立方米、2毫克/立方米。\n",
     [{"value": 2.7, "subject": "该机组的烟尘、二氧化硫排放", **Y2022},
      {"value": 2, "subject": "该机组的烟尘、二氧化硫排放", **Y2022}]),
]

FEB_2020 = {"period_start": "2020-02-01", "period_end": "2020-02-29"}
GUANGDE = "2020年2月“12345”政府服务热线办理情况的报告\n宣城市政务公开办:\n现将2月份广德市“12345”政府服务热线电话办理情况报告如下:\n" \
    "一、政府服务热线电话办理情况\n"

HOTLINE_DAYS = [
    ("a day's average written with its act is the line's daily average, of the place the report is about; a quoted "
     "service line is no platform of its own",
     GUANGDE + "2月份,广德市“12345”政府服务热线共受理各类来电1320件,日均受理46件。其中,咨询类1077件。\n",
     [{"value": 1320, "indicator": "hotline.contacts_total", "region": "广德市", **FEB_2020},
      {"value": 46, "indicator": "hotline.daily_average", "region": "广德市", **FEB_2020},
      {"value": 1077, "indicator": "hotline.category_count", "region": "广德市", **FEB_2020}]),
    # negative: a day's count of one day is no average
    ("one day's count", GUANGDE + "2月份,广德市“12345”政府服务热线共受理各类来电1320件,其中2月10日受理86件。\n",
     [{"value": 1320, "indicator": "hotline.contacts_total", "region": "广德市", **FEB_2020},
      {"value": 86, "region": "广德市", "period_start": "2020-02-10", "period_end": "2020-02-10"}]),
]

H1_2018 = {"period_start": "2018-01-01", "period_end": "2018-06-30"}

KEPT_WORDS = [
    ("a share of a year's plan keeps the plan: the base is the plan, not the year's result",
     "今年上半年,江门全市重点项目累计完成投资349.4亿元,占年度投资计划的56.5%。\n",
     [{"value": 34_940_000_000, **H1_2018}, {"value": 56.5, "subject": "重点项目累计完成投资(占年度投资计划)", **H1_2018}]),
    ("eating out is one word: its `在` stays", "今年上半年,江门全市居民消费价格上涨1.2%,其中在外餐饮价格上涨2.1%。\n",
     [{"value": 1.2, **H1_2018}, {"value": 2.1, "subject": "在外餐饮价格", **H1_2018}]),
    # negative: a plan word after a measure names a target
    ("a plan named after its measure", "今年上半年,江门全市重点项目计划投资120亿元。\n",
     [{"value": 12_000_000_000, "status": "target"}]),
]

JAN_MAY_2023 = {"period_start": "2023-01-01", "period_end": "2023-05-31"}

FLAT_WITH = [
    ("flat with another thing is no growth of 0", "2022年,新余市外贸进出口总值突破500亿元,出口与进口规模基本持平。\n",
     [{"value": 50_000_000_000, "qualifier": "more_than", **Y2022}]),
    ("a rate flat with earlier months is no year-on-year change",
     "1—5月,全省规模以上工业增加值同比增长7.6%,增速与1—4月持平。\n",
     [{"value": 7.6, **JAN_MAY_2023}]),
    ("industries named whole in a list share no measure with the last one's end",
     "1—4月,全省规模以上服务业营业收入增长10.2%,其中,居民服务业、文体娱乐业、卫生和社会工作分别增长25.7%、25.4%、18.8%。\n",
     [{"value": 10.2}, {"value": 25.7, "subject": "规模以上居民服务业营业收入"},
      {"value": 25.4, "subject": "规模以上文体娱乐业营业收入"}, {"value": 18.8, "subject": "规模以上卫生和社会工作营业收入"}]),
    ("flat with last week", "本周大米、面粉价格均与上周持平。\n", []),
    # negatives: flat with the year before is a growth of 0
    ("flat with the year before", "2022年,全市粮食产量与上年持平。\n", [{"value": 0, **Y2022}]),
    ("flat with the same month a year before", "4月份,限额以上单位汽车类商品零售额与上年同月基本持平。\n",
     [{"value": 0, "qualifier": "approx", "period_start": "2023-04-01", "period_end": "2023-04-30"}]),
]

H1_2014 = {"period_start": "2014-01-01", "period_end": "2014-06-30"}

RATE_RUNS = [
    ("after a level, its change and the change's move, a share is the level's (a pull keeps its own words, as lists of "
     "pulls name them)",
     "1-6月全市限额以上单位完成社零总额484.5亿元,同比增长15.2%,增幅较去年同期提高2.1个百分点,占全部消费品零售总额的54.9%,"
     "拉动全市社零总额增长9.6个百分点。\n",
     [{"value": 48_450_000_000, **H1_2014}, {"value": 15.2, **H1_2014},
      {"value": 2.1, "subject": "限额以上单位完成社零总额增幅", **H1_2014},
      {"value": 54.9, "subject": "限额以上单位完成社零总额(占全部消费品零售总额)", **H1_2014},
      {"value": 9.6, "subject": "拉动全市社零总额", **H1_2014}]),
    # negative: a pull on jobs is a figure of its own
    ("a pull on jobs", "1-6月全市限额以上单位完成社零总额484.5亿元,拉动就业1.2万人。\n",
     [{"value": 48_450_000_000, **H1_2014}, {"value": 12_000, "subject": "拉动就业", **H1_2014}]),
]

SESSION_DAYS = [
    ("the day a session's work report was delivered dates no figure, nor does the title's session year: the review's "
     "undated figures are the reviewed year's",
     "2020年东宝区政府工作报告\n12月25日,东宝区第八届人民代表大会第五次会议隆重开幕。区长代表区政府作报告。\n"
     "2019年,全区实现地区生产总值369亿元,增长7.6%。\n——抓招商建项目,有效投资持续扩大。引进亿元以上项目60个。\n",
     [{"value": 36_900_000_000, **Y2019}, {"value": 7.6, **Y2019}, {"value": 60, **Y2019}]),
    # negative: a news story's lead day is when its figures stand
    ("a story's lead day", "东宝区项目建设提速\n12月25日,记者从东宝区发改局获悉,全区已引进亿元以上项目60个。\n",
     [{"value": 60, "period_start": None, "period_end": "2019-12-26"}]),
]

MAY_DAY_2020 = {"period_start": "2020-05-01", "period_end": "2020-05-05"}

HOLIDAY_QUOTES = [
    ("a holiday quoted in single quotes inside a quotation is the holiday",
     "“‘五一’期间,店里客流大增,到店客流也增长了2倍。”\n", [{"value": 2, "unit": "倍", **MAY_DAY_2020}]),
    ("the holiday's days with double quotes", "“五一”期间,店里到店客流增长了2倍。\n", [{"value": 2, **MAY_DAY_2020}]),
    # negative: after the holiday is no holiday
    ("after the holiday", "‘五一’假期后,发电量每天增长5%至6%。\n",
     [{"value": 5, "value_high": 6, "period_start": None, "period_end": "2020-05-23"}]),
]

H1_2022 = {"period_start": "2022-01-01", "period_end": "2022-06-30"}

FIRM_SETS = [
    ("measures named alone after a set of firms' measure are the set's series",
     "上半年,三河市规模以上工业企业实现主营业务收入120亿元,利润8.2亿元,利税38.6亿元。\n",
     [{"value": 12_000_000_000, **H1_2013}, {"value": 820_000_000, "subject": "规模以上工业企业利润", **H1_2013},
      {"value": 3_860_000_000, "subject": "规模以上工业企业利税", **H1_2013}]),
    ("a division by class of a set's total: items naming the total's measure are counted in the set",
     "上半年,张掖全市规模以上工业增加值同比增长12.1%。从规模以上工业三大门类看,采矿业增加值同比增长2.7%,"
     "制造业增加值同比增长26.6%。\n",
     [{"value": 12.1, **H1_2022}, {"value": 2.7, "subject": "规模以上采矿业增加值", **H1_2022},
      {"value": 26.6, "subject": "规模以上制造业增加值", **H1_2022}]),
    # negatives: a series broken by a new sentence keeps its bare measure; an item naming another measure keeps its own
    ("a series broken by a sentence", "上半年,三河市规模以上工业企业实现主营业务收入120亿元。全市利税38.6亿元。\n",
     [{"value": 12_000_000_000, **H1_2013}, {"value": 3_860_000_000, "subject": "利税", **H1_2013}]),
    ("an item of another measure", "上半年,张掖全市规模以上工业增加值同比增长12.1%。分三大门类看,采矿业用电量增长3.1%。\n",
     [{"value": 12.1, **H1_2022}, {"value": 3.1, "subject": "采矿业用电量", **H1_2022}]),
]

TABLES = [
    (TRAILING_CAPTIONS, date(2021, 10, 15), "news.txt"),
    (OWNED_VERBS, date(2020, 5, 31), "news.txt"),
    (BAR_CELLS, None, "communique.txt"),
    (ESTIMATE_BASES, date(2022, 12, 23), "report.txt"),
    (ZONES, date(2022, 12, 23), "report.txt"),
    (APPRAISAL_YEARS, None, "report.txt"),
    (WRAPPED_TITLES, None, "report.txt"),
    (CREDITS_FIRST, None, "release.txt"),
    (MEASURED_PARTS[:1], date(2022, 4, 26), "communique.txt"),
    (MEASURED_PARTS[1:], date(2019, 9, 25), "news.txt"),
    (SIZE_CLASSES, date(2013, 9, 11), "news.txt"),
    (PAGE_AND_PERSON_COUNTS, date(2020, 4, 21), "page.txt"),
    (UNSAID_LEVELS, date(2023, 1, 10), "report.txt"),
    (HOTLINE_DAYS, date(2020, 3, 10), "report.txt"),
    (KEPT_WORDS, date(2018, 7, 20), "news.txt"),
    (FLAT_WITH, date(2023, 6, 26), "news.txt"),
    (RATE_RUNS, date(2014, 7, 20), "news.txt"),
    (SESSION_DAYS[:1], None, "report.txt"),
    (SESSION_DAYS[1:], date(2019, 12, 26), "news.txt"),
    (HOLIDAY_QUOTES, date(2020, 5, 23), "news.txt"),
    (FIRM_SETS[:1] + FIRM_SETS[2:3], date(2013, 9, 11), "news.txt"),
    (FIRM_SETS[1:2] + FIRM_SETS[3:], date(2022, 8, 8), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round64_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
