"""One figure each item of a list has (`大米、面粉价格均与去年同期持平`): a fact per item, named with the measure the list
shares, not one fact of the list as a whole. (Flat with last week is no growth of 0 since round 64: test_scope64.)"""

import pytest
from factcase import facts_of

CASES = [
    ("今年大米、面粉价格均与去年同期持平。", ["大米价格", "面粉价格"], 0),
    ("其中豆油、菜籽油价格均与去年同期持平,花生油价格下降0.2%。", ["豆油价格", "菜籽油价格"], 0),
    ("全市冰箱、空调销量均增长12%以上。", ["冰箱销量", "空调销量"], 12),
    ("猪肉、牛羊肉价格均上涨3%。", ["猪肉价格", "牛羊肉价格"], 3),
    ("全县工业增加值和服务业增加值均增长6%。", ["工业增加值", "服务业增加值"], 6),
    pytest.param("全省充电次数、充电量比去年同期增长均超过150%。", ["充电次数", "充电量"], 150, marks=pytest.mark.xfail(
        reason="the verb before 均 stays on the last item (充电量增长), so the items do not end alike", strict=True)),
    ("经回访,办结率、回复率、满意率均为100%。", ["办结率", "回复率", "满意率"], 100),
]


@pytest.mark.parametrize("text,subjects,value", CASES)
def test_each_item_has_the_figure(text, subjects, value):
    got = [f["subject"] for f in facts_of(text) if abs(f["value"] - value) < 1e-9]
    assert got == subjects


# 均 inside a word (平均, 人均, 年均), a whole with no list, an item that names no measure of its own: one fact
NEGATIVES = [
    ("宽带和专线平均资费降低15%。", 15),
    ("城乡居民人均可支配收入均增长6%。", 6),
    ("各项指标均增长5%。", 5),
    ("饮用水源地和水功能区水质达标率均为100%。", 100),
    ("工业总产值、增加值分别年均增长22%和16%。", 22),
]


@pytest.mark.parametrize("text,value", NEGATIVES, ids=[c[0][:14] for c in NEGATIVES])
def test_no_items_without_a_list_sharing_it(text, value):
    assert len([f for f in facts_of(text) if abs(abs(f["value"]) - value) < 1e-9]) == 1
