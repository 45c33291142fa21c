"""Where and when a figure is: classes of scope errors met on real reports, each as a small document in our own
words with every fact it must give (an extra or a missing fact fails)."""

from datetime import date

import pytest
from factcase import assert_exactly

Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}

CASES = [
    # a town's name never starts with a classifier or a function word; `乡村` after `其中` is no township
    ("towns", "全县现辖12个镇、3个乡、2个街道。", date(2016, 3, 1),
     [{"value": 12, "region": None}, {"value": 2, "region": None}]),
    # a county-level city is its own 全市 (not its prefecture); an autonomous region its own 全区; elsewhere
    # 全区 is a district's, and a province's report gives it no place
    ("county-level city", "江山市2019年国民经济和社会发展统计公报\n2019年,全市生产总值增长7%。\n", date(2020, 3, 1),
     [{"value": 7, "region": "江山市"}]),
    ("county-level city's story", "江山:小城大产业\n　　本报记者 张三\n　　江山市木门产业发展迅速。今年前三季度,全市工业增加值增长9%。\n",
     date(2019, 10, 9), [{"value": 9, "region": "江山市"}]),
    ("prefecture-level city", "衢州市2019年统计公报\n2019年,全市生产总值增长6%。\n", date(2020, 3, 1),
     [{"value": 6, "region": "衢州市"}]),
    ("autonomous region", "宁夏回族自治区2019年统计公报\n2019年,全区生产总值增长6.5%。\n", date(2020, 3, 1),
     [{"value": 6.5, "region": "宁夏回族自治区"}]),
    ("an autonomous region written before 全区", "旅游市场\n　　本报北京10月7日电 另据统计,广西全区累计接待游客3330万人次。\n",
     date(2019, 10, 8), [{"value": 33300000, "region": "广西壮族自治区"}]),
    ("district", "海淀区2019年统计公报\n2019年,全区生产总值增长7.5%。\n", date(2020, 3, 1),
     [{"value": 7.5, "region": "海淀区"}]),
    ("province's 全区", "浙江省2019年统计公报\n2019年,全区生产总值增长7.1%。\n", date(2020, 3, 1),
     [{"value": 7.1, "region": None}]),
    # a national body that opens the clause (or speaks the sentence) makes its figures national; one followed by a
    # place is that place's office, one after a country that country's, and `…部门` are any place's departments
    ("a national body's figures", "去年,中国证监会作出行政处罚决定300件,罚没款金额100亿元。", date(2019, 2, 26),
     [{"value": 300, "region": "全国"}, {"value": 10000000000, "region": "全国"}]),
    ("a national body speaks", "国家统计局有关负责人说,四季度有投资活动的小微企业环比上升0.7%。", date(2019, 2, 26),
     [{"value": 0.7, "region": "全国"}]),
    ("national bodies listed together", "2019年,党中央、国务院发文数量减少了三成以上,会议减少了25%。", date(2020, 5, 13),
     [{"value": -25, "region": "全国"}]),
    ("a body's office in a place", "国家统计局宜春调查队数据显示,居民人均可支配收入增长6%。", date(2020, 5, 13),
     [{"value": 6, "region": "宜春市"}]),
    ("a foreign central bank", "英国央行将基准利率降至0.1%。", date(2020, 5, 8), [{"value": 0.1, "region": "英国"}]),
    ("local departments", "各地财政部门共安排资金50亿元。", date(2020, 5, 8), [{"value": 5000000000, "region": None}]),
    # `如今`, `现已` speak of the report's date, not of the year an earlier sentence told of
    ("now after a past year", "2005年8月,袜业园开工建设。如今,园区建筑面积达到120万平方米。", date(2021, 11, 19),
     [{"value": 1200000, "period_start": None, "period_end": "2021-11-19"}]),
    ("already now", "2010年,小镇开始办厂。经过十年发展,现已拥有企业300家。", date(2021, 11, 19),
     [{"value": 300, "period_start": None, "period_end": "2021-11-19"}]),
    # years nobody counts (`近年来`, `十多年来`, `长期以来`) run to the report from an unnamed start
    ("uncounted years after a past year", "2006年,园区正式挂牌。十多年来,园区先后引进项目85个。", date(2019, 5, 20),
     [{"value": 85, "period_start": None, "period_end": "2019-05-20"}]),
    ("recent years after a past year", "2012年,该县开始发展电商。近年来,全县网店达到3200家。", date(2020, 10, 9),
     [{"value": 3200, "period_start": None, "period_end": "2020-10-09"}]),
    ("a long time after a past year", "2015年,小镇引进第一家袜厂。长期以来,小镇每年产袜超过2亿双。", date(2021, 6, 1),
     [{"value": 200000000, "period_start": None, "period_end": "2021-06-01"}]),
    ("ten years are counted", "十年来,全市森林覆盖率提高了6个百分点。", date(2019, 3, 5),
     [{"value": 6, "period_start": "2009-01-01", "period_end": "2018-12-31"}]),
    # a balance in a year's report is the level at the year's end; its change covers the year
    ("a balance", "2018年统计公报\n　　2018年末,全县存款余额300亿元。贷款余额200亿元,比年初增加20亿元,增长11%。\n",
     date(2019, 3, 1), [{"value": 30000000000, "period_start": None, "period_end": "2018-12-31"},
                        {"value": 20000000000, "period_start": None, "period_end": "2018-12-31"},
                        {"value": 2000000000, **Y2018}, {"value": 11, **Y2018}]),
    # `过去一年` in an October article is the twelve months before it; in a March report, the calendar year
    ("the past twelve months", "过去一年里,医疗队培训当地医生70名。", date(2019, 10, 8),
     [{"value": 70, "period_start": "2018-10-09", "period_end": "2019-10-08"}]),
    ("the past year of a review", "过去一年,全市新增就业3万人。", date(2019, 3, 5),
     [{"value": 30000, **Y2018}]),
    # `“十三五”以来` said during the plan runs up to the report; `迄今` is the report's date
    ("since the plan began", "“十三五”以来,全市地区生产总值年均增长8%。", date(2019, 10, 12),
     [{"value": 8, "period_start": "2016-01-01", "period_end": "2019-10-12"}]),
    ("so far", "2019年平台上线。迄今访问量超过60万次。", date(2020, 5, 10),
     [{"value": 600000, "period_start": None, "period_end": "2020-05-10"}]),
    # the day a reporter was told is not what the story measures: the time after it opens the article
    ("told on a day", "春节消费\n　　本报北京2月10日电 记者10日从商务部获悉：春节期间,全国零售额增长8%。\n"
     "　　生活必需品价格平稳。花生油价格下降0.1%。\n", date(2019, 2, 11),
     [{"value": 8, "period_start": "2019-02-04", "period_end": "2019-02-10"},
      {"value": -0.1, "period_start": "2019-02-04", "period_end": "2019-02-10"}]),
    # a written year opening a later clause holds for every item of its list; a relative year inside an item
    # (`上年结转收入`) and a baseline (`比2017年增加`) do not
    ("a clause's year over its list", "他说，2018年汽车制造业收入增长2.9%、利润总额下降4.7%。", date(2019, 2, 26),
     [{"value": 2.9, **Y2018}, {"value": -4.7, **Y2018}]),
    ("a baseline year is no clause's year", "2019年,全省实施项目800个,比2017年增加75个。", date(2020, 3, 1),
     [{"value": 800, "period_start": "2019-01-01", "period_end": "2019-12-31"},
      {"value": 75, "period_start": "2017-01-01", "period_end": "2019-12-31"}]),  # the change since that base, as a rate's
    # `1月至11月` is the months up to November; a quoted holiday is the holiday; a from-to statement's change
    # covers the years between
    ("months to November", "2018年1月至11月,全区投资增长14.8%。", date(2019, 2, 2),
     [{"value": 14.8, "period_start": "2018-01-01", "period_end": "2018-11-30"}]),
    ("a quoted holiday", "“五一”假期,重点零售企业日均销售额增长32%。", date(2020, 5, 21),
     [{"value": 32, "period_start": "2020-05-01", "period_end": "2020-05-05"}]),
    ("from one year to another", "协议数从2016年的3800项增加到2018年的7100项,增幅达86%。", date(2019, 10, 24),
     [{"value": 3800, "period_start": "2016-01-01", "period_end": "2016-12-31"},
      {"value": 7100, **Y2018}, {"value": 86, "period_start": "2016-01-01", "period_end": "2018-12-31"}]),
    # a population in people is a head count at the year's end; its change against last year's end is named
    # after it, and covers the year
    ("a population", "2023年统计公报\n　　全市常住人口120万人,比上年末增加2万人。\n", date(2024, 3, 1),
     [{"value": 1200000, "subject": "常住人口", "period_start": None, "period_end": "2023-12-31"},
      {"value": 20000, "subject": "常住人口增加", "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    # a dated range of days: a week's report
    ("a week", "热线工作简报\n(2024年4月8日—4月14日)\n　　本周,热线共受理群众诉求5万件,其次是交通运输类6000件。\n", date(2024, 4, 16),
     [{"value": 50000, "period_start": "2024-04-08", "period_end": "2024-04-14"},
      {"value": 6000, "subject": "交通运输", "period_start": "2024-04-08", "period_end": "2024-04-14"}]),
    # a bare 同期 that is no baseline is the period in force (`占同期…的`), not the year before
    ("share of the same period", "2018年,全省外贸出口增长8%,占同期全国出口的3.5%。", date(2019, 2, 1),
     [{"value": 8, **Y2018}, {"value": 3.5, **Y2018}]),
    # `…以来的…最高增速` dates nothing: the next clause keeps the sentence's year
    ("since-when superlative", "2018年,服务出口同比增长14%,是2010年以来的出口最高增速;服务进口增长9%。",
     date(2019, 2, 1), [{"value": 14, **Y2018}, {"value": 9, **Y2018}]),
    # the place whose health authority or provinces report the sentence's figures is their place; a customs
    # office named after its seat is not
    ("reported by the provinces", "据31个省区市报告,现有确诊病例50例。", date(2020, 5, 10),
     [{"value": 50, "region": "全国"}]),
    ("reported by a health commission", "据四川省卫健委通报,现有确诊病例12例。", date(2020, 5, 10),
     [{"value": 12, "region": "四川省"}]),
    ("provinces and the corps", "31个省(区、市)和新疆生产建设兵团累计报告确诊病例8万例。", date(2020, 5, 10),
     [{"value": 80000, "region": "全国", "subject": "累计报告确诊病例"}]),
    ("customs of a seat", "据青岛海关统计,前4个月进出口增长3%。", date(2020, 5, 10),
     [{"value": 3, "region": None}]),
    # a change against a year long before covers the years from it; against the year before, one year
    ("change over a base year", "2018年,全省单位GDP能耗比2005年下降40%,比上年下降3%。", date(2019, 2, 1),
     [{"value": -40, "period_start": "2005-01-01", "period_end": "2018-12-31"}, {"value": -3, **Y2018}]),
    # a multiple's base year dates nothing: the change after it keeps the sentence's year
    ("multiple of a base year", "2018年全市GDP达500亿元,是2010年的2.5倍,比上年增长7%。", date(2019, 2, 1),
     [{"value": 5e10, **Y2018}, {"value": 7, **Y2018}]),
    # since a year's event, since a month: up to the report
    ("since an event", "退耕还林工程自1999年启动以来,全省累计完成造林500万亩。", date(2019, 2, 1),
     [{"value": 5e6, "period_start": "1999-01-01", "period_end": "2019-02-01"}]),
    ("since a month", "自2014年9月以来,全区累计投资40亿元。", date(2019, 2, 1),
     [{"value": 4e9, "period_start": "2014-09-01", "period_end": "2019-02-01"}]),
    # a wire story in a city paper: the paper's name in the masthead line names no place; the dateline and the
    # day the commission reported are not the day it reports on; a day's counts later in the story are that day's
    ("wire bulletin in a city paper",
     "国家卫健委:5月1日新增确诊病例88例\n2022年05月03日梅州日报要闻\n据新华社北京5月2日电 国家卫生健康委员会2日通报,"
     "5月1日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例88例,均为本土病例。\n"
     "当日新增治愈出院病例310例,重症病例比前一天有所减少,康复出院的人数继续多于新增的人数。\n"
     "累计确诊病例9000例,各地的疫情防控工作正在有序进行,形势总体向好,防控措施继续落实。\n"
     "31个省(自治区、直辖市)和新疆生产建设兵团报告新增无症状感染者640例,均在隔离观察中。\n", date(2022, 5, 3),
     [{"value": 88, "region": "全国", "period_start": "2022-05-01", "period_end": "2022-05-01"},
      {"value": 310, "region": "全国", "period_start": "2022-05-01", "period_end": "2022-05-01"},
      {"value": 9000, "region": "全国", "period_start": None, "period_end": "2022-05-01"},
      {"value": 640, "region": "全国", "period_start": "2022-05-01", "period_end": "2022-05-01",
       "indicator": "covid.new_asymptomatic"}]),
    # a news site's byline (`某某网  www…`) names no place; a place inside a long bracket that closes before a
    # figure, or one that only ends its bracket (`…;湖南1例,在湘潭市)`), lends nothing to the figures after it
    ("wire bulletin on a city's news site",
     "国家卫健委:3日新增本土病例120例\n梅州网  www.meizhou.cn  2022-03-05 09:25   来源: 新华社\n"
     "  据新华社北京3月4日电 国家卫生健康委员会4日通报,3月3日0至24时,31个省(自治区、直辖市)和新疆生产建设兵团报告"
     "新增确诊病例150例。\n  本土病例120例(吉林80例,其中长春市50例、吉林市30例;山东30例,均在青岛市;上海6例,"
     "其中浦东新区4例、闵行区2例;湖南4例,在湘潭市),含20例由无症状感染者转为确诊病例。无新增死亡病例。\n",
     date(2022, 3, 5),
     [{"value": 120, "region": "全国", "indicator": "covid.new_local"}, {"value": 150, "region": "全国"},
      {"value": 80, "region": "吉林省"},
      {"value": 50, "region": "长春市"}, {"value": 30, "region": "吉林市"}, {"value": 30, "region": "山东省"},
      {"value": 30, "region": "青岛市"},  # `均在青岛市`: the city's count too (all_in_place.py)
      {"value": 6, "region": "上海市"}, {"value": 4, "region": "浦东新区"}, {"value": 2, "region": "闵行区"},
      {"value": 4, "region": "湖南省"}, {"value": 4, "region": "湘潭市"}, {"value": 20, "region": "全国"},
      {"value": 0, "region": "全国"}]),
    # a list on lines of their own after `…,其中:`: each numbered line is an item counted as the line before says, in
    # its own place; it opens no article and heads no section, so the paragraph after it keeps the report's place
    ("numbered lines of a list",
     "截至2020年2月7日9时,内蒙古自治区累计报告确诊病例50例,其中:\n  1.鄂尔多斯市11例(达拉特旗9例、东胜区2例)\n"
     "  2.包头市9例(土默特右旗6例、昆都仑区3例)\n  另有疑似病例9例,均在定点医院接受隔离治疗,病情总体平稳可控。\n",
     date(2020, 2, 7),
     [{"value": 50, "region": "内蒙古自治区", "indicator": "covid.cumulative_confirmed"},
      {"value": 11, "region": "鄂尔多斯市", "indicator": "covid.cumulative_confirmed"},
      {"value": 9, "region": "达拉特旗"}, {"value": 2, "region": "东胜区"},
      {"value": 9, "region": "包头市", "indicator": "covid.cumulative_confirmed"},
      {"value": 6, "region": "土默特右旗"}, {"value": 3, "region": "昆都仑区"},
      {"value": 9, "region": "内蒙古自治区", "indicator": "covid.current_suspected"}]),
    ("a body reports on a month's day", "上海市卫健委7月19日通报:2022年7月18日0-24时,新增本土确诊病例4例和无症状感染者19例。",
     date(2022, 7, 19),
     [{"value": 4, "period_start": "2022-07-18", "period_end": "2022-07-18"},
      {"value": 19, "period_start": "2022-07-18", "period_end": "2022-07-18"}]),
    # an announcement is no report: its day dates what it announces
    ("an announcement's day", "日本首相5月14日宣布,解除紧急状态的县达39个。", date(2020, 5, 19),
     [{"value": 39, "period_start": "2020-05-14", "period_end": "2020-05-14"}]),
    # where imported cases come from (`来自美国2例`) is no place of the figure
    ("where imported cases come from", "上海报告4例境外输入性确诊病例,其中来自美国3例,来自英国1例。", date(2022, 7, 19),
     [{"value": 4, "region": "上海市"}, {"value": 3, "region": "上海市"}, {"value": 1, "region": "上海市"}]),
    ("a body reports a day earlier", "省卫生健康委3日通报：2日0时至24时，全省新增本土确诊病例6例。", date(2022, 5, 4),
     [{"value": 6, "period_start": "2022-05-02", "period_end": "2022-05-02"}]),
    # a day's count under a title's day (`截至…最新情况`) is that day's; a level that day has no start
    ("a day's counts under the title's day",
     "截至6月9日24时疫情最新情况\n6月9日0—24时,全省新增确诊病例3例。\n武汉市新增治愈出院病例7例,现有确诊病例40例。\n",
     date(2020, 6, 10),
     [{"value": 3, "period_start": "2020-06-09", "period_end": "2020-06-09"},
      {"value": 7, "region": "武汉市", "period_start": "2020-06-09", "period_end": "2020-06-09"},
      {"value": 40, "region": "武汉市", "period_start": None, "period_end": "2020-06-09"}]),
    # with no day in force a day's count stays as of the report's date (its day is not known)
    ("a day's count with no day", "全省新增确诊病例12例。", date(2020, 4, 23),
     [{"value": 12, "period_start": None, "period_end": "2020-04-23"}]),
    # every item of a baseline list after 比 is a baseline, not a figure's own time; bare numbers listed before a
    # unit share it, and are kept only when each has a subject of its own
    ("baseline list", "1—10月,全省工业投资增长25%,分别比前三季度和上半年加快1.6和2.6个百分点。", date(2022, 11, 18),
     [{"value": 25, "period_start": "2022-01-01", "period_end": "2022-10-31"},
      {"value": 2.6, "period_start": "2022-01-01", "period_end": "2022-10-31"}]),
    ("numbers sharing a unit", "2019年,全县粮食、油料和蔬菜产量分别为12、3和40万吨。", date(2020, 3, 1),
     [{"value": 120000, "subject": "粮食产量", "unit": "吨"}, {"value": 30000, "subject": "油料产量"},
      {"value": 400000, "subject": "蔬菜产量"}]),
    ("percentages sharing a sign", "前三季度,一、二、三产业增加值分别增长3.1、5.6和7.2%。", date(2019, 10, 20),
     [{"value": 3.1, "subject": "第一产业增加值"}, {"value": 5.6, "subject": "第二产业增加值"},
      {"value": 7.2, "subject": "第三产业增加值"}]),
    # a count of provinces is no province's figure (a province's paper, or the province named in the clause before,
    # does not make it one); a count of a province's cities stays the province's
    ("a count of provinces", "齐鲁晚报\n多地工业回暖\n　　前三季度,山东工业增速提高2个百分点;12个省份工业增速回落。\n",
     date(2020, 11, 5),
     [{"value": 2, "region": "山东省"}, {"value": 12, "region": None}]),
    ("a count of a province's cities", "2019年,江西省11个设区市生产总值全部增长。", date(2020, 3, 1),
     [{"value": 11, "region": "江西省"}]),
    # places after a modifier (`增速较快的海南、福建分别…`) are the list's places
    ("places after a modifier", "前三季度,增速较快的海南、福建分别增长14.6%和12.1%。", date(2014, 11, 26),
     [{"value": 14.6, "region": "海南省"}, {"value": 12.1, "region": "福建省"}]),
    # a record's span (`为今年以来单月最高增速`) dates no figure after it
    ("a record's span", "9月份全市规模以上工业增加值增长9.2%,为今年以来单月最高增速,比全国平均水平高3.4个百分点。",
     date(2018, 11, 7),
     [{"value": 9.2, "period_start": "2018-09-01"}, {"value": 3.4, "period_start": "2018-09-01"}]),
    # the year so far that cannot have happened yet (`1—11月` in a January report) is last year's
    ("the year so far, early next year", "1—11月,全市规模以上工业增加值增长6%。", date(2020, 1, 10),
     [{"value": 6, "period_start": "2019-01-01", "period_end": "2019-11-30"}]),
    ("the year so far, late in the year", "1—11月,全市规模以上工业增加值增长6%。", date(2020, 12, 10),
     [{"value": 6, "period_start": "2020-01-01", "period_end": "2020-11-30"}]),
    # a price base (`按照上年不变价计算`) is no period: 前三季度 is this year's
    ("price base", "按照上年不变价计算,前三季度电信业务总量同比增长21%。", date(2019, 10, 23),
     [{"value": 21, "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_scope(label, text, published, expected):
    assert_exactly(text, expected, published)


def test_an_indented_pull_quote_is_its_own_paragraph():
    """A figure set apart on its own indented line (a page's pull quote) takes no subject from the line above;
    the sentence below it gives the fact."""
    text = ("服务贸易规模再创新高\n　　5万亿\n　　去年服务进出口总额达5万亿元,增速高于主要经济体\n"
            "　　12%\n　　去年知识密集型服务进出口增长12%\n")
    assert_exactly(text, [{"subject": "服务进出口总额", "value": 5e12}, {"subject": "知识密集型服务进出口", "value": 12}],
                   date(2019, 2, 13))


HOTLINE_MONTH = """一、总体情况
2022年3月,杨凌12345热线受理各类诉求共计2000件,其中有效诉求1800件。
二、分类统计
咨询类共900件,占比50%。
按地域统计,相关诉求主要集中在李台街道办、杨陵街道办辖区。按内容统计,相关诉求涉及占道经营、乱停乱放等街面秩序管理问题30件,涉及供水问题20件。
"""
MARCH = {"region": "杨凌示范区", "period_start": "2022-03-01", "period_end": "2022-03-31"}


def test_a_monthly_hotline_report_of_a_zone():
    """A zone's short name (杨凌) is its place; `受理各类诉求` is the total, not a category; in a hotline report
    `咨询类共…件` and `涉及…等…问题…件` are categories without the words 12345 or 热线 nearby; two subdistrict
    offices where complaints concentrate are no figure's place."""
    assert_exactly(HOTLINE_MONTH, [
        {"indicator": "hotline.contacts_total", "value": 2000, **MARCH},
        {"indicator": "hotline.items", "value": 1800, **MARCH},
        {"indicator": "hotline.category_count", "subject": "咨询", "value": 900, **MARCH},
        {"indicator": "hotline.category_share", "subject": "咨询", "value": 50, **MARCH},
        {"indicator": "hotline.category_count", "subject": "街面秩序管理", "value": 30, **MARCH},
        {"indicator": "hotline.category_count", "subject": "供水", "value": 20, **MARCH},
    ], date(2022, 4, 10), name="hotline-2022-03.txt")


NATIONAL_PAPER = "rmrb-2019-10-09-05-01.txt"  # a national paper's file name: its scope is 全国
STORIES = [
    # a story about one place (and the places that hold it) is that place's, not the country's
    ("local story", "乡村旅游带动增收\n　　本报记者 张三\n　　湖北省恩施州利川市发展民宿产业。"
     "利川市今年接待游客120万人次,旅游收入增长18%。\n",
     [{"value": 1200000, "region": "利川市"}, {"value": 18, "region": "利川市"}]),
    # the city named most, with counties inside it and the province that holds it: the city's story
    ("city with its counties", "老区脱贫纪实\n　　本报记者 孙七\n　　江西赣州市坚持产业扶贫。赣州市建成果园基地。"
     "赣州市推广电商。石城县、会昌县发展茶叶。\n　　产业兴旺,去年带动就业9000人。\n",
     [{"value": 9000, "region": "赣州市"}]),
    # a story of several unrelated places: a figure whose clause names none has no region (全国 is a guess)
    ("mixed story", "假日消费亮点多\n　　本报记者 李四\n　　各地文旅活动丰富。杭州西湖景区游人如织,上海外滩夜景吸引游客,"
     "成都宽窄巷子人气旺。重点监测的景区接待游客同比增长9%。\n",
     [{"value": 9, "region": None}]),
    # a sub-heading (no dateline, no credit after it) goes on with its story: the headline's district holds
    ("sub-heading", "贵州凤冈:茶旅融合促增收\n　　本报记者 王五\n　　凤冈县茶园面积达50万亩。\n"
     "绿水青山　金山银山\n　　今年,全县茶叶产值增长12%。\n",
     [{"value": 500000, "region": "凤冈县"}, {"value": 12, "region": "凤冈县"}]),
    # places written one after the other in a headline: the deepest one (上海浦东新区 → 浦东新区)
    ("headline chain", "上海浦东新区建设社区服务站\n　　本报记者 赵六\n　　已建成服务站36个。\n",
     [{"value": 36, "region": "浦东新区"}]),
    # the paragraph's opening sentence names a chain of places (province, prefecture, county): the county is
    # the place of the next sentence; `夏河县发生5.7级` is no breakdown item
    ("opening chain", "救援有序\n　　本报兰州10月28日电 28日凌晨,甘肃省甘南藏族自治州夏河县发生5.2级地震,震源深度8公里。"
     "经初步统计,地震造成16人受伤。\n",
     [{"value": 8, "region": "夏河县"}, {"value": 16, "region": "夏河县"}]),
    # a national story that cites one place as an example stays national
    ("national story", "全国消费市场平稳\n　　本报北京10月8日电 全国社会消费品零售总额增长7%,全国网上零售额增长16%。"
     "在浙江,部分商场销售额翻番。我国消费对经济增长的贡献率达60%。\n",
     [{"value": 7, "region": "全国"}, {"value": 16, "region": "全国"}, {"value": 60, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", STORIES, ids=[c[0] for c in STORIES])
def test_a_national_papers_story_has_its_own_place(label, text, expected):
    assert_exactly(text, expected, date(2019, 10, 9), name=NATIONAL_PAPER)


HOLIDAYS = [
    ("国庆假期,全国接待国内游客7.8亿人次。", date(2019, 10, 8), "2019-10-01", "2019-10-07"),
    ("春节期间,重点零售企业销售额增长8%。", date(2019, 2, 11), "2019-02-04", "2019-02-10"),
    ("春节期间,预计发送旅客3亿人次。", date(2019, 12, 20), "2020-01-24", "2020-02-02"),
    # the holiday's length written in (`春节7天假期`); 春运, the 40 days of the travel season
    ("今年春节7天假期,全国接待国内游客4.15亿人次。", date(2019, 2, 11), "2019-02-04", "2019-02-10"),
    ("2019年春运,全国铁路发送旅客4.1亿人次。", date(2019, 3, 5), "2019-01-21", "2019-03-01"),
    ("春运期间,全省道路客运量1200万人次。", date(2024, 3, 8), "2024-01-26", "2024-03-05"),
]


@pytest.mark.parametrize("text, published, start, end", HOLIDAYS, ids=[h[0][:6] for h in HOLIDAYS])
def test_a_holiday_is_its_days(text, published, start, end):
    from factcase import facts_of

    assert [(f["period_start"], f["period_end"]) for f in facts_of(text, published)] == [(start, end)]


def test_an_earlier_sentences_place_is_its_own_and_the_whole_country_carries_on():
    """News sentences in a row are often about different places; a national bulletin's opening frames its
    paragraph."""
    text = ("节日市场\n　　节日市场红火。春节期间,北京重点监测餐饮企业销售额增长10%。某外卖平台年夜饭订单量增长107%。\n"
            "　　截至5月3日24时,31个省区市现有确诊病例481例。新增无症状感染者13例。\n")
    assert_exactly(text, [{"value": 10, "region": "北京市"}, {"value": 107, "region": None},
                          {"value": 481, "region": "全国"}, {"value": 13, "region": "全国"}], date(2020, 5, 4))


def test_a_county_by_its_short_name_after_its_province_and_an_anaphor_refer_to_it():
    """`江西靖安` is 靖安县 (not the province); `该县` takes the county an earlier sentence is about; `示范县` holds
    no county (范县)."""
    text = ("江西靖安发展生态经济\n　　靖安是全国首批生态文明建设示范县,山清水秀……\n"
            "这些年,靖安县经济发展后劲十足。2018年,该县生产总值增长8%。\n")
    assert_exactly(text, [{"value": 8, "region": "靖安县"}], date(2019, 10, 22), name=NATIONAL_PAPER)


UNSCOPED = [
    # an article with no masthead, title place or issuer is about its story's place, named as a subject
    ("one city", "经编产业走向世界\n　　海宁市是全国重要的经编产业基地。\n　　去年,当地经编企业超过2000家,产值达到600亿元。"
     "海宁市还建成了经编产业园。\n",
     [{"value": 2000, "region": "海宁市"}, {"value": 60000000000, "region": "海宁市"}]),
    # a place named once in a story of no known scope is that sentence's, not the story's
    ("named once", "假日消费\n　　假期里各大商圈人气旺。北京重点商圈客流增长10%。\n　　某外卖平台订单量增长107%。\n",
     [{"value": 10, "region": "北京市"}, {"value": 107, "region": None}]),
    # unrelated places: no single place, so a sentence that names none stays without one
    ("unrelated places", "夏季旅游市场升温\n　　杭州西湖、成都宽窄巷子、西安大雁塔游人如织。\n　　热门景区接待游客增长15%。\n",
     [{"value": 15, "region": None}]),
    # a story that names no place at all but a national body delivering its report is the country's
    ("a national body's report", "今年目标公布\n　　国务院总理在政府工作报告中提出,今年城镇新增就业1200万人以上。\n",
     [{"value": 12000000, "region": "全国"}]),
    ("a local page with national words", "数据看发展\n　　2009年,我市实现地区生产总值333亿元,连续九届跻身全国百强县行列。\n",
     [{"value": 33300000000, "region": None}]),
    # a county named in full once counts its short name too; a prefecture named only in asides is no page's city
    ("a county and its short name", "热线运行情况通报\n　　9月份,热线中心共接到有效诉求4600件。\n　　1—9月,江阴市重点督办事项"
     "共有375件(其中无锡重点督办事项74件,无锡督办完成68件)。\n　　9月份,江阴热线共受理留言板诉求171件。\n",
     [{"value": 4600, "region": "江阴市"}, {"value": 375, "region": "江阴市"}, {"value": 74, "region": "无锡市"},
      {"value": 68, "region": "无锡市"}, {"value": 171, "region": "江阴市"}]),
    # a venue's address in brackets is where an event was held, not what the story is about
    ("a venue's address", "针织展会开幕\n　　秋季针织博览会在国家会展中心(上海)开幕,来自各地的袜企参展。\n　　记者了解到,某袜业集群现有企业"
     "300家。\n",
     [{"value": 300, "region": None}]),
    # a scope word in a report of no known place is the one division of its level the report names anywhere (an
    # office's name too); with two such divisions, none
    # a venue (`会议在北京开幕`) is not what an unscoped national report is about; a title's chain of places is its
    # innermost place; a slogan ending in a county's name (`生态富县`) names no county
    ("a report delivered at a venue", "政府工作报告\n　　3月5日,全国人大会议在北京开幕。国务院总理代表国务院向大会报告工作。"
     "国内生产总值从54万亿元增加到82.7万亿元。\n",
     [{"value": 5.4e13, "region": "全国"}, {"value": 8.27e13, "region": "全国"}]),
    ("a title's chain of places", "2024年安徽省蚌埠市国民经济和社会发展统计公报\n　　初步核算,全年地区生产总值2313亿元,比上年增长5.2%。\n",
     [{"value": 2.313e11, "region": "蚌埠市"}, {"value": 5.2, "region": "蚌埠市"}]),
    ("a slogan's county", "经济运行\n　　深入实施“生态富县”战略,全年生产总值增长8%。\n", [{"value": 8, "region": None}]),
    ("全省 named by an office", "经济运行平稳\n　　记者从省统计局和国家统计局河南调查总队获悉,前10个月,全省规模以上工业增加值增长6%。\n",
     [{"value": 6, "region": "河南省"}]),
    ("全市 named by a district", "消费回暖\n　　据西湖区商务局介绍,一季度全市社会消费品零售总额增长5%。\n",
     [{"value": 5, "region": "杭州市"}]),
    ("全省 with two provinces", "区域协作\n　　记者从国家统计局湖南调查总队和湖北调查总队获悉,今年以来,全省外贸进出口增长9%。\n",
     [{"value": 9, "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", UNSCOPED, ids=[c[0] for c in UNSCOPED])
def test_an_article_of_no_known_scope_is_about_its_storys_place(label, text, expected):
    assert_exactly(text, expected, date(2021, 7, 1), name="web-article.txt")


def test_a_zones_figures_after_its_profile_are_its_own():
    """A paragraph that speaks of `园区` and names no place is about the zone whose profile opened the paragraph
    before, a region of its own (not its city: test_park_zones); a later profile's zone is another one."""
    text = ("四川推动高新区高质量发展\n"
            "　　绵阳高新技术产业开发区位于四川省绵阳市，1992年获批成为国家级高新区，主导产业为新型显示。\n"
            "　　疫情期间，园区积极支持企业复工复产。今年一季度，园区内规模以上工业企业复工率达100%。\n"
            "　　乐山高新技术产业开发区位于四川省乐山市，2012年获批为国家级高新区。\n"
            "　　今年一季度，园区“四上企业”复工率达98%。\n")
    assert_exactly(text, [{"value": 100, "region": "绵阳高新技术产业开发区"},
                                  {"value": 98, "region": "乐山高新技术产业开发区"}],
                   date(2020, 5, 29), name=NATIONAL_PAPER)


AND_COUNTY = [
    # 和 joining two levels of roads or budgets holds no county (和县, 安徽); the county itself is read
    ("省道和县道总里程达1.2万公里。\n", None),
    ("全年市级和县级财政投入2.4亿元。\n", None),
    ("和县2019年地区生产总值增长7%。\n", "和县"),
]


@pytest.mark.parametrize("text, region", AND_COUNTY, ids=[row[0][:8] for row in AND_COUNTY])
def test_and_before_a_county_word_is_no_county(text, region):
    assert_exactly(text, [{"region": region}], date(2020, 3, 1))
