"""Periods and families of one-day events and plans (audit kinds43, classes D, G, H; sheet 43b#68).

Deals signed at a one-day ceremony an earlier sentence tells held on a day (`4月2日,…集中签约仪式举行。现场集中签约15个
项目`) are that day's, not a stock up to it, and what they are signed for (`签约总额`) is contracted investment; checks done
before a holiday (`节前,…`, `国庆节前夕,…`) run up to its eve, and `假期前期` (before it or its first days) has no period,
never the holiday's days; foreign-invested firms' trade is trade, not investment; the calls a line answered
(`接听群众来电`) are its voice channel, not its total; `争取` before a change strives for it (a target). Each row is our own
sentence: ALL its facts, with the fields named."""

from datetime import date

import pytest
from factcase import assert_exactly


def _f(value, indicator, start, end, status="actual", **more):
    return {"value": value, "indicator": indicator, "period_start": start, "period_end": end, "status": status, **more}


SIGNED = date(2024, 4, 2)
P, T, C = "investment.projects", "investment.project_total", "investment.contracted"

SIGNINGS = [
    ("a ceremony's deals, the year in the event's name",
     "衡阳市重大招商项目集中签约\n4月2日,衡阳市2024年二季度重大招商项目集中签约仪式举行。现场集中签约15个项目,总投资额达96亿元。\n",
     [_f(15, P, "2024-04-02", "2024-04-02"), _f(9.6e9, T, "2024-04-02", "2024-04-02")]),
    ("deals signed at the meeting, with their sum",
     "4月1日,旬阳市招商引资项目集中签约仪式在市政务中心举行。会上签订了光伏组件、富硒茶加工等12个招商引资项目,签约总额达15.3亿元。\n",
     [_f(12, P, "2024-04-01", "2024-04-01"), _f(1.53e9, C, "2024-04-01", "2024-04-01", subject="签约总额")]),
    ("a signing congress convened",
     "3月28日上午,九江市重大项目签约大会召开。大会共签约项目38个,合同金额260亿元。\n",
     [_f(38, P, "2024-03-28", "2024-03-28"), _f(2.6e10, C, "2024-03-28", "2024-03-28")]),
    ("this event's on-site deals",
     "3月29日,常德市举行一季度招商项目集中签约活动。本次活动现场签约项目21个,总投资额140亿元。\n",
     [_f(21, P, "2024-03-29", "2024-03-29"), _f(1.4e10, T, "2024-03-29", "2024-03-29")]),
    # negatives: a running tally, a year's tally, signing with no event told, another kind of meeting
    ("a running tally after the ceremony",
     "3月29日,常德市一季度招商项目集中签约活动举行。今年以来,全市累计签约项目150个。\n",
     [_f(150, P, "2024-01-01", "2024-04-02")]),
    ("last year's tally after the ceremony",
     "3月29日,常德市一季度招商项目集中签约活动举行。2023年,全市集中签约项目120个。\n",
     [_f(120, P, "2023-01-01", "2023-12-31")]),
    ("on-site deals no event dates",
     "全市重点项目现场签约项目35个,总投资额达210亿元。\n",
     [_f(35, P, None, "2024-04-02"), _f(2.1e10, T, None, "2024-04-02")]),
    ("pledges signed at a work meeting",
     "3月28日,全市安全生产工作会议召开。现场签订安全生产责任书45份。\n",
     [_f(45, None, None, "2024-03-28")]),
]


@pytest.mark.parametrize("label,text,expected", SIGNINGS, ids=[c[0] for c in SIGNINGS])
def test_signed_at_one_day_event(label, text, expected):
    assert_exactly(text, expected, SIGNED)


HOLIDAY = date(2023, 10, 9)
TOUR = "2023年国庆假期宿豫区文旅市场持续升温\n"

BEFORE_HOLIDAY = [
    ("checks before the holiday, after its figures",
     TOUR + "国庆假期,全区接待游客52万人次。节前,区文旅局检查旅游企业38家,排查隐患11处,均已在节前整改到位。\n",
     [_f(520000, None, "2023-09-29", "2023-10-06"), _f(38, None, None, "2023-09-28"), _f(11, None, None, "2023-09-28")]),
    ("the holiday's early phase or the days before it",
     TOUR + "假期文旅市场安全有序,假期前期,区文旅局出动检查人员60人次,检查景区12家。\n",
     [_f(60, None, None, None), _f(12, None, None, None)]),
    ("the eve of National Day, then the holiday",
     "国庆节前夕,全县共发放文旅消费券500万元。长假期间,全县实现旅游收入3亿元。\n",
     [_f(5e6, None, None, "2023-09-28"), _f(3e8, None, "2023-09-29", "2023-10-06")]),
    ("before the golden week a headline names",
     "“十一”黄金周全市旅游市场火爆\n假期之前,市场监管局检查餐饮单位210家。黄金周期间,共接待游客80万人次,同比增长20%。\n",
     [_f(210, None, None, "2023-09-28"), _f(800000, None, "2023-09-29", "2023-10-06"),
      _f(20, None, "2023-09-29", "2023-10-06")]),
]

SPRING = date(2024, 2, 20)
BEFORE_FESTIVAL = [
    ("wages recovered before the Spring Festival",
     "春节前,全市为农民工追回欠薪3000万元。春节期间,全市接待游客210万人次。\n",
     [_f(3e7, None, None, "2024-02-09"), _f(2.1e6, None, "2024-02-10", "2024-02-17")]),
    ("this year's Spring Festival eve",
     "今年春节前,省人社厅共检查用人单位1500家。\n", [_f(1500, None, None, "2024-02-09")]),
]

GAP = "a deadline clause after the figures (`均已在节前整改到位`) does not yet say when the checks were done"
BEFORE_GAPS = [
    pytest.param("hazards fixed before the holiday, said after them",
                 "国庆假期,全区接待游客52万人次,排查隐患11处,均已在节前整改到位。\n",
                 [_f(520000, None, "2023-09-29", "2023-10-06"), _f(11, None, None, None)],
                 marks=pytest.mark.xfail(strict=True, reason=GAP)),
]


@pytest.mark.parametrize("label,text,expected", BEFORE_HOLIDAY + BEFORE_GAPS,
                         ids=[c[0] for c in BEFORE_HOLIDAY] + ["hazards fixed before the holiday"])
def test_before_a_holiday(label, text, expected):
    assert_exactly(text, expected, HOLIDAY)


@pytest.mark.parametrize("label,text,expected", BEFORE_FESTIVAL, ids=[c[0] for c in BEFORE_FESTIVAL])
def test_before_a_festival(label, text, expected):
    assert_exactly(text, expected, SPRING)


TRADE = date(2023, 11, 20)

FAMILIES = [
    ("foreign-invested firms' trade is trade",
     "前10个月,烟台市外商投资企业进出口820亿元,下降5%;外资企业出口额430亿元。\n",
     [{"value": 8.2e10, "family": "other"}, {"value": -5, "family": "growth_rate"},
      {"value": 4.3e10, "family": "other"}]),
    ("foreign-invested firms' investment is still brought in",
     "今年以来,烟台市外商投资企业实际投资5亿美元,实际使用外资8亿美元。\n",
     [{"value": 5e8, "family": "investment"}, {"value": 8e8, "family": "investment"}]),
    ("calls answered beside the web's items",
     "10月份,12345热线共接听群众来电9120个,受理网络诉求860件。\n",
     [{"value": 9120, "indicator": "hotline.count"}, {"value": 860, "indicator": "hotline.count"}]),
    ("calls answered as a part of the intake",
     "10月份,市12345热线共受理群众诉求9980件,其中接听来电9120个。\n",
     [{"value": 9980, "indicator": "hotline.contacts_total"}, {"value": 9120, "indicator": "hotline.count"}]),
]


@pytest.mark.parametrize("label,text,expected", FAMILIES, ids=[c[0] for c in FAMILIES])
def test_families_of_firms_and_channels(label, text, expected):
    assert_exactly(text, expected, TRADE)


STRIVE = [
    ("striving for foreign capital's growth",
     "下一步,烟台市将着眼先进制造业招商,争取实际利用外资增长12%以上。\n",
     [{"value": 12, "subject": "实际利用外资", "status": "target"}]),
    ("striving for more visitors this year",
     "今年,该县争取全年接待游客人数增长15%。\n", [{"value": 15, "status": "target"}]),
    # negatives: funds and capital secured
    ("funds secured grew", "去年,全县争取上级资金增长20%,争取外资3000万美元。\n",
     [{"value": 20, "status": "actual"}, {"value": 3e7, "status": "actual"}]),
]


@pytest.mark.parametrize("label,text,expected", STRIVE, ids=[c[0] for c in STRIVE])
def test_striving_for_a_change(label, text, expected):
    assert_exactly(text, expected, TRADE)
