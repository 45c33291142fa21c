"""Scopes of round 55: an inline ranking's items (`受理数量排名前三的分别是A650件(占8.0%)、B…`), each figure its own
item's. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly, dated_rows

RANKED_ITEMS = [
    ("a hotline's ranked categories: the first item is named by the list, not by the frame",
     "宜昌市12345热线本周运行情况\n本周共受理群众诉求5000件,其中受理数量排名前三的分别是供水320件(占6.4%)、"
     "噪音扰民210件(占4.2%)、物业服务150件(占3.0%)。\n",
     [{"value": 5000, "subject": "群众诉求受理"},
      {"value": 320, "subject": "供水"}, {"value": 6.4, "subject": "供水"},
      {"value": 210, "subject": "噪音扰民"}, {"value": 4.2, "subject": "噪音扰民"},
      {"value": 150, "subject": "物业服务"}, {"value": 3.0, "subject": "物业服务"}]),
    ("a ranking with no 分别, its items after 是",
     "宜昌市12345热线本周运行情况\n本周共受理群众诉求4800件。诉求量居前三位的是城市管理400件、交通出行260件、劳动保障190件。\n",
     [{"value": 4800, "subject": "群众诉求受理"}, {"value": 400, "subject": "城市管理"}, {"value": 260, "subject": "交通出行"}, {"value": 190, "subject": "劳动保障"}]),
    ("goods ranked by a measure: each item is the good's measure",
     "今年前三季度,宜昌市出口额居前三的商品分别是化肥32亿元、农药21亿元、茶叶9亿元。\n",
     [{"value": 3200000000, "subject": "化肥出口额"}, {"value": 2100000000, "subject": "农药出口额"},
      {"value": 900000000, "subject": "茶叶出口额"}]),
]

TABLES = [
    (RANKED_ITEMS, date(2024, 10, 21), "report.txt"),
]
ROWS, IDS = dated_rows(TABLES)


@pytest.mark.parametrize("text,expected,published,name", ROWS, ids=IDS)
def test_round55_rows(text, expected, published, name):
    assert_exactly(text, expected, published, name)
