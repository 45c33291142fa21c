"""A ranking's frame before a `分别`/`依次` list of the places ranked (`…增幅前五位的地区分别是甲市…、乙市…`): each figure
is the measure's for its own place, so the subject drops the frame (`前五位的地区`); a count of ranked places keeps
it."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.subjects import clean_subject

PUBLISHED = date(2023, 10, 9)

# (text, [(subject, value)] of every fact, in order; a growth told by 增幅/增速 is a change of the measure)
CASES = [
    ("假期间,过夜游客增幅前三位的地区分别是天水42.1%、陇南35.6%、平凉27.3%。",
     [("过夜游客", 42.1), ("过夜游客", 35.6), ("过夜游客", 27.3)]),
    ("十一期间,营业收入增速排名前两位的城市分别是酒泉18.2%和张掖15.6%。",
     [("营业收入", 18.2), ("营业收入", 15.6)]),
    # negative: a count of the ranked places keeps the frame
    ("今年,全国经济总量前十的城市中有6个。", [("经济总量前十的城市", 6)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:12] for c in CASES])
def test_each_ranked_place_takes_the_measure(text, expected):
    assert [(f["subject"], f["value"]) for f in facts_of(text, PUBLISHED)] == expected


@pytest.mark.parametrize("raw,subject", [
    ("游客接待增幅前五位的地区是", "游客接待增幅"),
    ("出口增速位居前三的国家依次为:", "出口增速"),
    ("工业增加值增速居前三位的是", "工业增加值增速"),
    ("经济总量前十的城市有", "经济总量前十的城市"),   # a count of the places: kept
])
def test_the_frame_is_cut_before_its_list_verb(raw, subject):
    assert clean_subject(raw) == subject
