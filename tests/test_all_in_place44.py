"""A list item's count all in one division inside its place is that division's count too (audit kinds44, missed.md #6).

A national bulletin lists a province's count and where all of it is (`黑龙江13例,均在哈尔滨市`, `浙江1例,在湖州市`) the
way it lists a city's share (`吉林2320例,其中长春市1979例`): the city gets a figure of its own, with the item's
measure, day and status (lexicon places.toml `all_in_one_place_after`). A site that is no division (`均在隔离点`), a
class (`均为密切接触者`), a division outside the item's place, or a count that is no item by place gives none.
Each row is our own sentence: ALL its facts, with the fields named."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2024, 6, 2)
L, A = "covid.new_local", "covid.new_asymptomatic"


def _f(value, region, indicator=L, day="2024-04-08"):
    return {"value": value, "region": region, "indicator": indicator, "period_start": day, "period_end": day}


CASES = [
    ("all in one city, beside a province's city shares",
     "4月8日0—24时,31个省报告新增本土确诊病例120例(山西15例,均在太原市;湖北8例,其中武汉市5例、宜昌市3例;"
     "四川4例,全部在成都市;海南1例,在三亚市)。\n",
     [_f(120, "全国"), _f(15, "山西省"), _f(15, "太原市"), _f(8, "湖北省"), _f(5, "武汉市"), _f(3, "宜昌市"),
      _f(4, "四川省"), _f(4, "成都市"), _f(1, "海南省"), _f(1, "三亚市")]),
    ("an autonomous prefecture and a municipality's district",
     "4月8日0—24时,新增本土确诊病例5例(云南3例,均在西双版纳傣族自治州;重庆2例,均在渝北区)。\n",
     [_f(5, None), _f(3, "云南省"), _f(3, "西双版纳傣族自治州"), _f(2, "重庆市"), _f(2, "渝北区")]),
    ("asymptomatic cases told with 都位于",
     "4月8日0—24时,新增无症状感染者7例(贵州3例,均在贵阳市;安徽4例,都位于合肥市)。\n",
     [_f(7, None, A), _f(3, "贵州省", A), _f(3, "贵阳市", A), _f(4, "安徽省", A), _f(4, "合肥市", A)]),
    # negatives: a site, a class of cases, a city of another province, a count that is no item by place
    ("all at a quarantine site",
     "6月1日0—24时,新增本土确诊病例9例(陕西9例,均在隔离点)。\n",
     [_f(9, None, day="2024-06-01"), _f(9, "陕西省", day="2024-06-01")]),
    ("all close contacts, and a city outside the province",
     "6月1日0—24时,新增本土确诊病例9例(陕西5例,均在成都市;甘肃4例,均为密切接触者)。\n",
     [_f(9, None, day="2024-06-01"), _f(5, "陕西省", day="2024-06-01"), _f(4, "甘肃省", day="2024-06-01")]),
    ("new projects all in a zone: no item by place",
     "本周全市新开工项目12个,均在高新区。\n",
     [{"value": 12, "region": None}]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_all_in_one_place(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)


GAPS = [
    ("the first item of a bracket after a class of cases",
     "5月2日0—24时,报告新增无症状感染者60例,均为本土病例(广西20例,都位于南宁市;贵州3例,均在贵阳市)。\n",
     [_f(60, None, A, "2024-05-02"), _f(20, "广西壮族自治区", A, "2024-05-02"), _f(20, "南宁市", A, "2024-05-02"),
      _f(3, "贵州省", A, "2024-05-02"), _f(3, "贵阳市", A, "2024-05-02")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: the bracket's first item after `均为本土病例` is read as no item by place")
@pytest.mark.parametrize("label,text,expected", GAPS, ids=[c[0] for c in GAPS])
def test_all_in_one_place_gaps(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
