"""List subjects of round 48: a firm's name that ends in a character the subject trimmer reads as a verb (`华为`: `为`)
is a name, never cut to one character, and a patent measure (`发明专利申请`) is a measure every item of a `分别` list
shares, so each firm keeps its whole name (`华为发明专利申请`, never `华节跳动发明专利申请`). Each row is our own text:
ALL its facts (value, subject)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 18)
PAPER = "rmrb-2020-05-18-12-01.txt"

CASES = [
    ("firms' patent applications, the first name ending in 为", PAPER,
     "专利申请增长\n　　今年前4个月，华为、小米、字节跳动发明专利申请同比分别增长30%、60%和90%。\n",
     [(30, "华为发明专利申请"), (60, "小米发明专利申请"), (90, "字节跳动发明专利申请")]),
    ("two firms' patent grants of unequal names", PAPER,
     "专利授权\n　　今年前4个月，腾讯、科大讯飞专利授权量同比分别增长12%和25%。\n",
     [(12, "腾讯专利授权量"), (25, "科大讯飞专利授权量")]),
    ("a name in 为 before a shared sales measure", PAPER,
     "手机市场\n　　今年前4个月，华为、小米销量同比分别增长15%和8%。\n",
     [(15, "华为销量"), (8, "小米销量")]),
    # negatives: a verb 为 after a measure is still trimmed; ordinals after the country stay ordinals
    ("ordinal sectors after 我国", PAPER,
     "就业结构\n　　到2019年，我国一、二、三产就业人员占比分别为25%、28%和47%。\n",
     [(25, "一产就业人员占比"), (28, "二产就业人员占比"), (47, "三产就业人员占比")]),
    ("a measure before 为 keeps losing the verb", PAPER,
     "工业生产\n　　今年前4个月，全国规模以上工业增加值增速为5%。\n",
     [(5, "规模以上工业增加值")]),
]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_list_names48(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s} for v, s in expected], PUBLISHED, name)
