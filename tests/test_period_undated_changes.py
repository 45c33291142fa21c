"""A change no time dates on a national paper (`示范企业生产成本平均降低18%`, `全省PM10浓度同比下降5.2%` told as an
achievement) covers some past span the text does not give: no period, not the paper's day. A stock told as current
keeps the day, and so does a change a time dates (`目前`, in its sentence or opening its paragraph; `今年以来`), one
measured against a time (`比上年`), a rate per year (`每年上涨8%`), and any change in a paper whose date dates its news."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 8, 5)
NATIONAL_PAPER = "rmrb-2023-08-05-07-01.txt"   # its file name says People's Daily: a national paper
OTHER = "case.txt"                             # a report of no known scope
NONE = {"period_start": None, "period_end": None}
TODAY = {"period_start": None, "period_end": "2023-08-05"}

UNDATED = [
    ("PM10浓度", "湖南建成环境监测平台,全省PM10浓度同比下降5.2%,获评年度优秀案例。\n", [-5.2]),
    ("factory's gains", "某机械厂完成智能化改造后,劳动生产率提升35%、能耗降低12%,运营成本下降6.5%。\n", [35, -12, -6.5]),
    ("average cut", "推广应用工业互联网,示范企业生产成本平均降低18%。\n", [-18]),
    ("foreign decline", "这一疗法在当地推广后,使东南亚疟疾死亡率下降58%。\n", [-58]),
]


@pytest.mark.parametrize("text, values", [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_undated_change_on_a_national_paper_has_no_period(text, values):
    assert_exactly(text, [{"value": v, **NONE} for v in values], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_undated_change_elsewhere_keeps_the_day(text, values):
    assert_exactly(text, [{"value": v, **TODAY} for v in values], DAY, name=OTHER)


KEPT = [
    ("stock beside it", "全省现有智能工厂86家,示范企业生产成本平均降低18%。\n", [(86, TODAY), (-18, NONE)]),
    ("now opens the sentence", "目前,全省PM10浓度同比下降5.2%。\n", [(-5.2, TODAY)]),
    ("now opens the paragraph", "目前,全省空气质量持续改善。全省PM10浓度同比下降5.2%。\n", [(-5.2, TODAY)]),
    ("year so far", "今年以来,全省PM10浓度同比下降5.2%。\n",
     [(-5.2, {"period_start": "2023-01-01", "period_end": "2023-08-05"})]),
    ("against last year", "江西,早稻播种面积1500万亩,比上年增加80万亩。\n", [(1.5e7, TODAY), (8e5, TODAY)]),
    ("rate per year", "山区茶叶收购价格每年上涨8%。\n", [(8, TODAY)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_stocks_and_dated_changes_keep_their_period(text, expected):
    assert_exactly(text, [{"value": v, **p} for v, p in expected], DAY, name=NATIONAL_PAPER)
