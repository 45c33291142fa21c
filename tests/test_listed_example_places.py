"""A count after a list of places or of examples is the list's (`…、石浦镇渔港等6处度假区`, `红河、文山、普洱31个县`):
the place that ends the list is no item with its own figure, so the figure keeps the clause's own place (the city
that holds the examples) or, when the list is the places counted, no single place. Precision first: a member of
the list is the wrong place, an empty one is a gap."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-02-01.txt"  # a national paper: its scope is 全国

EXAMPLES = [
    # the last example after `、` begins with a county's short name: the city before the list holds the count
    ("parks of a city", "衡阳市已建成南岳衡山、衡东洣水、祁东四明山等5处国家森林公园。",
     [{"subject": "国家森林公园", "value": 5, "region": "衡阳市"}]),
    ("wetlands of a city", "目前,常德市已建立了桃源沅水、安乡珊珀湖等7处国家湿地公园。",
     [{"subject": "国家湿地公园", "value": 7, "region": "常德市"}]),
    ("a town's example", "宁波市已建成前童镇白溪、石浦镇渔港等6处省级旅游度假区。",
     [{"subject": "省级旅游度假区", "value": 6, "region": "宁波市"}]),
    ("two examples", "岳阳市已建成平江幕阜山、汨罗江滨等6处省级森林公园。",
     [{"subject": "省级森林公园", "value": 6, "region": "岳阳市"}]),
]

SHARED_COUNTS = [
    # places listed without figures of their own, the count after the last: no member's, no guess
]

ITEMS = [
    # negatives: each place with its own figure is an item of a breakdown by place
    ("a breakdown", "新增确诊病例中,乐清市16例、瑞安市11例。",
     [{"subject": "新增确诊病例", "value": 16, "region": "乐清市"},
      {"subject": "新增确诊病例", "value": 11, "region": "瑞安市"}]),
    ("places and their examples", "湖南岳阳、常德、益阳等地新增12例。",
     [{"subject": "常德、益阳等地新增", "value": 12, "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", EXAMPLES + SHARED_COUNTS + ITEMS,
                         ids=[c[0] for c in EXAMPLES + SHARED_COUNTS + ITEMS])
def test_a_count_after_a_list_is_the_lists(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


PAIRED_GAPS = [
    # a place's districts paired with another province's counties: the districts' count is the place's, the counties'
    # none; the debris subject (`区同云南省红河`) is dropped now, and the pair's act is not read as the subject yet
    ("counties of three cities", "五年来,上海市12个区同云南省红河、文山、普洱31个县结对帮扶。",
     [{"value": 12, "region": "上海市"}, {"value": 31, "region": None}]),
    ("counties of two cities", "三年来,天津市9个区同河北省承德、张家口17个县结对。",
     [{"value": 9, "region": "天津市"}, {"value": 17, "region": None}]),
]


@pytest.mark.xfail(strict=True, reason="a pairing act (`同…结对`) gives its counts no subject yet")
@pytest.mark.parametrize("name, text, expected", PAIRED_GAPS, ids=[row[0] for row in PAIRED_GAPS])
def test_paired_counts_known_gap(name, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
