"""Zones named after a place that span several divisions (`成都平原经济区`, `环成都经济圈`, `川南经济区`, `长株潭城市群`):
each is a macro-region of its own, its figures' region written as named and the subject keeping the name, never the
city or province whose name it holds; a county's or a city's own zone (`天津市空港经济区`) and a class of zones
(`五大经济区`) name no zone of their own."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

DAY = date(2022, 3, 1)

ZONES = [
    ("plain zone named after a city", "去年成都平原经济区地区生产总值3.1万亿元,增长5.2%。",
     [("成都平原经济区地区生产总值", 3.1e12, "成都平原经济区"), ("成都平原经济区地区生产总值", 5.2, "成都平原经济区")]),
    ("ring around a city, after 其中", "五个区域中,成都平原经济区工业增加值增长6.0%,其中环成都经济圈工业增加值增长5.1%。",
     [("成都平原经济区工业增加值", 6.0, "成都平原经济区"), ("环成都经济圈工业增加值", 5.1, "环成都经济圈")]),
    ("zones named by the province's short name", "川东北经济区粮食产量1200万吨;川南经济区粮食产量900万吨。",
     [("川东北经济区粮食产量", 1.2e7, "川东北经济区"), ("川南经济区粮食产量", 9e6, "川南经济区")]),
    ("zone named by its cities' heads", "攀西经济区接待游客4100万人次。", [("攀西经济区接待游客", 41000000, "攀西经济区")]),
    ("ecological zone", "川西北生态示范区森林覆盖率达到33.5%。",
     [("川西北生态示范区森林覆盖率", 33.5, "川西北生态示范区")]),
    ("province before the zone's own name", "四川省川南经济区外贸进出口额增长12.4%。",
     [("川南经济区外贸进出口额", 12.4, "川南经济区")]),
    ("city cluster", "长株潭城市群常住人口达到1700万人。", [("长株潭城市群常住人口", 17000000, "长株潭城市群")]),
    ("metropolitan circle", "南京都市圈地区生产总值突破4万亿元。", [("南京都市圈地区生产总值", 4e12, "南京都市圈")]),
]


def _expected(items):
    return [{"subject": s, "value": v, "region": r} for s, v, r in items]


@pytest.mark.parametrize("label, text, items", ZONES, ids=[c[0] for c in ZONES])
def test_a_zone_named_after_a_place_is_its_own_region(label, text, items):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="四川省").facts]
    assert [{k: f[k] for k in ("subject", "value", "region")} for f in facts] == _expected(items)


NOT_ZONES = [
    # a city's own zone: no figure of the city, and no place of its own
    ("a city's own zone", "天津市空港经济区完成固定资产投资85亿元。", [{"value": 8.5e9, "region": None}]),
    # a class of zones in the report's own province: the province's
    ("a class of zones", "2021年,全省五大经济区投资增长7.3%。", [{"value": 7.3, "region": "四川省"}]),
]


@pytest.mark.parametrize("label, text, expected", NOT_ZONES, ids=[c[0] for c in NOT_ZONES])
def test_a_zone_without_a_name_of_its_own_is_no_region(label, text, expected):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="四川省").facts]
    assert [{k: f[k] for k in ("value", "region")} for f in facts] == expected
