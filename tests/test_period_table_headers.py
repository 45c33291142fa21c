"""A table's header read as a headline (`指标 绝对值(万元) 比上年增长(%)`) names the base of its changes, not a time:
the communiqué's year still dates the year-end levels after the table."""


import pytest
from factcase import assert_exactly

END_2018 = {"period_start": None, "period_end": "2018-12-31"}

CASES = [
    ("a table whose header compares with last year",
     "平川县2018年国民经济和社会发展统计公报\n\n2018年,全县经济平稳运行。\n\n表1:2018年平川县主要指标\n"
     "指标 绝对值(万元) 比上年增长(%)\n全县地区生产总值 95000 6.2\n第一产业 20000 4.1\n\n"
     "人口:年末全县常住总户数为31000户,常住总人口为120500人。\n",
     None, [{"value": 31000, **END_2018}, {"value": 120500, **END_2018}]),
    ("a header compared with the year before, 较上年",
     "平川县2018年国民经济和社会发展统计公报\n\n2018年,全县经济平稳运行。\n\n表2 主要农产品产量\n"
     "产品 产量(吨) 较上年增减(%)\n粮食 88000 2.0\n\n年末全县耕地面积为52000公顷。\n",
     None, [{"value": 52000, **END_2018}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_table_header_base(label, text, published, expected):
    assert_exactly(text, expected, published, name="communique-pingchuan-2018.txt")
