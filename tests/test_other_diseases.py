"""Notifiable-disease reports (法定传染病, 乙类/丙类, 流感): their deaths and cases are no covid figures; a bare
`死亡…例` there names no disease and is no fact, unless it follows a disease's count at once (`…4120例,死亡33人`: that
disease's deaths). Covid bulletins, and paragraphs naming covid, keep their counts."""

import pytest
from factcase import facts_of

# (text, [(value, family, indicator)] that must be among the facts, values that must not be facts at all)
CASES = [
    # a city's month of notifiable diseases: the total is another disease's count, the bare deaths name nothing
    ("2025年3月,全市共报告法定传染病发病30210例,死亡57例(艾滋病50例、肺结核7例),较上月(64例)下降10.94%。",
     [(30210, "other", None), (50, "other", None), (57, "other", None)], [64, -10.94]),
    ("今年2月,全省乙类传染病共报告发病4120例,死亡33人;报告发病数居前3位的病种依次为乙肝、梅毒、肺结核。",
     [(4120, "other", None), (33, "other", None)], []),
    ("上月全国报告流行性感冒发病数为512300例,死亡88例。",
     [(512300, "other", None), (88, "other", None)], []),
    ("1至6月,丙类传染病共报告发病20800例,死亡12人,以手足口病为主。",
     [(20800, "other", None), (12, "other", None)], []),
    # a death count that follows no disease's count at once names no disease: no fact
    ("乙类:3042例,死亡9例,发病数居前三的是肝炎、梅毒、肺结核。", [], [9]),
    ("4月全市报告丙类传染病1760例。其中死亡2例。", [(1760, "other", None)], [2]),
    ("6月全市报告乙类传染病2310例。无死亡病例。", [(2310, "other", None)], [0]),
]

# the deaths right after a disease's count are that disease's, its case word (`发病`, `发病数`) left out
DEATHS = [
    ("2021年9月1日00:00--30日24:00,全省共报告法定传染病5210例,死亡6例。", 6, "法定传染病死亡", 5210, "法定传染病"),
    ("同期,全国共报告丙类传染病发病198420例,死亡31人。", 31, "丙类传染病死亡", 198420, "丙类传染病发病"),
    ("今年2月,全省乙类传染病共报告发病4120例,死亡33人。", 33, "乙类传染病死亡", 4120, "乙类传染病报告发病"),
    ("上月全国报告流行性感冒发病数为512300例,死亡88例。", 88, "流行性感冒死亡", 512300, "流行性感冒发病数"),
    # a zero right after the count (`…,无死亡病例`) is that disease's zero deaths, not a bare 死亡病例
    ("同期,全省丙类传染病共报告30120例,无死亡病例。", 0, "丙类传染病死亡", 30120, "丙类传染病报告"),
    ("10月,全市报告法定传染病发病4410例,无死亡病例报告。", 0, "法定传染病死亡", 4410, "法定传染病发病"),
]

# a short label before a colon and a count is the count's subject (`甲类:0例`), not the total before it
LABELS = [
    ("5月,全省共报告法定传染病3980例。其中:甲类:0例;乙类:2615例;丙类:1365例。",
     {3980: "法定传染病", 0: "甲类", 2615: "乙类", 1365: "丙类"}),
    # lines joined with no mark between them: the label after a count still names the next count
    ("7月,全省共报告法定传染病4102例。其中:甲类:0例乙类:2890例。", {4102: "法定传染病", 0: "甲类", 2890: "乙类"}),
    ("本月热线受理诉求1200件。其中:咨询类:700件;投诉类:500件。",
     {1200: None, 700: "咨询", 500: "投诉"}),
]


@pytest.mark.parametrize("text,deaths,subject,count,count_subject", DEATHS, ids=[c[0][:14] for c in DEATHS])
def test_deaths_after_a_disease_count(text, deaths, subject, count, count_subject):
    facts = facts_of(text)
    got = sorted((f["value"], f["subject"]) for f in facts)
    assert got == sorted([(deaths, subject), (count, count_subject)]), got
    assert not any(f["family"] == "covid" for f in facts)


@pytest.mark.xfail(strict=True, reason="a category written one a line after the first takes no hotline indicator")
def test_colon_label_category_lines():
    facts = facts_of("本月热线受理诉求1200件。其中:\n咨询类:700件。\n投诉类:500件。")
    assert {f["value"]: f["indicator"] for f in facts}[500] == "hotline.category_count"


@pytest.mark.parametrize("text,subjects", LABELS, ids=[c[0][:14] for c in LABELS])
def test_colon_label_names_the_count(text, subjects):
    facts = facts_of(text)
    got = {f["value"]: f["subject"] for f in facts}
    assert set(got) == set(subjects), got
    for value, subject in subjects.items():
        if subject is not None:
            assert got[value] == subject, got
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
