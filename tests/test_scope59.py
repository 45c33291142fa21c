"""Scopes of round 59: a level's move in points against another period, and a bare `低`/`高` after a base of time; a year's first months written without 个, and a span from an event's month;
a `分别` list whose first item opens with a word every item shares; an estimate cue after its own measure; a body acting in its sentence's opening; units ranked by an act of
handling; a headline's quoted catchword; a population register shared,
migrations as flows; a tolerance band. Each row is
our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

MAY = {"period_start": "2021-05-01", "period_end": "2021-05-31"}

LEVEL_MOVES = [
    ("an index's move in points against last month keeps its base",
     "5月份,全国制造业采购经理指数为50.8%,较上月回升0.3个百分点;生产指数为52.1%,比上月下降0.6个百分点。\n",
     [{"value": 50.8, "subject": "制造业采购经理指数", **MAY},
      {"value": 0.3, "subject": "制造业采购经理指数(较上月)", "unit": "个百分点", **MAY},
      {"value": 52.1, "subject": "生产指数", **MAY},
      {"value": -0.6, "subject": "生产指数(比上月)", "unit": "个百分点", **MAY}]),
    ("a ratio at a quarter's end against the quarter before keeps its base",
     "一季度末,全省商业银行不良贷款率为1.62%,较上季末下降0.04个百分点。\n",
     [{"value": 1.62, "subject": "商业银行不良贷款率"},
      {"value": -0.04, "subject": "商业银行不良贷款率(较上季末)", "unit": "个百分点"}]),
    ("a bare 低 or 高 after a base of time: a growth rate's move is the rate's, a level's keeps a base other than last year",
     "5月份,全国城镇调查失业率为5.0%,比上月低0.1个百分点。3月末,全省不良贷款率为1.6%,比上年末高0.2个百分点。\n",
     [{"value": 5.0, "subject": "城镇调查失业率", **MAY},
      {"value": -0.1, "subject": "城镇调查失业率(比上月)", "family": "growth_rate", **MAY},
      {"value": 1.6, "subject": "不良贷款率"}, {"value": 0.2, "subject": "不良贷款率", "family": "growth_rate"}]),
    # negatives: a growth rate's move and a share's move are named as the rate's and the share's; another whole's gap
    ("a gap to another whole after 比 has no direction", "5月份,全省投资增长5%,比全国平均水平低0.5个百分点。\n",
     [{"value": 5, **MAY}, {"value": 0.5, "family": "other", **MAY}]),
    ("a growth rate's move in points needs no base",
     "5月末,全国广义货币余额同比增长8.3%,增速比上月末低0.8个百分点;一季度规上工业增加值增长9%,增幅比上月提高1.2个百分点。\n",
     [{"value": 8.3, "subject": "广义货币余额"}, {"value": -0.8, "subject": "广义货币余额增速", "family": "growth_rate"},
      {"value": 9, "subject": "规上工业增加值"}, {"value": 1.2, "subject": "规上工业增加值增幅"}]),
    ("a share's move after the share is the share's",
     "5月份,全省高技术制造业增加值增长12%,占规模以上工业比重为15.3%,比上月提高0.4个百分点。\n",
     [{"value": 12, **MAY}, {"value": 15.3, "subject": "高技术制造业增加值(占规模以上工业比重)", **MAY},
      {"value": 0.4, "subject": "高技术制造业增加值(占规模以上工业比重)", **MAY}]),
]

FIRST_MONTHS = [
    ("a year's first months without 个 run from January",
     "2021年前7月,全区外贸进出口总值860.5亿元,同比增长21.3%。2020年前十月,全区出口增长4%。\n",
     [{"value": 86050000000, "period_start": "2021-01-01", "period_end": "2021-07-31"},
      {"value": 21.3, "period_start": "2021-01-01", "period_end": "2021-07-31"},
      {"value": 4, "period_start": "2020-01-01", "period_end": "2020-10-31"}]),
    ("a span from an event's month: the event between the month and the end",
     "从2019年4月网络办税平台上线至2020年12月31日,全市网上办税业务量达150万笔。自2018年7月开通至2020年底,平台累计交易额"
     "达12亿元。\n",
     [{"value": 1500000, "period_start": "2019-04-01", "period_end": "2020-12-31"},
      {"value": 1200000000, "period_start": "2018-07-01", "period_end": "2020-12-31"}]),
    # negatives: a month of a year is that month
    ("a month of a year alone is that month", "2021年7月,全区外贸进出口总值120亿元。\n",
     [{"value": 12000000000, "period_start": "2021-07-01", "period_end": "2021-07-31"}]),
]

LIST_LEADS = [
    ("a flow opening the first item is every item's, and the measure after the last is shared",
     "2021年前7月,全区进口铁矿砂、原油、大豆贸易额分别增长12.5%、30.1%、8.4%。\n",
     [{"value": 12.5, "subject": "进口铁矿砂贸易额"}, {"value": 30.1, "subject": "进口原油贸易额"},
      {"value": 8.4, "subject": "进口大豆贸易额"}]),
    ("a manner's preposition opening the first item: the shared measure is read without it",
     "2021年前7月,全区以水路、铁路、公路运输方式进出口货运量分别为520万吨、310万吨、95万吨。\n",
     [{"value": 5200000, "subject": "以水路运输方式进出口货运量"}, {"value": 3100000, "subject": "以铁路运输方式进出口货运量"},
      {"value": 950000, "subject": "以公路运输方式进出口货运量"}]),
    # negatives: every item names its own flow
    ("items each with a flow of their own share none", "2021年前7月,全区进口铁矿砂、出口钢材分别增长12.5%、8%。\n",
     [{"value": 12.5, "subject": "进口铁矿砂"}, {"value": 8, "subject": "出口钢材"}]),
]

ITEM_ESTIMATES = [
    ("an estimate cue after its own measure holds for that item, not for the items after the next `;`",
     "2024年,全市研发经费投入强度预计达到2.9%;规上工业增加值增长8.1%,其中高新技术产业增加值占比达66.2%。\n",
     [{"value": 2.9, "status": "estimate"}, {"value": 8.1, "status": "actual"}, {"value": 66.2, "status": "actual"}]),
    # negatives: a cue opening the sentence holds for every item
    ("a cue opening the sentence holds for the list", "预计2024年,全市研发经费投入强度达到2.9%;规上工业增加值增长8.1%。\n",
     [{"value": 2.9, "status": "estimate"}, {"value": 8.1, "status": "estimate"}]),
]

YEAR_2019 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}

BODY_ACTORS = [
    ("a national authority opening its sentence owns the bare amounts of its later clauses",
     "去年,中国银保监会作出行政处罚决定210件,同比增长12%,罚没款金额36亿元。\n",
     [{"value": 210, **YEAR_2019}, {"value": 12, **YEAR_2019}, {"value": 3600000000, **YEAR_2019}]),
    ("an organ's acts after its first one are the organ's",
     "2019年,全国检察机关共受理控告申诉12.5万件,办结11.8万件,立案监督2300件,纠正违法1900件。\n",
     [{"value": 125000, "subject": "检察机关受理控告申诉"}, {"value": 118000},
      {"value": 2300, "subject": "检察机关立案监督"}, {"value": 1900, "subject": "检察机关纠正违法"}]),
    ("a ministry told by its deputy minister, and an association's members across `；`",
     "科技部副部长王平介绍,2019年科技部共办理人大代表建议380件,政协委员提案290件。"
     "1—9月,中钢协会员企业利润总额1500亿元;销售利润率4.2%。\n",
     [{"value": 380, "subject": "科技部办理人大代表建议"}, {"value": 290, "subject": "科技部政协委员提案"},
      {"value": 150000000000, "subject": "中钢协会员企业利润总额"}, {"value": 4.2, "subject": "中钢协会员企业销售利润率"}]),
    # negatives: a body that publishes names no figure of its own; a place or another body between takes the clause
    ("a body that publishes, and another body's clause",
     "国家统计局发布数据,5月份,全国居民消费价格同比上涨2.4%。2019年,最高人民检察院受理案件3.5万件,"
     "地方各级检察院受理案件290万件,办结率98%。\n",
     [{"value": 2.4, "subject": "居民消费价格", "region": "全国"},
      {"value": 35000, "subject": "最高人民检察院受理案件"}, {"value": 2900000},
      {"value": 98, "subject": "办结率"}]),
]

Q2 = {"period_start": "2025-04-01", "period_end": "2025-06-30"}

RANKED_UNITS = [
    ("units ranked by an act of handling, each count in a bracket after its unit",
     "第二季度,县12345热线交办诉求事项共2900宗,其中办理事项排名前三的部门是县公安局(260宗)、县住建局(210宗)、"
     "县教育局(150宗)。\n",
     [{"value": 2900, **Q2}, {"value": 260, "subject": "县公安局办理事项", **Q2},
      {"value": 210, "subject": "县住建局办理事项", **Q2}, {"value": 150, "subject": "县教育局办理事项", **Q2}]),
    # negatives: a ranking of categories names each category alone
    ("a ranking of categories keeps the category's name",
     "第二季度,县12345热线受理诉求2900宗,受理数量排名前二的分别是住房保障560宗、交通出行430宗。\n",
     [{"value": 2900, **Q2}, {"value": 560, "subject": "住房保障", **Q2}, {"value": 430, "subject": "交通出行", **Q2}]),
]

TOLERANCES = [
    ("a tolerance band is no level; the growth beside it is a fact",
     "2020年,全省粮食产量增长2.1%,多数年份波动幅度保持在±5%以内,测量误差控制在正负0.5%以内。\n",
     [{"value": 2.1, "subject": "粮食产量"}]),
]

CATCHWORDS = [
    ("an adverb of immediacy before the verb is no part of the subject",
     "一季度,全市新款空调上市三个月,市场占有率即达到15%。\n", [{"value": 15, "subject": "市场占有率"}]),
    ("a quoted catchword opening a headline is no part of the subject",
     "“开门红” 一季度全市地区生产总值增长8.1%\n本报讯 一季度,全市地区生产总值增长8.1%。\n",
     [{"value": 8.1, "subject": "地区生产总值"}]),
    # negatives: a quoted name the subject runs on from stays
    ("a quoted name run on into the subject stays", "一季度,全市“菜篮子”产品供应量增长5%。\n",
     [{"value": 5, "subject": "菜篮子产品供应量"}]),
]

Y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

POPULATION = [
    ("a register named once is the later bare population measures'; migrations after a year-end are the year's flows",
     "2021年末全县户籍人口35.2万人。全年户籍出生人口2100人,死亡人口2600人,人口自然增长率为-1.4‰。迁入人口900人,"
     "迁出人口1300人。\n",
     [{"value": 352000, "period_end": "2021-12-31"}, {"value": 2100, "subject": "户籍出生人口", **Y2021},
      {"value": 2600, "subject": "户籍死亡人口", **Y2021}, {"value": -1.4, "subject": "户籍人口自然增长率", **Y2021},
      {"value": 900, "subject": "迁入人口", **Y2021}, {"value": 1300, "subject": "迁出人口", **Y2021}]),
    # negatives: two registers named leave a bare measure bare
    ("two registers named: a bare measure stays bare",
     "年末全县常住人口40.1万人,户籍人口35.2万人,出生人口2100人。\n",
     [{"value": 401000, "subject": "常住人口"}, {"value": 352000, "subject": "户籍人口"},
      {"value": 2100, "subject": "出生人口"}]),
]

TABLES = [
    (LEVEL_MOVES, date(2021, 6, 1), "news.txt"),
    (FIRST_MONTHS, date(2021, 8, 20), "news.txt"),
    (LIST_LEADS, date(2021, 8, 20), "news.txt"),
    (ITEM_ESTIMATES, date(2025, 2, 28), "report.txt"),
    (BODY_ACTORS, date(2020, 2, 20), "rmrb-2020-02-20-02-01.txt"),
    (RANKED_UNITS, date(2025, 7, 10), "hotline.txt"),
    (CATCHWORDS, date(2021, 4, 20), "news.txt"),
    (POPULATION, date(2022, 3, 20), "communique.txt"),
    (TOLERANCES, date(2021, 2, 20), "news.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round59_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
