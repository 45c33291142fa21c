"""`分别` lists whose items are written short: levels one character each before their count (`省市县三级…` → 省级…,
市级…, 县级…), a count and class after the items (`…两大产业…` → each item's 产业), partners that read as places and a
compound measure they share (`…、欧盟、东盟实际投入金额` → 欧盟实际投入金额), a goods class shared (`机电、高新技术产品进出口`
→ 机电产品进出口). Every fact of each sentence is listed."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2019, 11, 5)

# (text, [(subject, value)] of every fact, in order)
CASES = [
    ("今年以来,省市县三级办事材料分别压减42.5%、38.1%和36.4%。",
     [("省级办事材料", -42.5), ("市级办事材料", -38.1), ("县级办事材料", -36.4)]),
    ("市县两级财政投入分别增长12%和9%。", [("市级财政投入", 12), ("县级财政投入", 9)]),
    ("前三季度,开发区电子信息和高端装备两大产业营业收入分别增长21%和17.5%。",
     [("开发区电子信息产业营业收入", 21), ("高端装备产业营业收入", 17.5)]),
    ("去年,钢铁、建材两个行业利润总额分别下降8%和3%。", [("钢铁行业利润总额", -8), ("建材行业利润总额", -3)]),
    ("去年,“一带一路”沿线国家、欧盟、东盟对华实际投入金额分别增长4.1%、9.3%和6.2%。",
     [("一带一路沿线国家对华实际投入金额", 4.1), ("欧盟对华实际投入金额", 9.3), ("东盟对华实际投入金额", 6.2)]),
    ("前8个月,全市机电、高新技术产品出口分别增长15%、22.4%。", [("机电产品出口", 15), ("高新技术产品出口", 22.4)]),
    # negatives: items named whole keep their names; a word the last item ends with is its own
    ("去年,高技术制造业、装备制造业增加值分别增长9%和7%。", [("高技术制造业增加值", 9), ("装备制造业增加值", 7)]),
    ("去年,16—24岁人口、25—59岁人口调查失业率分别为12.1%、4.6%。",
     [("16—24岁人口调查失业率", 12.1), ("25—59岁人口调查失业率", 4.6)]),
    ("2010—2018年,货物贸易出口、服务贸易出口和对外直接投资年均增速分别为6.1%、7.2%和8.3%。",
     [("货物贸易出口", 6.1), ("服务贸易出口", 7.2), ("对外直接投资", 8.3)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_each_item_of_a_short_list(text, expected):
    assert [(f["subject"], f["value"]) for f in facts_of(text, PUBLISHED)] == expected
