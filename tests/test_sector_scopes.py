"""`全行业` of the one industry a story named as its topic (audit class S3b): `互联网企业运行呈现以下亮点。…全行业固定资产
投资…` is the internet industry's investment, written 互联网行业固定资产投资, and the place's scope stays. Two industries
named before it, or none, leave `全行业` as written. Sentences are our own; each row gives ALL the facts' (subject,
value, region)."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2019, 10, 9)

CASES = [
    ("前三季度软件企业运行平稳。1—9月，全行业研发投入额420亿元。",
     [("软件行业研发投入额", 42000000000, None)]),
    ("工信部表示，前8个月电信企业运行呈现以下特点。1—8月，全行业固定资产投资1800亿元。",
     [("电信行业固定资产投资", 180000000000, "全国")]),
    ("今年以来，全省物流产业发展势头良好。1—6月，全行业营业收入610亿元。",
     [("物流行业营业收入", 61000000000, None)]),
    # negatives: no industry named, two industries named, a firm is no industry
    ("1—8月，全行业营业收入增长12%。", [("全行业营业收入", 12, None)]),
    ("今年以来，电子产业发展势头良好，软件企业保持增长。全行业营业收入增长12%。", [("全行业营业收入", 12, None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_whole_sector_is_the_story_industry(text, expected):
    assert [(f["subject"], f["value"], f["region"]) for f in facts_of(text, DAY)] == expected
