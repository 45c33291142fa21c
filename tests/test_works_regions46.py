"""One works' investment is no place's even where its sentence places it (`位于某省某市的…项目…总投资…`) or a place's
office reports it (`某市政府网站显示，某某水乡总投资…`): the audit (sheet 46) judges a project's size its own, and a
province's chart line would read it as the province's. Works a county story places by the villages named after their
money (`投资…的某镇某村…工程`) keep the county. Each row is our own sentence with ALL its facts (invested_works.py)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 15)
TOTAL = "investment.project_total"

CASES = [
    ("a project placed by 位于…的 before its total",
     "位于河北省沧州市的北港生物质发电项目是河北省重点项目之一，总投资6亿元，预计年底投产。\n",
     [("北港生物质发电项目总投资", 6e8, None)]),
    # a guard: a clause of the works alone before its total already gave no place
    ("a project placed by its province and city, then its total",
     "位于山东省潍坊市的青河储能电站项目，总投资12亿元。\n",
     [("青河储能电站项目总投资", 1.2e9, None)]),
    ("a city office's website reporting one project's total",
     "南宁市政府门户网站显示，锦绣水乡总投资约15亿元。\n",
     [("锦绣水乡总投资", 1.5e9, None)]),
    # negative: a county story's works placed by villages after their money keep the county
    ("village works placed after their money keep the county",
     "平乐县让山里人喝上放心水\n目前，投资280万元的沙子镇大村、小村两个农村饮水安全提升工程均已竣工。\n",
     [("农村饮水安全提升工程投资", 2.8e6, "平乐县")]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_works_regions46(label, text, expected):
    assert_exactly(text, [{"subject": s, "value": v, "region": r} for s, v, r in expected], PUBLISHED, "case.txt")
