"""Owners of one event's figures (round 46): a set signed, dealt, shown or drawn at a fair, a conference, a forum or
an investment-promotion activity names that event, whether the sentence opens with the event named
(`某某论坛上，签约项目15个`) or only points at it (`活动共签约…`, `大会期间，…`) after the event was named; a set
tied to no event keeps its subject, and the region stays the host place's. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 20)

CASES = [
    # (a) the event is pointed at: `活动`, `大会期间`, `展会期间` after the event's name
    ("an activity pointed at after its name",
     "南岭市2020年云招商专场活动15日举行。活动共签约项目28个，签约总金额超过900亿元。",
     [{"value": 28, "subject": "云招商专场活动签约项目"},
      {"value": 90000000000, "subject": "云招商专场活动签约项目签约总金额"}]),
    ("a conference pointed at in the next paragraph",
     "　　2019东江数字经济大会10月8日至10日在东江市举办。\n　　大会期间，投资合作项目签约总金额达321.4亿元。",
     [{"value": 32140000000, "subject": "东江数字经济大会投资合作项目签约总金额"}]),
    ("a fair pointed at with 此次 before and 期间 after",
     "1500多家企业亮相此次茶叶网上展会。展会期间，意向成交金额达3200万美元。",
     [{"value": 32000000, "subject": "茶叶网上展会意向成交金额"}]),  # `参展企业` without the fair is dropped (bare_names.py)
    ("a promotion meeting pointed at with 本次",
     "南岭文旅推介会昨日举行。本次推介会现场签约项目11个。",
     [{"value": 11, "subject": "南岭文旅推介会现场签约项目"}]),
    # (b) the event is named where the sentence opens
    ("a forum named with its year before 上",
     "2019东江数字经济论坛上，签约项目15个，总投资达120亿元。",
     [{"value": 15, "subject": "东江数字经济论坛签约项目"},
      {"value": 12000000000, "subject": "东江数字经济论坛签约项目总投资"}]),
    ("a fair named after 本届 with its exhibitors",
     "本届茶博会全力推动品牌建设，参展品牌企业达860家。",
     [{"value": 860, "subject": "茶博会参展品牌企业"}]),
    ("a conference that opens the sentence with its area and exhibitors",
     "东江智能制造大会已举办4届，参展企业达到600多家，展出面积8万平方米。",
     [{"value": 600, "subject": "东江智能制造大会参展企业"},
      {"value": 80000, "subject": "东江智能制造大会展出面积"}]),
    # negatives: a set tied to no event, a congress, a column, a pointer with no event named
    ("a city's signed projects of the year",
     "东江市今年已签约项目60个，签约总金额达400亿元。",
     [{"value": 60, "subject": "东江市签约项目"}, {"value": 40000000000, "subject": "东江市签约项目签约总金额"}]),
    ("a conference pointed at with no name before it",
     "大会期间，签约项目达到52个。",
     [{"value": 52, "subject": "签约项目"}]),
    ("a column is no event",
     "人民论坛上，签约项目7个。",
     [{"value": 7, "subject": "签约项目"}]),
    ("a congress is no event whose deals are counted",
     "全国人民代表大会期间，代表共提出议案500件。",
     [{"value": 500, "subject": "代表提出议案"}]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_event_owner(name, text, expected):
    assert_exactly(text, expected, PUBLISHED)
