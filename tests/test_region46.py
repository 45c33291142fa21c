"""Region classes of round 46: a `分别` list that spreads one figure to each named macro-region gives each figure its
own macro-region (`东部、中部、西部地区…分别增长…`), as a single macro-region opening a clause does; and a mountain range
named with `南北` (`天山南北`: all of Xinjiang) is not the district that shares its name. Each row is our own text:
ALL its facts (subject, value, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 10, 18)
PAPER = "rmrb-2019-10-18-07-02.txt"   # a national paper's page: its scope is the country
LEAD = "区域发展成效显著\n　　"

CASES = [
    ("macro-regions with a shared 地区 spread by 分别", PAPER,
     LEAD + "2018年，东部、中部、西部、东北地区投资分别增长5.7%、10%、4.7%和1%。\n",
     [("东部地区投资", 5.7, "东部地区"), ("中部地区投资", 10, "中部地区"), ("西部地区投资", 4.7, "西部地区"),
      ("东北地区投资", 1, "东北地区")]),
    ("macro-regions each written in full, joined by 和", PAPER,
     LEAD + "2018年，东部地区和西部地区居民人均可支配收入分别增长8.1%和9.2%。\n",
     [("东部地区居民人均可支配收入", 8.1, "东部地区"), ("西部地区居民人均可支配收入", 9.2, "西部地区")]),
    ("macro-regions' levels spread by 分别为", PAPER,
     LEAD + "2018年，中部、西部地区生产总值分别为19.3万亿元和18.4万亿元。\n",
     [("中部地区生产总值", 19300000000000, "中部地区"), ("西部地区生产总值", 18400000000000, "西部地区")]),
    ("a single macro-region opening its clause (unchanged)", PAPER,
     LEAD + "2018年，东北地区投资增长1%。\n",
     [("东北地区投资", 1, "东北地区")]),
    # negatives: macro-regions counted together, provinces in a list
    ("two macro-regions' joint figure stays no place's", PAPER,
     LEAD + "2018年，中西部地区生产总值占全国的比重达到48%。\n",
     [("中西部地区生产总值占全国的比重", 48, None)]),
    ("provinces spread by 分别 keep their own places", PAPER,
     LEAD + "2018年，广东、江苏地区生产总值分别增长6.8%和6.7%。\n",
     [("地区生产总值", 6.8, "广东省"), ("地区生产总值", 6.7, "江苏省")]),
    # a mountain range is no district
    pytest.param("天山南北 in a headline over the autonomous region's figures", "rmrb-2019-02-26-02-01.txt",
                 "天山南北展开新画卷（新时代新篇章）\n　　驻村工作开展以来，自治区各级机关每年有6万余名干部驻村。"
                 "今年，新疆各地共有1万个驻村工作队。\n",
                 [("干部驻村(每年)", 60000, "新疆维吾尔自治区"), ("各地驻村工作队", 10000, "新疆维吾尔自治区")],
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: a "
                                         "whole's organs as the scope (自治区各级机关每年有…干部驻村)")),
    # a guard: a quote's 天山南北 before 全区 already kept the autonomous region
    ("天山南北 in a quote, then 全区", "rmrb-2019-02-26-02-01.txt",
     "新疆干部驻村纪实\n　　“要让惠民政策在天山南北落地生根。”自治区负责人说。\n"
     "　　截至2018年底，全区共有110万干部职工参与结对认亲。\n",
     [("参与结对认亲的干部职工", 1100000, "新疆维吾尔自治区")]),
]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_region46(label, name, text, expected):
    assert_exactly(text, [{"subject": s, "value": v, "region": r} for s, v, r in expected], PUBLISHED, name)
