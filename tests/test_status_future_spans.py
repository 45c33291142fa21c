"""A change a plan announces is a target: `将` right before its direction (`店铺数量将增长50%`), or a span that ends in a
year after the story's (`到2022年…比2019年增长12%` in a 2020 article); a span already over stays actual."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 3, 10)

# (text, value, status)
CASES = [
    ("按照实施方案,到2022年,全省港口集装箱吞吐量比2019年增长12%。", 12, "target"),
    ("到2021年,全县农村公路里程比2018年增加1200公里。", 1200, "target"),
    ("该连锁品牌表示,今年在上海的门店数量将增长30%以上。", 30, "target"),
    ("公司预告,全年出货量将比上年增长18%。", 18, "target"),
    ("展望未来,全省旅游收入还将增长9%。", 9, "target"),
    # negatives: a span already over, a change told done, 将 as 把
    ("2017年至2019年,全省港口集装箱吞吐量增长12%。", 12, "actual"),
    ("去年,全市门店数量增长30%。", 30, "actual"),
    ("该厂已将单位产品能耗降低8%。", -8, "actual"),
]


@pytest.mark.parametrize("text,value,status", CASES, ids=[c[0][:14] for c in CASES])
def test_planned_change_is_a_target(text, value, status):
    facts = [f for f in facts_of(text, PUBLISHED) if f["value"] == value]
    assert len(facts) == 1 and facts[0]["status"] == status, facts
