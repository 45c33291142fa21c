"""An undated text that says its own year (`2024年前三季度`, `今年（2023年）`, `截至8月底，全县2024年…`) dates its bare
`前三季度`, `上半年`, `截至10月20日` in that year; one whose only year is an event's name (`2024中国针织博览会`) or that
names two years settles nothing and its figures stay undated. A run of years that an earlier clause claims
(`…增长7.9%，连续四年位居全市首位；…`) dates no later item; a run alone as its clause still does. A scope word between an
as-of day and its year (`截至8月底，全县2024年…`) keeps the year up to that day.

Each row is our own text (figures restated, never corpus text): all its facts, in order."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly


def _fact(subject, value, start, end, status="actual"):
    return {"subject": subject, "value": value, "period_start": start, "period_end": end, "status": status}


_NEWS = "某县消费市场持续回暖\n本报讯 记者李华\n"
STATED_YEARS = [
    ("a year with a part of it", _NEWS + "2024年前三季度,全县社会消费品零售总额完成120.5亿元。\n"
     "上半年,全县网络零售额增长15.2%。\n截至10月20日,全县发放消费券800万元。\n",
     [_fact("社会消费品零售总额", 12050000000, "2024-01-01", "2024-09-30"),
      _fact("网络零售额", 15.2, "2024-01-01", "2024-06-30"),
      _fact("消费券发放", 8000000, None, "2024-10-20")]),
    ("a year after an as-of day", _NEWS + "前三季度,全县社会消费品零售总额完成120.5亿元,增长7.6%。\n"
     "截至8月底,全县2024年家电以旧换新补贴已发放3000万元。\n",
     [_fact("社会消费品零售总额", 12050000000, "2024-01-01", "2024-09-30"),
      _fact("社会消费品零售总额", 7.6, "2024-01-01", "2024-09-30"),
      _fact("家电以旧换新补贴发放", 30000000, "2024-01-01", "2024-08-31")]),
    ("今年 with its year", _NEWS + "今年（2023年）以来,全县旅游热度不减。\n上半年,全县接待游客320万人次。\n",
     [_fact("接待游客", 3200000, "2023-01-01", "2023-06-30")]),
]

UNSETTLED = [
    ("an event's year only", "某镇袜业秋季参展\n本刊记者 王强\n8月20—22日,2024中国针织博览会在上海举行。\n"
     "截至今年7月,全镇袜业实现产值18亿元。上半年直接出口实现1500万元。\n",
     [_fact("7月袜业实现产值", 1800000000, None, None), _fact("上半年直接出口", 15000000, None, None)]),  # the time
    # no year settles stays in the subject (round 66)
    ("two years named", _NEWS + "上半年,全县网络零售额增长15.2%。\n截至2024年6月底,全县累计建成5G基站900个,"
     "比2023年底增加120个。\n",
     [_fact("上半年网络零售额", 15.2, None, None), _fact("累计建成5G基站", 900, None, "2024-06-30"),
      _fact("累计建成5G基站增加", 120, "2024-01-01", "2024-06-30")]),  # since the base's year end
]

_REVIEW = "政府工作报告\n——2022年1月10日在某区第三届人民代表大会第一次会议上\n一、2021年工作回顾\n"
Y2021 = ("2021-01-01", "2021-12-31")
CLAIMED_RUNS = [
    ("a ranking claimed for three years", _REVIEW + "过去一年,全区实现地区生产总值150.3亿元、增长7.9%,"
     "连续四年位居全市首位;固定资产投资增长10.2%,一般公共预算收入增长12%。\n",
     [_fact("地区生产总值", 15030000000, *Y2021), _fact("地区生产总值", 7.9, *Y2021),
      _fact("固定资产投资", 10.2, *Y2021), _fact("一般公共预算收入", 12, *Y2021)]),
    ("a growth streak claimed", _REVIEW + "过去一年,全区出口额增长9%,已连续三年保持两位数增长;"
     "社会消费品零售总额增长13.1%。\n",
     [_fact("出口额", 9, *Y2021), _fact("社会消费品零售总额", 13.1, *Y2021)]),
    ("a run alone as its clause still dates", _REVIEW + "连续三年,全区累计投入教育资金25亿元。\n",
     [_fact("累计投入教育资金", 2500000000, "2019-01-01", "2021-12-31")]),
]

ROWS = STATED_YEARS + UNSETTLED + CLAIMED_RUNS


@pytest.mark.parametrize(("label", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_stated_year_periods(label, text, expected):
    published = date(2022, 1, 11) if text.startswith("政府工作报告") else None
    assert_exactly(text, expected, published=published)
