"""A foreign country that names a firm's nationality (`德国某某公司`, `荷兰鲜花育种商`) is the firm's home, not where its
figures are: the figure gets the Chinese place its clause names (`在苏州新建的工厂`, `在华投资`), else no region —
never the home country, nor a national paper's 全国 for a firm's own figure. A country's own economy keeps it."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-02-01.txt"  # a national paper: its scope is 全国

FIRMS = [
    ("a firm's global sales", "日本某汽车集团今年全球销量预计下降5%。",
     [{"subject": "日本某汽车集团全球销量", "value": -5, "region": None}]),
    ("a breeder's count", "荷兰一家花卉育种商去年推出新品种30个。",
     [{"subject": "荷兰一家花卉育种商推出新品种", "value": 30, "region": None}]),
    # the clause says where in China the firm works: that place's
    ("a plant in a city", "德国博世公司在苏州新建的工厂投资2亿欧元。",
     [{"subject": "德国博世公司在苏州新建的工厂投资", "value": 2e8, "region": "苏州市"}]),
    ("firms in China", "美国企业去年在华投资增长12%。",
     [{"subject": "美国企业在华投资", "value": 12, "region": "全国"}]),
    # negatives: a country's own figure keeps the country
    ("a country's economy", "德国经济今年预计增长1.5%。", [{"subject": "经济", "value": 1.5, "region": "德国"}]),
]


@pytest.mark.parametrize("label, text, expected", FIRMS, ids=[c[0] for c in FIRMS])
def test_a_firms_home_is_not_its_figures_place(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


def test_a_firm_referred_back_to():
    """`该公司` before a firm's own investment: the firm's figure, never the paper's 全国 (carried_owners)."""
    assert_exactly("美国某化工公司高管表示,该公司与当地政府签署了未来5年投资4亿美元的协议。",
                   [{"value": 4e8, "region": None}], DAY, name=NATIONAL_PAPER)


@pytest.mark.xfail(strict=True, reason="the firm carried to a catalogued investment is dropped again when the "
                   "indicator's subject template rebuilds the subject")
def test_a_firm_referred_back_to_names_the_firm():
    assert_exactly("美国某化工公司高管表示,该公司与当地政府签署了未来5年投资4亿美元的协议。",
                   [{"value": 4e8, "subject": "美国某化工公司未来5年投资", "region": None}], DAY, name=NATIONAL_PAPER)
