"""Kinds round 43 (provincial COVID bulletins scraped from mirrors): a doubled or mixed separator (`株洲市200例,、湘潭市…`,
`，、`, `、、`, `;,`, `,,`) is one mark in canonical text, so a list of places keeps every item (none takes the previous
item's city as its subject); an event a bulletin counts for its day (`…解除医学观察`, `当日排除…`) is that day's flow; a bare
act takes the persons its sentence named (`累计追踪密切接触者…,尚在接受医学观察…` → …的密切接触者, `…疑似病例…,当日排除0人`
→ 排除疑似病例, a covid count in 人 too); the second origin of a bracket counts what the first does (`住院病例12例(本土10例、
境外输入2例)` → 境外输入住院病例); a case count's zero written with no unit (`现有疑似病例数为0`) is read.
Each row is our own sentence with ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.normalize import normalize

PUB = date(2021, 3, 9)
DAY = {"period_start": "2021-03-08", "period_end": "2021-03-08"}
AS_OF = {"period_start": None, "period_end": "2021-03-08"}
CUM, CURED, NEW_CURED = "covid.cumulative_confirmed", "covid.cumulative_cured", "covid.new_cured"


def _f(value, subject, region, period, indicator=None, family="covid", unit="例"):
    return {"value": value, "family": family, "indicator": indicator, "subject": subject, "region": region,
            "unit": unit} | period


def _list(subject, indicator, period, items):
    return [_f(v, subject, place, period, indicator) for place, v in items]


SEPARATORS = [
    ("`,、` after every other city of a running count",
     "截至2021年3月8日24时,全省累计报告确诊病例1200例,其中:长沙市300例、株洲市200例,、湘潭市150例、衡阳市100例,、邵阳市80例。",
     _list("累计报告确诊病例", CUM, AS_OF, [("湖南省", 1200), ("长沙市", 300), ("株洲市", 200), ("湘潭市", 150),
                                            ("衡阳市", 100), ("邵阳市", 80)])),
    ("full-width `，、`, a doubled comma and cities sharing a count through 各",
     "2021年3月8日0—24时,全省新增出院30例,其中:南昌市20例，、九江市6例,,赣州市、吉安市,、宜春市和上饶市各1例。",
     _list("新增出院", NEW_CURED, DAY, [("江西省", 30), ("南昌市", 20), ("九江市", 6), ("赣州市", 1), ("吉安市", 1),
                                       ("宜春市", 1), ("上饶市", 1)])),
    ("`、、` and `;,` in a province's cured list",
     "截至3月8日24时,广东省累计治愈出院900例,其中:广州市400例、、深圳市300例;,珠海市200例。",
     _list("累计治愈出院", CURED, AS_OF, [("广东省", 900), ("广州市", 400), ("深圳市", 300), ("珠海市", 200)])),
    ("doubled commas inside a bracket of cities and before a stated zero",
     "3月8日0—24时,全省新增本土无症状感染者5例(南宁市3例,,柳州市2例),,无新增确诊病例,。",
     _list("新增本土无症状感染者", "covid.new_local_asymptomatic", DAY,
           [("广西壮族自治区", 5), ("南宁市", 3), ("柳州市", 2)])
     + [_f(0, "新增确诊病例", "广西壮族自治区", DAY, "covid.new_confirmed")]),
]

EVENTS = [
    ("infections released from observation, with their cities",
     "3月8日0—24时,江西省新增本土无症状感染者2例。5例无症状感染者解除医学观察(南昌市3例、九江市2例)。",
     [_f(2, "新增本土无症状感染者", "江西省", DAY, "covid.new_local_asymptomatic")]
     + [_f(v, "无症状感染者解除医学观察", p, DAY, "covid.released_asymptomatic")  # catalogued (kinds62)
        for p, v in [("江西省", 5), ("南昌市", 3), ("九江市", 2)]]),
    ("local infections released, named before their count, a province's short name",
     "3月8日0—24时,陕西新增本土确诊病例1例。本土无症状感染者解除隔离医学观察4例。",
     [_f(1, "新增本土确诊病例", "陕西省", DAY, "covid.new_local"), _f(4, "本土无症状感染者解除隔离医学观察", "陕西省", DAY)]),
    ("released infections counted first, in the day's sentence",
     "3月8日0—24时,陕西新增本土确诊病例1例,4例本土无症状感染者解除医学观察。",
     [_f(1, "新增本土确诊病例", "陕西省", DAY, "covid.new_local"), _f(4, "本土无症状感染者解除医学观察", "陕西省", DAY)]),
    ("suspected cases excluded on the day, after a held count",
     "3月8日0—24时,江西省新增确诊病例0例。现有疑似病例4例,当日排除疑似病例2例。",
     [_f(0, "新增确诊病例", "江西省", DAY, "covid.new_confirmed"), _f(4, "现有疑似病例", "江西省", AS_OF, "covid.current_suspected"),
      _f(2, "排除疑似病例", "江西省", DAY)]),
    ("a bare exclusion in persons, after the suspected cases it excludes",
     "3月8日0—24时,湖北省新增确诊病例0例。现有疑似病例3例,当日排除5人。",
     [_f(0, "新增确诊病例", "湖北省", DAY, "covid.new_confirmed"), _f(3, "现有疑似病例", "湖北省", AS_OF, "covid.current_suspected"),
      _f(5, "排除疑似病例", "湖北省", DAY, unit="人")]),
    ("close contacts under observation, named once before",
     "3月8日0—24时,江西省新增确诊病例0例。累计追踪密切接触者3000人,尚在接受医学观察120人。",
     [_f(0, "新增确诊病例", "江西省", DAY, "covid.new_confirmed"),
      _f(3000, "累计追踪密切接触者", "江西省", AS_OF, "covid.close_contacts", unit="人"),
      _f(120, "尚在接受医学观察的密切接触者", "江西省", AS_OF, "covid.under_observation", unit="人")]),
    # negatives: a running release stays a level; a bare act with no persons before it keeps its name (and stays other)
    ("released so far, a running count",
     "3月8日0—24时,江西省新增本土无症状感染者2例。截至3月8日24时,累计解除医学观察的无症状感染者500例。",
     [_f(2, "新增本土无症状感染者", "江西省", DAY, "covid.new_local_asymptomatic"),
      _f(500, "累计解除医学观察的无症状感染者", "江西省", AS_OF, "covid.released_asymptomatic")]),
    ("a bare exclusion with no persons named",
     "3月8日0—24时,江西省新增确诊病例0例。当日排除5人。",
     [_f(0, "新增确诊病例", "江西省", DAY, "covid.new_confirmed"), _f(5, "排除", "江西省", DAY, family="other", unit="人")]),
]

ORIGINS = [
    ("the second origin of a bracket, joined by 、 and by a comma",
     "截至3月8日24时,河南省住院病例12例(本土10例、境外输入2例),尚在医学观察的无症状感染者30例(本土17例,境外输入13例)。",
     [_f(12, "住院病例", "河南省", AS_OF), _f(10, "本土住院病例", "河南省", AS_OF), _f(2, "境外输入住院病例", "河南省", AS_OF),
      _f(30, "尚在医学观察的无症状感染者", "河南省", AS_OF, "covid.current_asymptomatic"),
      _f(17, "本土尚在医学观察的无症状感染者", "河南省", AS_OF), _f(13, "境外输入尚在医学观察的无症状感染者", "河南省", AS_OF)]),
    ("origins in the other order",
     "截至3月8日24时,四川省在院治疗15例(境外输入9例、本土6例)。",
     [_f(15, "在院治疗", "四川省", AS_OF), _f(9, "境外输入在院治疗", "四川省", AS_OF), _f(6, "本土在院治疗", "四川省", AS_OF)]),
    # negative: a bracket of places keeps each place's count of the whole
    ("a bracket of cities",
     "截至3月8日24时,全省现有确诊病例20例(成都市12例、绵阳市8例)。",
     [_f(20, "现有确诊病例", "四川省", AS_OF, "covid.current_confirmed"),
      _f(12, "现有确诊病例", "成都市", AS_OF, "covid.current_confirmed"),
      _f(8, "现有确诊病例", "绵阳市", AS_OF, "covid.current_confirmed")]),
]

ZEROS = [
    ("a zero with no unit after a held count and a day's count",
     "截至3月8日24时,山西省现有疑似病例数为0,新增死亡病例为0。",
     [_f(0, "现有疑似病例", "山西省", AS_OF, "covid.current_suspected"),
      _f(0, "新增死亡病例", "山西省", DAY, "covid.new_deaths")]),
    ("a zero written 零",
     "截至3月8日24时,云南省现有无症状感染者为零。",
     [_f(0, "现有无症状感染者", "云南省", AS_OF, "covid.current_asymptomatic")]),
    # negatives: a zero with its unit is read once; a number other than zero with no unit is not read
    ("a zero with its unit",
     "截至3月8日24时,山西省现有疑似病例为0例。",
     [_f(0, "现有疑似病例", "山西省", AS_OF, "covid.current_suspected")]),
    ("a count with no unit",
     "截至3月8日24时,山西省现有疑似病例数为5。", []),
    ("some districts' run of days",
     "截至3月8日24时,全省15个区已连续14天新增确诊病例为0。", []),
]

GAPS = [
    ("a count written before its noun, alone in its sentence with no bracket after it, is not read (a reader's gap)",
     "3月8日0—24时,陕西新增本土确诊病例1例。4例本土无症状感染者解除隔离医学观察。",
     [_f(1, "新增本土确诊病例", "陕西省", DAY, "covid.new_local"), _f(4, "本土无症状感染者解除隔离医学观察", "陕西省", DAY)]),
    ("a bare day's count after the suspected cases (`当日新增数为0`) is not read: no unit and no noun",
     "3月8日0—24时,湖北省新增确诊病例0例。现有疑似病例数为0,当日新增数为0。",
     [_f(0, "新增确诊病例", "湖北省", DAY, "covid.new_confirmed"), _f(0, "现有疑似病例", "湖北省", AS_OF, "covid.current_suspected"),
      _f(0, "当日新增疑似病例", "湖北省", DAY)]),
]


@pytest.mark.parametrize("label,text,expected", SEPARATORS + EVENTS + ORIGINS + ZEROS)
def test_bulletins44(label, text, expected):
    assert_exactly(text + "\n", expected, PUB)


@pytest.mark.xfail(strict=True, reason="known gap")
@pytest.mark.parametrize("label,text,expected", GAPS)
def test_bulletins44_gaps(label, text, expected):
    assert_exactly(text + "\n", expected, PUB)


CANONICAL = [
    ("株洲市200例,、湘潭市150例", "株洲市200例、湘潭市150例"),
    ("新增出院30例,,其中:南昌市20例，、九江市6例", "新增出院30例,其中:南昌市20例、九江市6例"),
    ("广州市400例、、深圳市300例;,珠海市200例,。", "广州市400例、深圳市300例;珠海市200例。"),
    ("甲市、,乙市", "甲市、乙市"),
    # negatives: single marks and thousands commas stay
    ("累计1,234例,其中甲市、乙市各5例;丙市3例。", "累计1,234例,其中甲市、乙市各5例;丙市3例。"),
]


@pytest.mark.parametrize("raw,canonical", CANONICAL)
def test_doubled_separator_is_one(raw, canonical):
    canon = normalize(raw)
    assert canon.text == canonical
    for i, ch in enumerate(canon.text):  # every kept character maps back to itself (full-width folded)
        assert normalize(raw[canon.source_offset(i)]).text == ch
