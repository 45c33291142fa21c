"""A programme named in quotes, or a cohort counted, owns the results its `；` group names alone after it
(extractors/programme_owners.py, extractors/cohort_owners.py; lexicon/owners.toml `programme_*`, `cohort_*`)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # a quoted loan scheme's reach
    ("2023年，临江县“科信贷”新增贷款3.2亿元，惠及企业41家。",
     [("other", "科信贷新增贷款", 320000000), ("other", "科信贷惠及企业", 41)]),
    ("“科信贷”新增贷款3.2亿元，帮扶困难群众500人。",
     [("other", "科信贷新增贷款", 320000000), ("other", "科信贷困难群众帮扶", 500)]),
    ("去年，“助农贷”累计放贷5600万元，受益农户1200户；新建农家书屋8个。",
     [("other", "助农贷累计放贷", 56000000), ("other", "助农贷受益农户", 1200), ("other", "新建农家书屋", 8)]),
    # a programme named inside the clause of its members, its members' input after it
    ("截至9月底，参加“百企联百村”行动的企业已达320家，产业投入6.5亿元，公益投入8000万元。",
     [("other", "参加百企联百村行动的企业", 320), ("other", "百企联百村产业投入", 650000000),
      ("other", "百企联百村公益投入", 80000000)]),
    # a cohort counted, then how it fared
    ("至7月末，2021届高校毕业生28.5万人，已实现就业23万人，就业率达80.7%。",
     [("other", "高校毕业生就业", 230000), ("other", "高校毕业生就业率", 80.7)]),
    ("至8月末，全省退役士兵1.2万名，已实现就业9800名。",
     [("other", "退役士兵", 12000), ("other", "退役士兵就业", 9800)]),
]

NEGATIVES = [
    # a five-year plan in quotes is a time, no programme
    ("“十三五”期间，全县实施项目120个，惠及群众3万人。", [("other", "项目", 120), ("other", "项目惠及群众", 30000)]),
    # the programme's `；` group is over: the next group's results are the place's
    ("“科信贷”新增贷款3.2亿元；帮扶困难群众500人。",
     [("other", "科信贷新增贷款", 320000000), ("other", "困难群众帮扶", 500)]),
    # a place's own employment, no cohort before it
    ("全年城镇新增就业12万人，就业率达96%。", [("other", "城镇新增就业", 120000), ("other", "就业率", 96)]),
    # graduates hired by an act are no cohort
    ("招聘高校毕业生3000人，就业率达90%。", [("other", "招聘高校毕业生", 3000), ("other", "就业率", 90)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_owner_of_results(text, expected):
    assert named_values(text) == expected
