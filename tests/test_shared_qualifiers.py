"""A qualifier written once before the first value of a `分别` run qualifies all its values (`分别增长约24%和15%`);
a word after one value (`左右`, `以上`), a run without `分别`, or values with a verb of their own between keep their own."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 10)


def _q(*pairs):
    return [{"value": v, "qualifier": q} for v, q in pairs]


CASES = [
    ("approx over two rates", "2020年,全市两类园区的营业收入分别增长约18%和9%。", _q((18, "approx"), (9, "approx"))),
    ("approx over three rates", "2020年,本市三个区的游客人数分别增长大约31%、12%和6%。",
     _q((31, "approx"), (12, "approx"), (6, "approx"))),
    ("more than over two rates", "2020年,这两个县的粮食产量分别增长超过14%和9%。",
     _q((14, "more_than"), (9, "more_than"))),
    ("approx verb form", "2020年,两市的常住人口分别约为120万人和80万人。",
     _q((1200000, "approx"), (800000, "approx"))),
    ("own qualifier kept", "2020年,两市的常住人口分别约为120万人和不足80万人。",
     _q((1200000, "approx"), (800000, "less_than"))),
    ("约有 before a count", "2020年,全省脱贫人口约有12万人。", _q((120000, "approx"))),
    # negatives: no 分别, a verb or comma between the values, a word after the last value only
    ("no 分别", "2020年,出口增长约18%和进口增长9%。", _q((18, "approx"), (9, "exact"))),
    ("own verb between", "2020年,两市的出口分别下降约3%、增长7%。", _q((-3, "approx"), (7, "exact"))),
    ("after word on the last", "2020年,两市的常住人口分别为120万人和80万人左右。",
     _q((1200000, "exact"), (800000, "approx"))),
    ("签约 is not 约", "2020年,全县签约12个项目。", _q((12, "exact"))),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shared_qualifiers(name: str, text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, DAY)
