"""A hotline report's channel subset keeps its scope and is no total; `当季` before a whole area's word is no part of a
subject; a trade story opening with a fair's days dates the fair's figures only, and exhibitors are no count of the
industry's firms (kinds33 classes 3 and 4). Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

APR = date(2025, 4, 22)
Q1 = {"period_start": "2025-01-01", "period_end": "2025-03-31"}

# A channel named before a long bracketed list of its sources (`非话务渠道(含省长信箱、…等渠道)`) stays in the subject,
# and a channel's intake is no hotline total.
CHANNELS = [
    ("第一季度,12345热线话务总量为18420个,受理非话务渠道(含省长信箱、书记市长信箱、国家政务服务平台、政府网站、"
     "县长信箱、政协云、省级12345热线等渠道)各类诉求315件,办结309件。", APR,
     [{"value": 18420}, {"subject": "非话务渠道各类诉求受理", "indicator": "hotline.items", "value": 315, **Q1},
      {"subject": "办结非话务渠道各类诉求", "indicator": "hotline.resolved", "value": 309, **Q1}]),
    ("第一季度,12345热线受理网络渠道诉求1277件。", APR,
     [{"indicator": "hotline.items", "value": 1277, **Q1}]),
    # negative: all channels together are the line's total
    ("第一季度,12345热线共受理各渠道诉求6120件。", APR,
     [{"indicator": "hotline.contacts_total", "value": 6120, **Q1}]),
]

Q19 = {"period_start": "2019-01-01", "period_end": "2019-03-31"}

# `当季` before 全省/全市: the quarter in force, a time the period says.
QUARTER_WORD = [
    ("一季度,全省经济开局平稳。当季全省社会消费品零售总额2810.5亿元,增长9.6%。", date(2019, 4, 20),
     [{"subject": "社会消费品零售总额", "value": 2.8105e11, **Q19}, {"subject": "社会消费品零售总额", "value": 9.6, **Q19}]),
    ("一季度,本季度全市规模以上工业增加值增长6.3%。", date(2019, 4, 20),
     [{"subject": "规模以上工业增加值", "value": 6.3, **Q19}]),
    # negative: produce in season keeps its word
    ("一季度,全市当季水果销售额3.2亿元。", date(2019, 4, 20), [{"subject": "当季水果销售额", "value": 3.2e8}]),
]

FAIR = {"period_start": "2024-09-10", "period_end": "2024-09-12"}
SEP = date(2024, 9, 12)
OPENED = "9月10—12日,2024秋季针织博览会在上海隆重开幕。袜业产业集群携12家袜企参展。\n"

# A lead opening with a fair's days: the figures told of the fair keep them (and its exhibitors are no firm count); a
# later paragraph's yearly output that names nothing of the fair has no time the text settles.
FAIR_GAP = pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: a fair's own count "
                                                  "(袜业产业集群携12家袜企参展 → 参展袜企)")
FAIR_STORY = [
    pytest.param("yearly output after the fair's lead",
                 OPENED + "记者了解到,该镇袜业现有企业230家;年产袜子26亿双,产值近36亿元。\n",
                 [{"family": "other", "value": 12, **FAIR},
                  {"indicator": "sock.companies", "value": 230, "period_start": None, "period_end": "2024-09-12"},
                  {"indicator": "sock.output_pairs", "value": 2.6e9, "period_start": None, "period_end": None},
                  {"indicator": "sock.revenue", "value": 3.6e9, "period_start": None, "period_end": None}],
                 marks=FAIR_GAP, id="yearly output after the fair's lead"),
    pytest.param("the fair's own figures keep its days", OPENED + "展会期间,袜企现场签约订单800万双。\n",
                 [{"family": "other", "value": 12, **FAIR}, {"indicator": "sock.orders_pairs", "value": 8e6, **FAIR}],
                 marks=FAIR_GAP, id="the fair's own figures keep its days"),
    # negatives: a lead's span that is no event keeps dating its story; a figure with a year of its own keeps it
    ("a reporting span, no event", "9月1—10日,全镇袜企出口袜子1200万双。\n袜企新增订单300万双。\n",
     [{"value": 1.2e7, "period_start": "2024-09-01", "period_end": "2024-09-10"},
      {"value": 3e6, "period_start": "2024-09-01", "period_end": "2024-09-10"}]),
    pytest.param("own year after the fair's lead", OPENED + "2023年,该镇袜业产值34亿元。\n",
                 [{"value": 12}, {"value": 3.4e9, "period_start": "2023-01-01", "period_end": "2023-12-31"}],
                 marks=FAIR_GAP, id="own year after the fair's lead"),
]


@pytest.mark.parametrize("text,published,expected", CHANNELS + QUARTER_WORD, ids=[c[0][:20] for c in CHANNELS + QUARTER_WORD])
def test_channels_and_quarter_word(text, published, expected):
    assert_exactly(text, expected, published)


@pytest.mark.parametrize("name,text,expected", FAIR_STORY, ids=[c.id if hasattr(c, "marks") else c[0] for c in FAIR_STORY])
def test_fair_story(name, text, expected):
    assert_exactly(text, expected, SEP)
