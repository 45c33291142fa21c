"""An international body a sentence speaks of before a figure (`世卫组织…现有194个会员国`, `据联合国粮农组织统计`) owns
the figure: it is the body's or the world's, never a national paper's 全国; a place the clause names still wins."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2020, 5, 10)
NATIONAL_PAPER = "rmrb-2020-05-10-03-01.txt"  # a national paper: its scope is 全国

BODIES = [
    ("a body's members", "世卫组织是联合国负责卫生事务的专门机构,目前有194个成员国。",
     [{"subject": "世卫组织成员国", "value": 194, "region": None}]),  # the body owns its members (owners13)
    ("a body's statistics", "据联合国粮农组织统计,去年饥饿人口达6.9亿人。",
     [{"subject": "饥饿人口", "value": 6.9e8, "region": None}]),
    ("the world named", "据世界银行统计,全球极端贫困人口约7亿人。",
     [{"subject": "极端贫困人口", "value": 7e8, "region": "全球"}]),
    # the world reporting to a body (`向`, `与` before it) is still the world, not a body of many countries
    ("the world reports to a body", "截至6月1日,全球向世卫组织报告的确诊病例超过600万例。",
     [{"subject": "向世卫组织报告的确诊病例", "value": 6e6, "region": "全球"}]),
    ("the world's deaths reported to a body", "截至5月3日,全球向世界卫生组织报告死亡病例约37万例。",
     [{"subject": "向世界卫生组织报告死亡病例", "value": 370000, "region": "全球", "period_end": "2020-05-03"}]),
    # negatives: the place the clause names, and a national paper's own figure
    ("China named", "世卫组织表示,中国累计治愈出院7.8万人。",
     [{"subject": "中国累计治愈出院", "value": 78000, "region": "全国"}]),
    ("the whole country", "在世卫组织指导下,全国累计治愈出院7.8万人。",
     [{"subject": "累计治愈出院", "value": 78000, "region": "全国"}]),
    ("a gift to a body", "向世卫组织提供3000万美元现汇捐助。",
     [{"subject": "向世卫组织提供", "value": 3e7, "region": "全国"}]),
    ("no body", "今年我国粮食产量达6.5亿吨。", [{"subject": "粮食产量", "value": 6.5e8, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", BODIES, ids=[c[0] for c in BODIES])
def test_an_international_bodys_figure_is_not_the_papers_country(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
