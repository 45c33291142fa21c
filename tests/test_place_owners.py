"""Whose place a national paper's figure is when the sentence names places that are not its subject: the world a
headline serves (`携手全球抗疫`), parallel examples (`北京有…,上海有…,4个一线城市`), the province holding a count
of its divisions (`湖北省除武汉市外的16个市州`), where the counted things were admitted (`在南京市入院的52例`).
Precision first: such a figure is that place's or has no region, never a guessed 全国 or 全球."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-03-01.txt"  # a national paper: its scope is 全国

CASES = [
    # a headline naming the world a story serves gives its figures no place; China named as a measure's
    # owner (`中国网民规模达…`) is the country for its sentence
    ("world headline, china's measure",
     "携手全球共享数字机遇\n\n　　短短20年,中国网民规模达9.6亿人,互联网普及率达66.5%。\n",
     [{"value": 9.6e8, "region": "全国"}, {"value": 66.5, "region": "全国"}]),
    ("world headline, bare figure",
     "中国医疗队助力全球抗疫\n\n　　短短两个月,累计5万多名患者康复出院。\n",
     [{"value": 50000, "region": None}]),
    ("world headline, china acts",
     "中国物资驰援全球抗疫\n\n　　统计显示,中国就出口了防护服2.1亿件。\n",
     [{"value": 2.1e8, "region": "全国"}]),
    ("world in its own sentence stays",
     "中国物资驰援全球抗疫\n\n　　全球累计确诊病例超过300万例。\n",
     [{"value": 3e6, "region": "全球"}]),
    # parallel clauses, each opened by another place, then a figure of none of them
    ("parallel examples",
     "文学刊物的城市地图\n\n　　在编者看来,北京有《燕京》,上海有《海上》,广州有《南风》,4个一线城市,只有深圳缺一本刊物。\n",
     []),  # a definition by examples (N2): no fact on a national paper, and never 全国
    ("one place in two clauses stays",
     "杭州数字经济稳步发展\n\n　　杭州今年新增数字企业1200家,全年数字经济核心产业增加值增长12.5%。\n",
     [{"value": 1200, "region": "杭州市"}, {"value": 12.5, "region": "杭州市"}]),
    # the rest of a province's divisions (`除长沙市外的13个市州`) is a fixed count, no fact (story particulars)
    ("divisions of a province",
     "对口支援成效明显\n\n　　全国15个省份对口帮扶湖南省除长沙市外的13个市州。\n", []),
    # where the counted things were admitted or seen, the sentence's only place
    ("admitted in a city",
     "新冠救治取得进展\n\n　　截至1月20日,在南京市入院的确诊病例共52例。\n",
     [{"value": 52, "region": "南京市"}]),
    ("seen in a city",
     "新冠研究取得进展\n\n　　目前,在成都市就诊的218名患者已全部康复。\n",
     [{"value": 218, "region": "成都市"}]),
    # negatives: a place a figure goes to is not its place by this rule
    ("given to a city",
     "新冠研究取得进展\n\n　　研究人员向武汉市捐赠口罩5000只。\n",
     [{"value": 5000, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_whose_place(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
