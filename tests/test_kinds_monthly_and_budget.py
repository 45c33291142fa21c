"""A hotline's monthly note, a budget report, a trade news item, a county work report and a harvest item of other
provinces: a change against last month opens no time, a year written without 年 before 全区, a paragraph opening
with bare 同期, a from-to statement's first amount told in two units, a record plot that owns no later measure
(issue 10, classes found on real reports outside every gold). Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2024, 5, 6)
APR = {"period_start": "2024-04-01", "period_end": "2024-04-30"}

# `较上月`/`比上月` right at a sentence's start is the base of the change: the month in force stays the report's.
BASELINE_OPENINGS = [
    ("2024年4月1日至4月30日,全市热线共受理工单3120件。较上月工单增加182件。",
     MAY, [{"value": 3120, **APR}, {"value": 182, **APR}]),
    ("4月份,全县热线受理群众诉求2210件。比上月诉求减少96件。",
     MAY, [{"value": 2210, **APR}, {"value": -96, **APR}]),
    # negative: `上月` that opens a sentence on its own in a note about the month before stays that month
    ("上个月,全市热线共受理诉求4100件。", date(2024, 5, 15), [{"value": 4100, **APR}]),
]

Y21 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}

# A year with no 年 before a whole-area word (`2021全区…`) dates its sentence; a count of 2021 things is no year.
BARE_YEAR = [
    ("2021全区政府性基金预算收入完成98.6亿元,同比增长6.4%。",
     date(2022, 2, 10), [{"value": 9.86e9, **Y21}, {"value": 6.4, **Y21}]),
    ("2021全市一般公共预算支出完成75.2亿元,同比下降3.1%。",
     date(2022, 2, 10), [{"value": 7.52e9, **Y21}, {"value": -3.1, **Y21}]),
    # negative: 2021 things counted
    ("全市共有市场主体2021家。", date(2022, 2, 10), [{"value": 2021, "unit": "家"}]),
]

Q1 = {"period_start": "2019-01-01", "period_end": "2019-03-31"}

# A paragraph opening with a bare `同期` goes on with the time the paragraph before told.
SAME_PERIOD_PARAGRAPH = [
    ("民营企业的比重继续提升,一季度全省民营企业进出口4123.5亿元。\n同期,全省对东盟进出口1288.6亿元,同比增长9.2%。",
     date(2019, 4, 20), [{"value": 4.1235e11, **Q1}, {"value": 1.2886e11, **Q1}, {"value": 9.2, **Q1}]),
    # negative: a paragraph before that told no time of its own leaves 同期 to the report's default
    ("全省外贸结构继续优化。\n同期,全省对东盟进出口1288.6亿元。",
     date(2019, 4, 20), [{"value": 1.2886e11, "period_start": None, "period_end": "2019-04-20"}]),
]

Y19 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}

# A from-to statement's first amount told in two units (`由…户…人减至…`): within one year it is the level before it,
# at a time the text does not give.
FROM_TWO_UNITS = [
    ("2019年,全县贫困人口由8210户30115人减至412户998人。",
     date(2020, 1, 10), [{"value": 8210, "period_start": None, "period_end": None},
                         {"value": 30115, "period_start": None, "period_end": None},
                         {"value": 412, **Y19}, {"value": 998, **Y19}]),
]

# A record plot (`最高田块`) that opens a sentence is no topic for the measures named alone after it.
RECORD_TOPIC = [
    ("今年全县晚稻经测产验收,最高田块单产达到601公斤;预计全县平均单产475公斤,比上年增2.8%。",
     date(2016, 10, 20), [{"value": 601, "subject": "最高田块单产"}, {"value": 475, "subject": "平均单产"},
                          {"value": 2.8, "subject": "平均单产"}]),
    # negative: a crop's yield after its sown area is still the crop's
    ("全县早稻种植面积12.5万亩,单产412公斤。",
     date(2016, 8, 20), [{"value": 125000}, {"value": 412, "subject": "早稻单产"}]),
]


@pytest.mark.parametrize("text,published,expected",
                         BASELINE_OPENINGS + BARE_YEAR + SAME_PERIOD_PARAGRAPH + FROM_TWO_UNITS + RECORD_TOPIC)
def test_kinds_monthly_and_budget(text, published, expected):
    assert_exactly(text, expected, published)


# Known gap: a rate after a change against last month (`较上月…增加182件,同比上升5.2%`) is dropped.
@pytest.mark.xfail(strict=True, reason="the 同比 rate after a 较上月 change is dropped")
def test_rate_after_last_month_change():
    assert_exactly("2024年4月1日至4月30日,全市热线共受理工单3120件。较上月工单增加182件,同比上升5.2%。",
                   [{"value": 3120, **APR}, {"value": 182, **APR}, {"value": 5.2, **APR}], MAY)
