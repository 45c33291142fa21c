"""A list of shares that names its verb once (`占全国总量的65%,世界总量的三分之一`): each later whole is the same
thing's share of that whole, not the whole's own figure, and its place is a comparison, not the figure's place."""

import pytest
from factcase import facts_of

# (sentence, the later share's value, its subject, its family)
CASES = [
    ("全县一年织袜120亿双,占全国总量的40%,全球总量的20%。", 20, "一年织袜(占全球总量)", "sock_industry"),
    ("这个镇年产袜子90亿双,占全国总量的65%,世界总量的三分之一。", 100 / 3, "镇年产袜子(占世界总量)", "sock_industry"),
    ("该园区袜子产量80亿双,占全省的70%、全国的五分之一。", 20, "该园区袜子产量(占全国)", "sock_industry"),
    ("全市粮食产量300万吨,占全省的15%,全国的0.5%。", 0.5, "粮食产量(占全国)", "other"),
    ("全市出口额520亿元,约占全省总额的18%,全国总额的0.6%。", 0.6, "出口额(约占全国总额)", "other"),
    ("该区工业增加值占全市的30%,全省的4%。", 4, "工业增加值(占全省)", "other"),
]


@pytest.mark.parametrize("text,value,subject,family", CASES, ids=[c[0][:14] for c in CASES])
def test_a_later_whole_is_a_share_of_it(text, value, subject, family):
    later = [f for f in facts_of(text) if f["unit"] == "%" and abs(f["value"] - value) < 1e-6]
    assert [(f["subject"], f["family"], f["region"]) for f in later] == [(subject, family, None)]


# the whole's own figure, a part of the total, a fraction no share names: as they were
NEGATIVES = [
    ("全县粮食产量120万吨,全国粮食产量6.8亿吨。", [("粮食产量", 680000000, "全国")]),
    ("全县粮食产量120万吨,占全省的12%,其中三分之一为水稻。", []),
    ("全国的市场主体中,三分之一是个体户。", []),
]


@pytest.mark.parametrize("text,expected", NEGATIVES, ids=[c[0][:14] for c in NEGATIVES])
def test_no_share_without_a_list_of_them(text, expected):
    got = [(f["subject"], f["value"], f["region"]) for f in facts_of(text)
           if f["unit"] != "%" and f["region"] == "全国" or abs(f["value"] - 100 / 3) < 1e-6]
    assert got == expected
