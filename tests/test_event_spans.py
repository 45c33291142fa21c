"""An event's span of days in a story's lead (`5月1日至5月15日举办的…购物节期间`) dates the figures a later clause
tells `活动期间`; a figure with a time of its own, or a lead with no event's span keeps its period."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 5, 20)
SPAN = {"period_start": "2021-05-01", "period_end": "2021-05-15"}

CASES = [
    ("活动期间 after the lead",
     "本报北京5月19日电 5月1日至5月15日举办的首届“春季购物节”期间，线上销售额达520亿元。\n"
     "活动期间，家用电器销量同比增长35%，运动器材增长18%。\n",
     [{"value": 5.2e10, **SPAN}, {"value": 35, **SPAN}, {"value": 18, **SPAN}]),
    ("此次活动期间 later in a sentence",
     "本报北京5月19日电 5月1日至5月15日开展的家电消费节期间，参与商户超过3万家。\n"
     "乡村消费明显升温，此次活动期间，农村网络零售额增长27%。\n",
     [{"value": 30000, **SPAN}, {"value": 27, **SPAN}]),
    # negatives: a bare 期间, and a figure with a day of its own after 活动期间
    ("no span in the lead",
     "本报北京5月19日电 首届“春季购物节”日前落幕，线上销售额达520亿元。\n"
     "活动期间，家用电器销量同比增长35%。\n",
     [{"value": 5.2e10, "period_start": None, "period_end": "2021-05-19"},
      {"value": 35, "period_start": None, "period_end": "2021-05-19"}]),
    ("own day after 活动期间",
     "本报北京5月19日电 5月1日至5月15日举办的首届“春季购物节”期间，线上销售额达520亿元。\n"
     "活动期间，5月1日当天，家用电器销量同比增长35%。\n",
     [{"value": 5.2e10, **SPAN}, {"value": 35, "period_start": "2021-05-01", "period_end": "2021-05-01"}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_event_spans(name: str, text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, DAY)
