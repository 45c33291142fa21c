"""Scopes of round 51: years spread one to a figure over a span of whole years (year_spread_items.py), a quarter or a
month opening a clause after a speaker dating its whole list (clause_times.py), and a story's dateline as a lead
before the firm that acts in its first sentence (lexicon `sentence_lead`, `firm_acts_after`). Each row is our own
text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 18)
PAPER = "rmrb-2020-05-18-12-01.txt"


def _year(y: int) -> dict:
    return {"period_start": f"{y}-01-01", "period_end": f"{y}-12-31"}


SPREAD = [
    ("three years, three growth rates", "2016—2018年，全国GDP分别增长6.9%、6.7%和6.5%。\n",
     [{"value": v, **_year(y)} for v, y in ((6.9, 2016), (6.7, 2017), (6.5, 2018))]),
    ("three years, three counts after a speaker", "江西省高院院长介绍，2017年至2019年，全省法院审结合同纠纷案件分别为"
     "12000件、13500件、15100件。\n",
     [{"value": v, **_year(y)} for v, y in ((12000, 2017), (13500, 2018), (15100, 2019))]),
    ("two years, two amounts", "2018年至2019年，南昌市教育财政投入分别达21.5亿元和30.2亿元。\n",
     [{"value": v, **_year(y)} for v, y in ((2150000000, 2018), (3020000000, 2019))]),
    ("four years, four shares", "2015—2018年，全省研发投入强度分别为1.2%、1.3%、1.4%、1.5%。\n",
     [{"value": v, **_year(y)} for v, y in ((1.2, 2015), (1.3, 2016), (1.4, 2017), (1.5, 2018))]),
]

SPAN_KEPT = [
    ("fewer numbers than years: which years is not said", "2001—2012年，三类排放分别下降47%、36%和21%。\n", 3),
    ("items listed before the numbers are the numbers' owners", "2016年至2018年，全省压减煤炭、水泥、玻璃产能"
     "分别完成目标任务的100%、205%和161%。\n", 3),
]

CLAUSE_TIME = [
    ("a quarter after a deputy speaking dates both items", "湖南省财政厅厅长王建代表介绍，一季度湖南省发行一般债券257亿元、"
     "专项债券441.5亿元。\n", [(25700000000, "2020-01-01", "2020-03-31"), (44150000000, "2020-01-01", "2020-03-31")]),
    ("a month span after a deputy speaking dates both items", "江西省统计局局长李明代表介绍，1至4月全省完成工业投资257亿元、"
     "技改投资41.5亿元。\n", [(25700000000, "2020-01-01", "2020-04-30"), (4150000000, "2020-01-01", "2020-04-30")]),
    ("a month after a member speaking dates both items", "四川省发改委主任张华委员介绍，4月全省CPI同比上涨3.3%、PPI下降"
     "3.1%。\n", [(3.3, "2020-04-01", "2020-04-30"), (-3.1, "2020-04-01", "2020-04-30")]),
]

MONTH_END_BASE = [
    ("a month's end compared with the month before's", "4月末，狭义货币（M1）余额57.1万亿元，同比增长5.6%，增速比上月末高"
     "0.6个百分点。\n", [(57100000000000, "狭义货币余额", "2020-04-30"), (5.6, "狭义货币余额", "2020-04-30"),
                        (0.6, "狭义货币余额增速", "2020-04-30")]),
    ("a fall against the month before's end", "3月末，外汇储备余额3.1万亿美元，较上月末下降420亿美元。\n",
     [(3100000000000, "外汇储备余额", "2020-03-31"), (-42000000000, "外汇储备余额变化", "2020-03-31")]),
    ("a bare move against the month before's end is the rate's", "4月末，人民币贷款余额162万亿元，同比增长13.2%，比上月末"
     "高0.5个百分点；4月份新增1.8万亿元。\n", [(162000000000000, "人民币贷款余额", "2020-04-30"),
                                          (13.2, "人民币贷款余额", "2020-04-30"), (0.5, "人民币贷款余额增速", "2020-04-30"),
                                          (1800000000000, "人民币贷款新增", "2020-04-30")]),
    ("the end of last month opening a clause is its day", "上月末，全市住户存款余额1200亿元。\n",
     [(120000000000, "住户存款余额", "2020-04-30")]),
]

DATELINE = [
    ("a firm acting after the dateline owns its later clause's measure",
     "本报北京5月17日电（记者王观）东升集团一季度销量下降40%，利润下降20%。\n",
     [{"value": -40, "subject": "东升集团销量", "region": None}, {"value": -20, "subject": "东升集团利润", "region": None}]),
    ("a bank acting after a bare dateline", "本报电 南岭银行今年一季度贷款增长12%，不良率为1.2%。\n",
     [{"value": 12, "subject": "南岭银行贷款", "region": None}, {"value": 1.2, "subject": "南岭银行不良率", "region": None}]),
    ("a central bank's published data stay the country's", "本报北京5月17日电（记者王观）中国人民银行15日公布的数据"
     "显示，4月人民币贷款增加1.7万亿元，同比多增6800亿元。\n",
     [{"value": 1700000000000, "region": "全国"}, {"value": 680000000000, "region": "全国"}]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in SPREAD], ids=[r[0] for r in SPREAD])
def test_years_spread_one_to_a_figure(text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)


@pytest.mark.parametrize("text,n", [r[1:] for r in SPAN_KEPT], ids=[r[0] for r in SPAN_KEPT])
def test_span_kept_when_the_years_are_not_said(text, n):
    span = {"period_start": text[:4] + "-01-01", "period_end": text[5:9] + "-12-31"} if text[4] == "—" else \
        {"period_start": text[:4] + "-01-01", "period_end": text[6:10] + "-12-31"}
    assert_exactly(text, [span] * n, PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in CLAUSE_TIME], ids=[r[0] for r in CLAUSE_TIME])
def test_clause_opening_time_dates_its_list(text, expected):
    assert_exactly(text, [{"value": v, "period_start": a, "period_end": b} for v, a, b in expected], PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in MONTH_END_BASE], ids=[r[0] for r in MONTH_END_BASE])
def test_month_end_base(text, expected):
    assert_exactly(text, [{"value": v, "subject": s, "period_end": e} for v, s, e in expected], PUBLISHED, PAPER)


@pytest.mark.parametrize("text,expected", [r[1:] for r in DATELINE], ids=[r[0] for r in DATELINE])
def test_dateline_is_a_lead(text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)
