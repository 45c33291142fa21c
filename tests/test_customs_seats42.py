"""A provincial customs named after its seat (`成都海关`, customs_seats.py, lexicon/places.toml `provincial_customs_seat`)
speaks for its province: the release's `我省`/`全省` figures and the paragraphs after them are the province's, not the
seat city's; a release whose lead opens after the body's dated announcement (`…8日发布最新数据,今年1-4月,…`, lexicon
bylines.toml `attribution`) dates its later figures that name no time of their own with that span. A city the sentence
names itself (`南京市进出口`, `全市`) and a city's own customs (`苏州海关`) stay the city's (kinds42). Sentences are our
own; each row: text, every fact as {value, region, period_start, period_end}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 6, 12)


def _facts(region, start, end, *values):
    return [{"value": v, "region": region, "period_start": start, "period_end": end} for v in values]


PROVINCE = [
    ("a seat's customs, its lead and a later paragraph",
     "成都海关8日发布最新数据,今年1-4月,我省外贸进出口3100亿元,同比增长6.2%。其中,出口1900亿元,增长8%。\n"
     "记者了解到,民营企业进出口1500亿元,比去年同期增长12.4%。",
     _facts("四川省", "2023-01-01", "2023-04-30", 3.1e11, 6.2, 1.9e11, 8, 1.5e11, 12.4)),
    ("the province's whole and a 同期 paragraph",
     "郑州海关日前发布数据，今年前4个月，全省进出口总值2600亿元，同比增长9.6%。\n同期，一般贸易进出口1100亿元，增长11%。",
     _facts("河南省", "2023-01-01", "2023-04-30", 2.6e11, 9.6, 1.1e11, 11)),
    ("the province named in full, then its parts",
     "杭州海关统计，今年前3个月，浙江省进出口总值1.1万亿元，增长10.1%。其中，出口8000亿元，增长12%。",
     _facts("浙江省", "2023-01-01", "2023-03-31", 1.1e12, 10.1, 8e11, 12)),
    ("a quarter's release and a paragraph by trade mode",
     "武汉海关13日发布最新数据，今年一季度，全省外贸进出口1500亿元，增长7%。\n分贸易方式看，加工贸易进出口300亿元，增长5.5%。",
     _facts("湖北省", "2023-01-01", "2023-03-31", 1.5e11, 7, 3e10, 5.5)),
]

CITY = [
    ("the seat city named as the release's own",
     "南京海关数据显示，今年前5个月，南京市外贸进出口2400亿元，增长6%。其中，出口1400亿元，增长9%。",
     _facts("南京市", "2023-01-01", "2023-05-31", 2.4e11, 6, 1.4e11, 9)),
    ("the seat city's whole",
     "杭州海关发布，今年1-5月，全市进出口3100亿元，增长4.2%。",
     _facts("杭州市", "2023-01-01", "2023-05-31", 3.1e11, 4.2)),
    ("a city's own customs",
     "苏州海关统计，今年前4个月，全市进出口7300亿元，增长3%。其中，出口4400亿元，增长5%。",
     _facts("苏州市", "2023-01-01", "2023-04-30", 7.3e11, 3, 4.4e11, 5)),
    ("a seat city's trade with no customs",
     "今年前4个月，成都市进出口2500亿元，增长6%。",
     _facts("成都市", "2023-01-01", "2023-04-30", 2.5e11, 6)),
    ("a seat's customs district", "南京海关关区前5个月进出口增长8%。",
     _facts(None, "2023-01-01", "2023-05-31", 8)),
]


@pytest.mark.parametrize(("label", "text", "expected"), PROVINCE + CITY, ids=[r[0] for r in PROVINCE + CITY])
def test_a_provincial_customs_speaks_for_its_province(label, text, expected):
    assert_exactly(text, expected, DAY)


DATED = [
    ("a statistics office's dated release",
     "省统计局20日发布最新统计数据，1-5月，全省规模以上工业增加值增长5.1%。\n分门类看，制造业增加值增长5.6%。",
     [{"value": 5.1, "period_end": "2023-05-31"}, {"value": 5.6, "period_end": "2023-05-31"}]),
    # negative: a stock the release counts keeps the day it was told
    ("a count the release tells, no span",
     "市商务局12日发布最新数据，全市现有外贸企业1200家。",
     [{"value": 1200, "period_end": "2023-06-12"}]),
]


@pytest.mark.parametrize(("label", "text", "expected"), DATED, ids=[r[0] for r in DATED])
def test_a_dated_release_opens_its_lead_with_its_span(label, text, expected):
    assert_exactly(text, expected, DAY)
