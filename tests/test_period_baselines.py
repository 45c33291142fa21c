"""A change measured against an earlier time (`相对去年`, `相对于上年同期`, `相比于去年`) is this period's change, and
an as-of cutoff (`截至4月底`) under a past year's heading is the last such month-end up to the report; the time of a
share's whole (`占全市2014年…总数的`, `占全年…的`) dates the whole, not the share.

Each row is a small report in our own words (figures restated, never corpus text): its date, and ALL its facts as
value -> (subject, period_start, period_end); an extra or missing fact fails the row.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

BASELINES = [
    # the baseline's own figure in brackets is last year's; the gap after it is this year's
    ("数据显示,今年春晚网络端收视率3.1%,相对去年(2.6%)提升了0.5个百分点。", date(2021, 2, 16),
     {"3.1": ("春晚网络端收视率", None, "2021-02-16"), "2.6": ("春晚网络端收视率", "2020-01-01", "2020-12-31"),
      "0.5": ("春晚网络端收视率", None, "2021-02-16")}),
    ("今年1至4月,全县旅游收入8.6亿元,相对于上年同期增长12%。", date(2021, 5, 10),
     {"860000000": ("旅游收入", "2021-01-01", "2021-04-30"), "12": ("旅游收入", "2021-01-01", "2021-04-30")}),
    ("全市社会消费品零售总额152亿元,相比于去年增长6.3%。", date(2021, 5, 10),
     {"15200000000": ("社会消费品零售总额", None, "2021-05-10"), "6.3": ("社会消费品零售总额", None, "2021-05-10")}),
    ("今年前三季度,全区工业用电量46亿千瓦时,相较上年同期增长4.2%。", date(2019, 10, 20),
     {"4600000000": ("工业用电量", "2019-01-01", "2019-09-30"), "4.2": ("工业用电量", "2019-01-01", "2019-09-30")}),
    # the time of a share's whole dates the whole, not the share
    ("2016年以来,全市搬迁贫困人口5.2万人,占全市2014年贫困人口总数的18.5%。", date(2020, 5, 27),
     {"52000": ("搬迁贫困人口", "2016-01-01", "2020-05-27"),
      "18.5": ("搬迁贫困人口(占全市贫困人口总数)", "2016-01-01", "2020-05-27")}),
    ("今年一季度,全县完成投资12亿元,占全年计划投资的26%。", date(2020, 5, 27),
     {"1200000000": ("完成投资", "2020-01-01", "2020-03-31"), "26": ("完成投资(占计划投资)", "2020-01-01", "2020-03-31")}),
    # negatives: `相对` that is no comparison leaves the year in force alone
    ("去年全市旅游收入7.7亿元,相对稳定。", date(2021, 5, 10), {"770000000": ("旅游收入", "2020-01-01", "2020-12-31")}),
]

CUTOFFS = [
    # a past year's review in a report of the next spring: `截至4月底` is this April's end
    ("二、2020年工作回顾\n　　2020年,全市经济稳中有进。\n　　截至4月底,全市中小企业复工率达到97.5%。\n",
     date(2021, 5, 10), {"97.5": ("中小企业复工率", None, "2021-04-30")}),
    ("一、2019年计划执行情况\n　　推动复工复产。截至3月底,全省规模以上工业企业复工率达到95.2%。\n",
     date(2020, 5, 22), {"95.2": ("规模以上工业企业复工率", None, "2020-03-31")}),
    # negatives: a month-end still ahead this year is the reviewed year's; an explicit year wins
    ("二、2020年工作回顾\n　　2020年,全市经济稳中有进。\n　　截至8月底,全市新增就业岗位3.2万个。\n",
     date(2021, 5, 10), {"32000": ("新增就业岗位", None, "2020-08-31")}),
    ("二、2020年工作回顾\n　　截至2020年4月底,全市中小企业复工率达到92%。\n",
     date(2021, 5, 10), {"92": ("中小企业复工率", None, "2020-04-30")}),
    ("截至4月底,全市中小企业复工率达到97.5%。", date(2021, 5, 10), {"97.5": ("中小企业复工率", None, "2021-04-30")}),
]


def _facts(text: str, published: date) -> dict[str, tuple[str | None, str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.subject, f.period_start, f.period_end)
            for f in facts}


ROWS = BASELINES + CUTOFFS


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[row[0][:14] for row in ROWS])
def test_baseline_and_cutoff_periods(text, published, expected):
    assert _facts(text, published) == expected
