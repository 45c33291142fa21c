"""Notifiable-disease reports (法定传染病, 乙类/丙类, 流感): their deaths and cases are no covid figures; a bare
`死亡…例` there names no disease and is no fact. Covid bulletins, and paragraphs naming covid, keep their counts."""

import pytest
from factcase import facts_of

# (text, [(value, family, indicator)] that must be among the facts, values that must not be facts at all)
CASES = [
    # a city's month of notifiable diseases: the total is another disease's count, the bare deaths name nothing
    ("2025年3月,全市共报告法定传染病发病30210例,死亡57例(艾滋病50例、肺结核7例),较上月(64例)下降10.94%。",
     [(30210, "other", None), (50, "other", None)], [57, 64, -10.94]),
    ("今年2月,全省乙类传染病共报告发病4120例,死亡33人;报告发病数居前3位的病种依次为乙肝、梅毒、肺结核。",
     [(4120, "other", None)], [33]),
    ("上月全国报告流行性感冒发病数为512300例,死亡88例。",
     [(512300, "other", None)], [88]),
    ("1至6月,丙类传染病共报告发病20800例,死亡12人,以手足口病为主。",
     [(20800, "other", None)], [12]),
]
# negatives: covid bulletins, and a notifiable-disease paragraph that names covid, keep their covid figures
KEPT = [
    ("截至7月4日24时,全市累计报告确诊病例52例,累计死亡病例3例。", [(52, "covid", "covid.cumulative_confirmed"),
                                                 (3, "covid", "covid.deaths")]),
    ("7月4日0—24时,全省新增新冠肺炎确诊病例6例,新增死亡病例1例。", [(6, "covid", "covid.new_confirmed"),
                                                  (1, "covid", "covid.new_deaths")]),
    # covid named beside the notifiable diseases: its deaths stay covid (no indicator: 新型冠状病毒 is no context word)
    ("本月报告法定传染病中,新型冠状病毒感染共报告发病8200例,死亡15例。", [(15, "covid", None)]),
    ("疫情通报:当日新增确诊病例9例,累计治愈出院病例120例。", [(9, "covid", "covid.new_confirmed"),
                                             (120, "covid", "covid.cumulative_cured")]),
]


def _has(facts, value, family, indicator):
    return any(f["value"] == value and f["family"] == family and f["indicator"] == indicator for f in facts)


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:14] for c in CASES])
def test_other_disease_counts_are_no_covid(text, expected, absent):
    facts = facts_of(text)
    for exp in expected:
        assert _has(facts, *exp), (exp, [(f["value"], f["family"], f["indicator"], f["subject"]) for f in facts])
    assert not any(f["family"] == "covid" for f in facts)
    assert not any(f["value"] in absent for f in facts), [(f["value"], f["subject"]) for f in facts]


@pytest.mark.parametrize("text,expected", KEPT, ids=[c[0][:14] for c in KEPT])
def test_covid_counts_stay(text, expected):
    facts = facts_of(text)
    for exp in expected:
        assert _has(facts, *exp), (exp, [(f["value"], f["family"], f["indicator"], f["subject"]) for f in facts])
