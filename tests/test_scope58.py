"""Scopes of round 58: a hotline category's items each with its share in brackets, and a category's rate; a rate below or above its own
past; a change against another period than last year; the three-day holidays; a school's staff; a breakdown above a threshold; outward investment; a red line; a ranking's edition; trains counted in 列; a place a national paper's story names once, after its opening. Each row is our own
text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

JULY = {"region": "镇江市", "period_start": "2019-07-01", "period_end": "2019-07-31"}

ITEM_SHARES = [
    ("a category's items, each a cause and the item with its share in brackets: the share is the item's",
     "7月份,镇江市12345热线共受理群众诉求4200件。城市管理860件,主要是夜间施工、露天烧烤引起的噪声扰民(占城市管理"
     "诉求总量41.2%);工地扬尘、秸秆焚烧导致的空气污染(占27.5%);违章搭建(占14.1%)。\n",
     [{"value": 4200, **JULY}, {"value": 860, "subject": "城市管理", **JULY},
      {"value": 41.2, "subject": "噪声扰民(占城市管理诉求总量)", **JULY},
      {"value": 27.5, "subject": "空气污染", **JULY}, {"value": 14.1, "subject": "违章搭建", **JULY}]),
    ("items opened by 其中, the whole named by a pronoun",
     "7月份,镇江市12345热线受理群众诉求4200件,其中交通出行诉求530件,其中公交线路(占该类38.5%)、停车难(占21%)。\n",
     [{"value": 4200, **JULY}, {"value": 530, **JULY},
      {"value": 38.5, "subject": "公交线路(占该类)", **JULY}, {"value": 21, "subject": "停车难", **JULY}]),
    # negatives: a figure's own share in brackets after it stays that figure's
    ("a share in brackets after an amount is the amount's",
     "7月份,镇江市12345热线受理群众诉求4200件(占全年的9%)。\n",
     [{"value": 4200, **JULY}, {"value": 9, **JULY}]),
]

APRIL = {"period_start": "2020-04-01", "period_end": "2020-04-30"}

MARCH = {"period_start": "2019-03-01", "period_end": "2019-03-31"}

CATEGORY_RATES = [
    ("a handling rate joined to a category's count by 、 is the category's, named by its label",
     "3月份,县12345热线共办理工单2100件。\n(一)城乡建设方面本月共办理路灯维修、道路破损等类工单410件、满意率91%。\n"
     "(二)社会保障方面本月共办理养老保险、医保报销等类工单260件、办结率为98%。\n",
     [{"value": 2100, **MARCH}, {"value": 410, **MARCH}, {"value": 91, "subject": "城乡建设方面满意率", **MARCH},
      {"value": 260, **MARCH}, {"value": 98, "subject": "社会保障方面办结率", **MARCH}]),
    # negatives: a rate after `,` is the report's own
    ("a rate after a comma stays the report's", "3月份,县12345热线共办理工单2100件,超时办理4件,结案率100%。\n",
     [{"value": 2100, **MARCH}, {"value": 4, **MARCH}, {"value": 100, "subject": "结案率", **MARCH}]),
]

OWN_PAST = [
    ("a growth rate below its own past: the gap in points is a slowdown",
     "4月份,全省带息负债总额同比增长4.6%,低于去年同期增速1.5个百分点;工业用电量增长3%,增速高于上年0.4个百分点。\n",
     [{"value": 4.6, **APRIL}, {"value": -1.5, "subject": "带息负债总额增速", "unit": "个百分点", **APRIL},
      {"value": 3, **APRIL}, {"value": 0.4, "subject": "工业用电量增速", "unit": "个百分点", **APRIL}]),
    # negatives: last year's own level after 的, and another whole's rate, are no change over time
    ("last year's level after 的 and a gap to another whole keep their signs",
     "4月份,全省工业用电量增长3%,低于去年的5%;固定资产投资增长6%,低于全国平均水平0.5个百分点。\n",
     [{"value": 3, **APRIL}, {"value": 5, "period_start": "2019-01-01", "period_end": "2019-12-31"}, {"value": 6, **APRIL},
      {"value": 0.5, "subject": "固定资产投资(低于全国平均水平)", "family": "other", **APRIL}]),
]

OTHER_BASES = [
    ("a change against another period than last year keeps its base; the year-on-year one is plain",
     "5月1日至5日,全省重点商贸企业日均销售额比清明假期增长28.5%,同比下降4.2%。4月末,全省贷款余额较上月末增长1.6%。\n",
     [{"value": 28.5, "subject": "重点商贸企业日均销售额(比清明假期)"}, {"value": -4.2, "subject": "重点商贸企业日均销售额"},
      {"value": 1.6, "subject": "贷款余额(较上月末)"}]),
    # negatives: a rate's move in points keeps its 增速 name; a base right before its own measure is the measure's
    ("points after another period, and 环比, are named as before",
     "4月份,全省社会消费品零售总额增长3%,增速比一季度加快1.2个百分点;网络零售额较3月环比增长6%。\n",
     [{"value": 3}, {"value": 1.2, "subject": "社会消费品零售总额增速"}, {"value": 6, "subject": "网络零售额(环比)"}]),
]

SCHOOLS = [
    ("a body named with one particular owns the bare particulars after it; 在园 is part of the noun",
     "2018年,全省在园(班)幼儿98万人。幼儿园教职工9.1万人,比上年增加3800人;专任教师5.6万人,增长3.5%。\n",
     [{"value": 980000, "subject": "在园幼儿"}, {"value": 91000, "subject": "幼儿园教职工"},
      {"value": 3800, "subject": "幼儿园教职工增加"}, {"value": 56000, "subject": "幼儿园专任教师"},
      {"value": 3.5, "subject": "幼儿园专任教师"}]),
    # negatives: a particular with its own scope, and staff of no body, keep their names
    ("全市职工 and 从业人员 own nothing", "2018年,全市职工人数12万人,从业人员30万人。\n",
     [{"value": 120000, "subject": "职工人数"}, {"value": 300000, "subject": "从业人员"}]),
]

JAN_MAY = {"period_start": "2024-01-01", "period_end": "2024-05-31"}

THRESHOLD_BREAKDOWNS = [
    ("a breakdown's opening that names the threshold counts its items above it; a cause's holiday and a month singled "
     "out dates none of them",
     "1-5月,全市社会消费品零售总额210亿元,同比增长7.5%,其中5月份增长12.1%,主要受“五一”假期等因素影响。"
     "按限上消费形态分,餐饮收入增长18.2%;商品零售增长9.4%。\n",
     [{"value": 21000000000, **JAN_MAY}, {"value": 7.5, **JAN_MAY},
      {"value": 12.1, "period_start": "2024-05-01", "period_end": "2024-05-31"},
      {"value": 18.2, "subject": "限上餐饮收入", **JAN_MAY}, {"value": 9.4, "subject": "限上商品零售", **JAN_MAY}]),
    # negatives: a breakdown naming no threshold keeps its items' names
    ("按消费形态分 names no threshold",
     "1-5月,全市社会消费品零售总额210亿元,同比增长7.5%。按消费形态分,餐饮收入增长18.2%。\n",
     [{"value": 21000000000, **JAN_MAY}, {"value": 7.5, **JAN_MAY}, {"value": 18.2, "subject": "餐饮收入", **JAN_MAY}]),
]

OUTWARD = [
    ("the Chinese side's agreed sum of firms set up abroad is outward investment",
     "1月,相关部门办理新设对外投资企业400家,中方协议投资额80.5亿美元。\n",
     [{"value": 400, "unit": "家"}, {"value": 8050000000, "unit": "USD", "indicator": "investment.outward"}]),
    # negatives: foreign money coming in stays attracted
    ("实际使用外资 is no outward investment", "1月,全国实际使用外资120亿美元。\n",
     [{"value": 12000000000, "unit": "USD", "indicator": "investment.attracted"}]),
]

RED_LINES = [
    ("a red line held is a floor, not a figure; the holding measured beside it is one",
     "2019年,全省严守5000万亩耕地红线,耕地保有量稳定在5200万亩。\n",
     [{"value": 52000000, "subject": "耕地保有量"}]),
    # negatives: the area a red line encloses is measured
    ("a red line's area is a figure", "2019年,全省划定生态保护红线面积3.2万平方公里。\n",
     [{"value": 32000, "unit": "平方公里"}]),
]

RANKINGS = [
    ("a ranking named by its edition's year ranks the year before's results",
     "企业榜单发布\n　　2019中国民营企业500强营业收入总额为30万亿元,较上年增长8%。\n",
     [{"value": 8, "subject": "2019中国民营企业500强营业收入总额", "period_start": "2018-01-01",
       "period_end": "2018-12-31"}]),  # a list's level stays abstract (lexicon abstract_subject); its change is read
    # negatives: the firms of a list named by no edition are dated as usual
    ("500强企业 names no edition", "今年以来,全市500强企业营业收入增长8%。\n",
     [{"value": 8, "period_start": "2019-01-01", "period_end": "2019-10-10"}]),
]

TRAINS = [
    ("trains counted in 列 and containers in 标箱, each with its change",
     "4月份,西部陆海新通道班列开行650列、运送货物3.2万标箱,同比分别增长31%、38%。\n",
     [{"value": 650, "unit": "列", **APRIL}, {"value": 32000, "unit": "标箱", **APRIL},
      {"value": 31, "subject": "西部陆海新通道班列开行", **APRIL}, {"value": 38, "subject": "运送货物", **APRIL}]),
    # negatives: a column and a listing are no trains
    ("第3列 and 列入 count no trains", "表格第3列为合计。全市有5个项目列入省重点。\n",
     [{"value": 5, "unit": "个", "subject": "项目列入省重点"}]),
]

_FILLER = "　　各地铁路部门加强运输组织,优化班列开行方案,持续提升通道运输能力,为稳定产业链供应链提供有力支撑。\n" * 4

ONCE_NAMED = [
    ("a place a story names once, after its opening, is not the story's: its figures stay unplaced",
     "铁路货运逆势增长\n　　本报北京5月2日电(记者王明)记者从铁路部门获悉:4月份,铁路货运保持增长势头。\n" + _FILLER
     + "　　4月份,集装箱班列开行3200列,同比增长26%。\n　　据介绍,当前非洲一些国家的防疫物资需求较大。\n",
     [{"value": 3200, "region": None, **APRIL}, {"value": 26, "region": None, **APRIL}]),
    # negatives: the same place named in the headline is the story's
    ("named in the headline, the place holds",
     "非洲铁路货运逆势增长\n　　本报北京5月2日电(记者王明)记者从铁路部门获悉:4月份,铁路货运保持增长势头。\n" + _FILLER
     + "　　4月份,集装箱班列开行3200列,同比增长26%。\n　　据介绍,当前非洲一些国家的防疫物资需求较大。\n",
     [{"value": 3200, "region": "非洲", **APRIL}, {"value": 26, "region": "非洲", **APRIL}]),
]

HOLIDAYS = [
    ("the three-day holidays: each the run of days off that holds it",
     "端午节三天小长假,全市共接待游客38.2万人次。清明假期,全市接待游客20万人次。\n",
     [{"value": 382000, "period_start": "2012-06-22", "period_end": "2012-06-24"},
      {"value": 200000, "period_start": "2012-04-02", "period_end": "2012-04-04"}]),
    ("中秋 of a named year; 元旦 nearest the report",
     "2011年中秋节期间,全市接待游客52万人次;元旦小长假,全市接待游客31万人次。\n",
     [{"value": 520000, "period_start": "2011-09-10", "period_end": "2011-09-12"},
      {"value": 310000, "period_start": "2012-01-01", "period_end": "2012-01-03"}]),
]

TABLES = [
    (HOLIDAYS, date(2012, 6, 25), "news.txt"),
    (ITEM_SHARES, date(2019, 8, 10), "hotline.txt"),
    (CATEGORY_RATES, date(2019, 4, 5), "hotline.txt"),
    (OWN_PAST, date(2020, 5, 20), "news.txt"),
    (TRAINS, date(2020, 5, 20), "news.txt"),
    (OTHER_BASES, date(2020, 5, 20), "news.txt"),
    (SCHOOLS, date(2019, 4, 25), "bulletin.txt"),
    (THRESHOLD_BREAKDOWNS, date(2024, 6, 21), "release.txt"),
    (OUTWARD, date(2019, 2, 22), "news.txt"),
    (RED_LINES, date(2020, 3, 1), "news.txt"),
    (RANKINGS, date(2019, 10, 10), "news.txt"),
    (ONCE_NAMED, date(2020, 5, 3), "rmrb-2020-05-03-01-09.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round58_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
