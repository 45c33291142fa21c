"""Subjects that are fragments and figures that are no facts (audit sheet 32): a bullet mark before a subject, a word
of pace or manner as the whole subject (`增长速度`, `步伐`), a modal of what could be (`收入都能翻一番`), a noun cut
before its `在` (`…中存在的问题`), and a population threshold in a class of places (`20万人口及以上的城市`). Each in
phrasings of our own, with neighbours that must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the (subject, value) facts, in text order)
CASES = [
    ("a square bullet leads no subject", "■沿澜沧江200多公里的公路,只有三座桥。", [("沿澜沧江", 200)]),
    ("a diamond bullet leads no subject", "◆全市新增城镇就业3.2万人。", [("新增城镇就业", 3.2e4)]),
    ("a pace alone names nothing", "新能源汽车产量占全部汽车的12%,增长速度达到28%。",
     [("新能源汽车产量占全部汽车比重", 12)]),
    ("a named growth speed stays", "全市高技术产业增加值增长速度达到28%。", [("高技术产业增加值", 28)]),
    ("a modal of what could be", "“路修通了,村民收入都能增长三成。”", []),
    ("a set's problems cut before 在", "新规针对12个执法实践中存在的突出问题作出规定。", []),
    ("a stock stays", "全省粮食库存达到500万吨。", [("粮食库存", 5e6)]),
    ("a population threshold of cities", "高铁覆盖了95%的50万人口及以上的城市。", [("高铁覆盖", 95)]),
    ("a threshold without 的", "全国共有100万人口以上城市40座。", []),
    ("a city's own population stays", "该市常住人口达到300万人。", [("常住人口", 3e6)]),
]


@pytest.mark.parametrize("name,text,facts", CASES, ids=[c[0] for c in CASES])
def test_fragment_subjects(name, text, facts):
    assert [(f["subject"], f["value"]) for f in facts_of(text, MAY)] == facts
