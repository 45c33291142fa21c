"""Relative and open spans read from the wording around a figure (audit sheet 36): a since that opens on a part of
a month, a span counted back from the story's now, a stock told beside a flow's time. Each row: sentence → every
fact's period."""

from datetime import date

import pytest
from factcase import facts_of


def periods(text: str, published: date) -> list[tuple]:
    return [(f["value"], f["period_start"], f["period_end"]) for f in facts_of(text, published)]


OCT_2019 = date(2019, 10, 31)

MONTH_PART_SINCES = [
    # a since that opens on a third of a month, or on its first days, starts on that third's first day
    ("10月中旬以来，全市政务热线共受理群众诉求8200件。", date(2019, 11, 28),
     [(8200, "2019-10-11", "2019-11-28")]),
    ("9月下旬以来，全省新开工项目320个。", OCT_2019, [(320, "2019-09-21", "2019-10-31")]),
    ("8月上旬以来，该省累计发放贷款60亿元。", OCT_2019, [(6e9, "2019-08-01", "2019-10-31")]),
    ("4月初以来，全省新签约外资项目约300个。", date(2020, 5, 7), [(300, "2020-04-01", "2020-05-07")]),
    ("2019年11月中旬以来，全市累计接待游客150万人次。", date(2020, 1, 6),
     [(1.5e6, "2019-11-11", "2020-01-06")]),
    # a third alone stays its own ten days
    ("9月中旬，全市接待游客12万人次。", OCT_2019, [(1.2e5, "2019-09-11", "2019-09-20")]),
]


@pytest.mark.parametrize("text, published, expected", MONTH_PART_SINCES, ids=[c[0][:8] for c in MONTH_PART_SINCES])
def test_a_since_opening_on_part_of_a_month(text, published, expected):
    assert periods(text, published) == expected


YEARS_AGO_BASES = [
    # a change against N years before covers the figure's year less N up to it; the counts keep their own year
    ("2019年，全省检察机关决定不起诉5200人、不批捕18000人，较5年前分别上升40.2%和35.1%。", date(2020, 5, 26),
     [(5200, "2019-01-01", "2019-12-31"), (18000, "2019-01-01", "2019-12-31"),
      (40.2, "2014-01-01", "2019-12-31"), (35.1, "2014-01-01", "2019-12-31")]),
    ("2018年，全市地区生产总值达到600亿元，比十年前增长1.2倍。", date(2019, 2, 1),
     [(6e10, "2018-01-01", "2018-12-31"), (1.2, "2008-01-01", "2018-12-31")]),
    # a span of years written in an earlier sentence does not make a compared count a tally over that span
    ("2000年至2019年，全省受理案件从5万件增至9万件。全省建议取保候审3200人，较5年前上升210%。", date(2020, 5, 26),
     [(5e4, "2000-01-01", "2000-12-31"), (9e4, "2019-01-01", "2019-12-31"),
      (3200, "2019-01-01", "2019-12-31"), (210, "2014-01-01", "2019-12-31")]),
    # undated: from the story's year less N up to its now
    ("全省建议取保候审3200人，较5年前上升210%。", date(2020, 5, 26),
     [(3200, None, "2020-05-26"), (210, "2015-01-01", "2020-05-26")]),
    # negatives: the year before is the year's own change; a vague count of years names no base
    ("2018年，全市地区生产总值600亿元，比一年前增长7%。", date(2019, 2, 1),
     [(6e10, "2018-01-01", "2018-12-31"), (7, "2018-01-01", "2018-12-31")]),
    ("2018年，全市地区生产总值600亿元，比10多年前增长2倍。", date(2019, 2, 1),
     [(6e10, "2018-01-01", "2018-12-31"), (2, "2018-01-01", "2018-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", YEARS_AGO_BASES, ids=[c[0][:8] for c in YEARS_AGO_BASES])
def test_a_change_against_n_years_before(text, published, expected):
    assert periods(text, published) == expected


COUNTED_BACK_SPANS = [
    # `近30年来` counts back from the story's now (the year holding the day N years back), early in a year too;
    # a bare `五年来` then reviews whole years
    ("近30年来，我国维和部队共修建道路1.1万余公里。", date(2019, 2, 23), [(1.1e4, "1989-01-01", "2019-02-23")]),
    ("近5年来，全县累计新增就业岗位2.3万个。", date(2019, 10, 28), [(2.3e4, "2014-01-01", "2019-10-28")]),
    ("五年来，全省累计新增就业岗位52万个。", date(2018, 3, 5), [(5.2e5, "2013-01-01", "2017-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", COUNTED_BACK_SPANS, ids=[c[0][:6] for c in COUNTED_BACK_SPANS])
def test_a_span_counted_back_from_now(text, published, expected):
    assert periods(text, published) == expected


STOCKS_AS_OF_NOW = [
    # `而今` is now, as `如今`: a level the story's day finds, not the year an earlier paragraph told of
    ("2018年，全省经济稳中有进。\n　　而今放眼全省，装备制造产业规模以上企业数量达120家。", date(2019, 2, 23),
     [(120, None, "2019-02-23")]),
    # the projects' total investment a register holds by a month's end is a stock, even after `今年`
    ("截至今年8月底，全市共有56个项目纳入管理库，总投资420.5亿元。", date(2019, 10, 9),
     [(56, None, "2019-08-31"), (4.205e10, None, "2019-08-31")]),
    # negatives: investment done so far this year is the year's flow; `而` ending a word before `今年` is no now
    ("截至今年8月底，全市完成投资420.5亿元。", date(2019, 10, 9), [(4.205e10, "2019-01-01", "2019-08-31")]),
    ("2018年，全省新增高新技术企业500家，从而今后三年将形成产业集群。", date(2019, 2, 23),
     [(500, "2018-01-01", "2018-12-31")]),
]


@pytest.mark.parametrize("text, published, expected", STOCKS_AS_OF_NOW, ids=[c[0][:8] for c in STOCKS_AS_OF_NOW])
def test_a_stock_as_of_now(text, published, expected):
    assert periods(text, published) == expected


UNTOLD_STARTS = [
    # a since of an undated event, or a span counted only roughly (`半年多以来`, `3个多月来`): up to the story's now,
    # its start open — never the year or holiday an earlier sentence named
    ("2017年，该铁路建成通车。该铁路自开工以来，累计为当地创造近4万个工作岗位。", date(2019, 2, 27),
     [(4e4, None, "2019-02-27")]),
    ("春节期间，全区接待游客10万人次。该小区试行垃圾分类半年多以来，垃圾整体减量率超过35%。", date(2019, 2, 21),
     [(1e5, "2019-02-04", "2019-02-10"), (35, None, "2019-02-21")]),
    ("2018年，全市新增企业500家。3个多月来，全市又新增企业200家。", date(2019, 4, 20),
     [(500, "2018-01-01", "2018-12-31"), (200, None, "2019-04-20")]),
    ("2018年，全市新增企业500家。两个多月以来，全市新增企业150家。", date(2019, 3, 12),
     [(500, "2018-01-01", "2018-12-31"), (150, None, "2019-03-12")]),
    # negatives: a dated since keeps its start; `半年多前` is no since
    ("该铁路自2014年开工以来，累计为当地创造近4万个工作岗位。", date(2019, 2, 27),
     [(4e4, "2014-01-01", "2019-02-27")]),
]


@pytest.mark.parametrize("text, published, expected", UNTOLD_STARTS, ids=[c[0][:8] for c in UNTOLD_STARTS])
def test_a_span_with_an_untold_start(text, published, expected):
    assert periods(text, published) == expected
