"""Spans the text leaves open at one end (P1/P4): a change up to `截至YEAR` (a year alone) runs from a start the text
does not give to that year's end, not over that one year; a run of years told by its length alone (`实施8年下来`) has
no year, not the one an earlier sentence named, and neither has what a place once had (`曾有11个贫困县`, not today's
count); an average change after a from–to (`由…增长到…,年均实际增长…`) is
the measure the from–to named.

Sentences are our own (places and figures restated, never corpus text).
"""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.pipeline import extract_text

DAY = date(2021, 11, 3)
NATIONAL_PAPER = "rmrb-2021-11-03-05-01.txt"   # its file name says People's Daily: a national paper
OPEN_2020 = {"period_start": None, "period_end": "2020-12-31"}
YEAR_2020 = {"period_start": "2020-01-01", "period_end": "2020-12-31"}
NONE = {"period_start": None, "period_end": None}

UNTIL_YEAR = [
    ("rate after a start year", "2005年，黔西县开始封山育林。截至2020年，全县森林覆盖率提高28.6%。\n",
     [(28.6, {"period_start": "2005-01-01", "period_end": "2020-12-31"})]),  # since the start (started_changes)
    ("rate and amount", "截至2020年，累计治理荒山40万亩，全县植被覆盖度提高31.2%，水土流失面积减少420平方公里。\n",
     [(400000, OPEN_2020), (31.2, OPEN_2020), (-420, OPEN_2020)]),
    ("comma-free opener", "截止2020年，该区湿地面积扩大12%。\n", [(12, OPEN_2020)]),
    # negatives: a change against last year is the year's; a year's end (`年底`) keeps the year rule
    ("against last year", "截至2020年，全县生产总值比上年增长6%。\n", [(6, YEAR_2020)]),
    ("year-on-year", "截至2020年，全县植被覆盖度提高3%，生产总值同比增长6%。\n", [(3, OPEN_2020), (6, YEAR_2020)]),
    ("year end", "截至2020年底，全县贷款余额增长9%。\n", [(9, YEAR_2020)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in UNTIL_YEAR], ids=[c[0] for c in UNTIL_YEAR])
def test_change_up_to_a_bare_year_has_an_open_start(text, expected):
    assert_exactly(text, [{"value": v, **p} for v, p in expected], DAY, name=NATIONAL_PAPER)


RUN_BY_LENGTH = [
    ("after a dated sentence", "2016年，当地人均收入达1.8万元。退耕工程推行8年下来，全县林地面积增加15%。\n",
     [(18000, {"period_start": "2016-01-01", "period_end": "2016-12-31"}), (15, NONE)]),
    ("several figures", "2019年，该村脱贫摘帽。护林工程实施十多年下来，草地产草量提高22%，水源涵养量增加近30亿立方米。\n",
     [(22, NONE), (3000000000, NONE)]),
    ("counted in Chinese", "2018年，全镇建成果园3个。五年下来，全镇果园面积扩大40%。\n",
     [(3, {"period_start": "2018-01-01", "period_end": "2018-12-31"}), (40, NONE)]),
    # negatives: `N年过去了` is up to now (a level told as current keeps the day), `N年来` the N years up to the report
    ("years gone by", "2016年，该村开始改良果树。两年过去了，全村已有良种果树1.2万株。\n",
     [(12000, {"period_start": None, "period_end": "2021-11-03"})]),
    ("years gone by, a change", "2016年，该村开始改良果树。3年过去，全村果树良种率提高60%。\n",
     [(60, {"period_start": None, "period_end": "2021-11-03"})]),
    ("years since", "五年来，全县林地面积增加15%。\n",
     [(15, {"period_start": "2016-01-01", "period_end": "2021-11-03"})]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in RUN_BY_LENGTH], ids=[c[0] for c in RUN_BY_LENGTH])
def test_run_of_years_by_its_length_has_no_year(text, expected):
    assert_exactly(text, [{"value": v, **p} for v, p in expected], DAY, name=NATIONAL_PAPER)


ONCE_HAD = [
    ("a place's past counts", "该县曾有3.2万贫困人口、45个贫困村。如今，全县贫困发生率降至0.3%。\n",
     [(32000, NONE), (45, NONE), (0.3, {"period_start": None, "period_end": "2021-11-03"})]),
    ("once had, a list", "该区曾有1.5万贫困人口、20个贫困村，分别占全市的30%和25%。\n",
     [(15000, NONE), (20, NONE), (30, NONE), (25, NONE)]),
    # negatives: a count held now, a clause with no count after 曾有
    ("held now", "全县现有贫困村45个。\n", [(45, {"period_start": None, "period_end": "2021-11-03"})]),
    ("someone once", "该村曾有人外出务工，全村现有果园120个。\n", [(120, {"period_start": None, "period_end": "2021-11-03"})]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ONCE_HAD], ids=[c[0] for c in ONCE_HAD])
def test_what_a_place_once_had_has_no_period(text, expected):
    assert_exactly(text, [{"value": v, **p} for v, p in expected], DAY, name=NATIONAL_PAPER)


AVERAGE_AFTER_FROM_TO = [
    ("real", "全省生产总值由2012年的2.1万亿元增长到2020年的4.0万亿元，年均实际增长7.9%。\n", "生产总值(年均实际)"),
    ("nominal", "全市居民收入由2010年的3万元提高到2018年的5万元，年均名义增长6.6%。\n", "居民收入(年均名义)"),
]


@pytest.mark.parametrize("text, subject", [c[1:] for c in AVERAGE_AFTER_FROM_TO], ids=[c[0] for c in AVERAGE_AFTER_FROM_TO])
def test_average_change_after_a_from_to_is_its_measure(text, subject):
    rates = [f for f in extract_text(text, NATIONAL_PAPER, DAY).facts if f.unit == "%"]
    assert [f.subject for f in rates] == [subject]
    assert rates[0].period_start is not None and rates[0].period_end.endswith("-12-31")  # the from–to's years
