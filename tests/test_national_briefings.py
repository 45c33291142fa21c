"""A page with no masthead, title place or issuer whose lead tells of a national body briefing the press
(`…部召开例行新闻发布会`, `…总署新闻发言人…介绍`) reports the whole country: its figures are 全国. A provincial
department's, a firm's or a foreign ministry's briefing is not national, and a scope word whose 全 ends another
word (`健全县域`, `完全市场化`) names no county or city. Each row is our own text."""

from datetime import date

import pytest

from tests.factcase import assert_exactly

JUN = date(2023, 6, 6)

CASES = [
    ("3月8日,海关总署召开例行新闻发布会。海关总署新闻发言人王明介绍,前两个月我国外贸进出口保持增长。1-2月份,"
     "货物贸易进出口总值6.2万亿元,同比增长5.5%。海关总署将进一步健全县域外贸服务体系。",
     [("货物贸易进出口总值", 6.2e12, "全国"), ("货物贸易进出口总值", 5.5, "全国")]),
    ("4月20日,农业农村部举办新闻发布会。一季度,全国生猪出栏1.9亿头,同比增长2.4%。",
     [("生猪出栏", 1.9e8, "全国"), ("生猪出栏", 2.4, "全国")]),
    ("国家能源局新闻发言人张强在例行新闻发布会上介绍,1-4月,风电发电量2800亿千瓦时,同比增长11.2%。",
     [("风电发电量", 2.8e11, "全国"), ("风电发电量", 11.2, "全国")]),
    # a province's department, a firm, a foreign ministry: not the country
    ("6月5日,湖南省商务厅召开新闻发布会。1-5月,全省社会消费品零售额7100亿元,同比增长6.3%。",
     [("社会消费品零售额", 7.1e11, "湖南省"), ("社会消费品零售额", 6.3, "湖南省")]),
    ("6月5日,星辰科技公司召开新闻发布会,公司新品销量达12万台,同比增长30%。",
     [("公司新品销量", 120000, None), ("公司新品销量", 30, None)]),
    ("6月5日,美国商务部召开新闻发布会称,5月零售额环比增长0.8%。", [("零售额(环比)", 0.8, "美国")]),
    # 全 that ends another word names no scope: the county page stays without a place
    ("我县将加快健全县域商业体系,推进完全市场化改革。上半年,社会消费品零售额12亿元,增长4.5%。",
     [("社会消费品零售额", 1.2e9, None), ("社会消费品零售额", 4.5, None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:12] for c in CASES])
def test_a_national_briefing_is_the_countrys(text, expected):
    assert_exactly(text, [{"subject": s, "value": v, "region": r} for s, v, r in expected], JUN, "page.txt")
