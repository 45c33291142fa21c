"""Threshold sets of round 48: a bound (`超过`, `达`, `过`, `以上`, `以下`; of any unit, a percent too) before `的` and the
things it tells apart, then their count or share (`复工率超过80%的企业占72.5%`, `年产值过10亿元的药品品种30余个`), is no
fact of its own, and the figure's subject keeps the bound that restricts its set instead of the bare noun that reads as
the whole (audit sheet 47: 企业占比, 中成药品种, 千亩以上). Each row is our own text: ALL its facts (subject, value)."""

import pytest
from factcase import assert_exactly

CASES = [
    # a share of the things a percent bound tells apart
    ("a percent bound before the firms and their share",
     "调查显示，复工率超过80%的制造业企业占72.5%。",
     [("复工率超过80%的制造业企业占比", 72.5)]),
    ("a percent bound after the firms' kind",
     "调查显示，制造业企业复工率超80%的企业占72.5%。",
     [("制造业企业复工率超80%的企业占比", 72.5)]),
    ("a price bound and the tickets' share",
     "据售票方介绍，票价60元以下的门票占比85%。",
     [("票价60元以下的门票占比", 85)]),
    # a count of the things a bound tells apart
    ("a growth bound and a count of industries",
     "全省增速超过15%的行业有4个。",
     [("增速超过15%的行业", 4)]),
    ("an area bound before bases and their count",
     "全县新建面积超过300亩的茶叶基地45个。",
     [("新建面积超过300亩的茶叶基地", 45)]),
    ("a bound told by 过 after a list of examples",
     "当地培育出甲牌、乙牌等年产值过10亿元的药品品种30余个。",
     [("年产值过10亿元的药品品种", 30)]),
    ("a bound told by 达 and a count with no noun after 的",
     "全市村集体经济年收入达5万元的已有320个。",
     [("村集体经济年收入达5万元", 320)]),
    ("a bound told by 以上 before bases and their count",
     "今年以来全县新增800平方米以上的直播基地9家。",
     [("新增800平方米以上的直播基地", 9)]),
    # a size class's bound: the count is the class's
    ("a list of size classes, the last with digits",
     "全县承包造林大户中，百亩以上900户，千亩以上35户，3000亩以上11户。",
     [("百亩以上", 900), ("千亩以上", 35), ("3000亩以上", 11)]),
    # a sibling bound without its set takes the set of the bound before
    ("sibling bounds of one set",
     "全市营业收入超200亿元的园区9个，超300亿元的8个，超500亿元的3个。",
     [("营业收入超200亿元的园区", 9), ("营业收入超300亿元的园区", 8), ("营业收入超500亿元的园区", 3)]),
]

NEGATIVES = [
    # an exact amount before 的 may be the things' own total: it stays a fact
    ("an exact amount of firms stays",
     "全市外商投资总额4.2亿元的企业有12家。",
     [("外商投资总额", 420000000)]),  # 企业 12 without the amount that defines them: a bare name (round 50)
    # a bound already read whole
    ("a money bound with its count, as before",
     "全省营业收入超过5亿元的企业有12家。",
     [("营业收入超过5亿元的企业", 12)]),
    ("a part after 其中 told by its bound alone, as before",
     "营业收入超亿元的工业企业58户，其中超10亿元的6户。",
     [("营业收入超亿元的工业企业", 58), ("营业收入超10亿元的工业企业", 6)]),
    # a share of the bounded set doing something told after the figure: no fact, as before
    ("a set's share whose act follows the figure",
     "据统计，法国10人以上的小企业只有15%涉足电商。",
     []),
]


def _expected(rows):
    return [{"subject": s, "value": v} for s, v in rows]


@pytest.mark.parametrize(("text", "rows"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_threshold_sets(text, rows):
    assert_exactly(text, _expected(rows))


@pytest.mark.parametrize(("text", "rows"), [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_threshold_negatives(text, rows):
    assert_exactly(text, _expected(rows))
