"""Measures named alone (round 51, unowned_measures.py; lexicon `measure_alone_unowned`): a figure whose subject is only
`营业收入`, `覆盖率`, `总面积`… lost whose it is, so it is no fact; a measure the owner rules made whole, or one that names
its own thing, stays. Each row is our own text: ALL its facts (value, subject)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 18)
PAPER = "rmrb-2020-05-18-12-01.txt"

DROPPED = [
    ("a class of firms' income said before it", "这120家龙头企业共实现营业收入3.2万亿元。\n", []),
    ("a coverage whose measure the clause before names", "东湖景区内森林面积2.5万亩，覆盖率高达85%。\n",
     [(25000, "东湖景区内森林面积")]),
    ("a thing's area", "经过修缮，12幢老厂房被完整保留下来，总面积超过8万平方米。\n", []),
    ("a drive's money raised", "活动共吸引2万人参与，募集资金360万元。\n", []),
    # rows of test_measure_owners.py's UNCHANGED list until round 51: no wrong owner was added, and the measure named
    # alone (the units', the cooperative's, the group's) is now no fact
    ("units counted before the income", "全市共有用人单位300家，营业收入达到19亿元。\n", [(300, "用人单位")]),
    ("a cooperative's profit", "县里给合作社修了一条路，去年全年利润达到210万元。\n", []),
    ("a group's output after its `；`", "恒远集团去年出资3000万元资助学校；全年产值达到120亿元。\n",
     [(30000000, "恒远集团出资")]),
]

KEPT = [
    ("a place's own measure opening its clause", "全县企业260家，全县实现增加值90亿元。\n",
     [(260, "企业"), (9000000000, "增加值")]),
    ("a place's people counted before its area", "全县常住人口50万人，总面积3000平方公里。\n",
     [(500000, "常住人口"), (3000, "总面积")]),
    ("a place's profile", "该市位于省境东部，距省会150公里，面积5000平方公里。\n", [(150, "距省会"), (5000, "面积")]),
    ("a coverage an owner rule made whole", "截至去年底，全省便民服务站达到4200个，覆盖率达95%。\n",
     [(4200, "便民服务站"), (95, "便民服务站覆盖率")]),
    ("a measure that names its thing", "全县森林覆盖率达到68%。\n", [(68, "森林覆盖率")]),
    ("a measure its owner opens", "东升集团去年营业收入120亿元。\n", [(12000000000, "东升集团营业收入")]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in DROPPED + KEPT], ids=[r[0] for r in DROPPED + KEPT])
def test_measure_alone(text, expected):
    assert_exactly(text, [{"value": v, "subject": s} for v, s in expected], PUBLISHED, PAPER)
