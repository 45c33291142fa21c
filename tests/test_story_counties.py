"""A national paper's story on one province names that province's counties by their short names, as a provincial
report does (`桃江新增…` in a story on 湖南 → 桃江县); a short name that is a common word (`凤凰`, `太和`) only
when the story names its county in full too. A story of several provinces, or a national one, reads none."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-03-01.txt"  # a national paper: its scope is 全国

CASES = [
    ("short name opens a sentence, 全市 after it",
     "湖南推进农业转型\n\n　　纸厂关了，路在何方？桃江布局竹产业，推进精深加工。2020年底，全县竹加工企业增加到61家。\n",
     [{"value": 61, "region": "桃江县"}]),
    ("short name opens the figure's clause",
     "湖南推进农业转型\n\n　　湖南加快农业结构调整。桃江去年新建竹林基地12万亩，带动农户增收。\n",
     [{"value": 120000, "region": "桃江县"}]),
    ("short name after a time clause",
     "湖南推进农业转型\n\n　　湖南加快农业结构调整。近年来，桃江发展竹产业，2020年竹产业产值达到85亿元。\n",
     [{"value": 8.5e9, "region": "桃江县"}]),
    ("common word named in full first",
     "湖南文旅融合发展\n\n　　车过湘西凤凰县，青山连绵。近年来，凤凰发展全域旅游，2019年接待游客2100万人次。\n",
     [{"value": 2.1e7, "region": "凤凰县"}]),
    ("common word named in full first, another province",
     "安徽产业转型升级\n\n　　走进皖北太和县，厂房林立。如今，太和做强医药产业，2020年医药企业产值310亿元。\n",
     [{"value": 3.1e10, "region": "太和县"}]),
    # negatives: a common word never named in full stays the story's province; a national story or one of several
    # provinces reads no county by its short name
    ("common word alone stays the province",
     "湖南文旅融合发展\n\n　　湖南加快文旅融合。近年来，凤凰发展全域旅游，2019年接待游客2100万人次。\n",
     [{"value": 2.1e7, "region": "湖南省"}]),
    ("national story reads no short name",
     "全国农业转型提速\n\n　　全国加快农业结构调整。桃江去年新建竹林基地12万亩，带动农户增收。\n",
     [{"value": 120000, "region": "全国"}]),
    ("story of two provinces reads no short name",
     "湖南江西携手转型\n\n　　两省加快农业结构调整。桃江去年新建竹林基地12万亩，带动农户增收。\n",
     [{"value": 120000, "subject": "桃江新建竹林基地"}]),  # 桃江 unread: the county stays in the subject
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_story_counties(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
