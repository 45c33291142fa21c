"""Where and when a figure is: classes of scope errors met on real reports, each as a small document in our own
words with every fact it must give (an extra or a missing fact fails)."""

from datetime import date

import pytest
from factcase import assert_exactly

Y2018 = {"period_start": "2018-01-01", "period_end": "2018-12-31"}

CASES = [
    # a town's name never starts with a classifier or a function word; `乡村` after `其中` is no township
    ("towns", "全县现辖12个镇、3个乡、2个街道。", date(2016, 3, 1),
     [{"value": 12, "region": None}, {"value": 2, "region": None}]),
    # a bare 同期 that is no baseline is the period in force (`占同期…的`), not the year before
    ("share of the same period", "2018年,全省外贸出口增长8%,占同期全国出口的3.5%。", date(2019, 2, 1),
     [{"value": 8, **Y2018}, {"value": 3.5, **Y2018}]),
    # `…以来的…最高增速` dates nothing: the next clause keeps the sentence's year
    ("since-when superlative", "2018年,服务出口同比增长14%,是2010年以来的出口最高增速;服务进口增长9%。",
     date(2019, 2, 1), [{"value": 14, **Y2018}, {"value": 9, **Y2018}]),
    # a price base (`按照上年不变价计算`) is no period: 前三季度 is this year's
    ("price base", "按照上年不变价计算,前三季度电信业务总量同比增长21%。", date(2019, 10, 23),
     [{"value": 21, "period_start": "2019-01-01", "period_end": "2019-09-30"}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_scope(label, text, published, expected):
    assert_exactly(text, expected, published)


def test_an_indented_pull_quote_is_its_own_paragraph():
    """A figure set apart on its own indented line (a page's pull quote) takes no subject from the line above;
    the sentence below it gives the fact."""
    text = ("服务贸易规模再创新高\n　　5万亿\n　　去年服务进出口总额达5万亿元,增速高于主要经济体\n"
            "　　12%\n　　去年知识密集型服务进出口增长12%\n")
    assert_exactly(text, [{"subject": "服务进出口总额", "value": 5e12}, {"subject": "知识密集型服务进出口", "value": 12}],
                   date(2019, 2, 13))


HOTLINE_MONTH = """一、总体情况
2022年3月,杨凌12345热线受理各类诉求共计2000件,其中有效诉求1800件。
二、分类统计
咨询类共900件,占比50%。
按地域统计,相关诉求主要集中在李台街道办、杨陵街道办辖区。按内容统计,相关诉求涉及占道经营、乱停乱放等街面秩序管理问题30件,涉及供水问题20件。
"""
MARCH = {"region": "杨凌示范区", "period_start": "2022-03-01", "period_end": "2022-03-31"}


def test_a_monthly_hotline_report_of_a_zone():
    """A zone's short name (杨凌) is its place; `受理各类诉求` is the total, not a category; in a hotline report
    `咨询类共…件` and `涉及…等…问题…件` are categories without the words 12345 or 热线 nearby; two subdistrict
    offices where complaints concentrate are no figure's place."""
    assert_exactly(HOTLINE_MONTH, [
        {"indicator": "hotline.contacts_total", "value": 2000, **MARCH},
        {"indicator": "hotline.items", "value": 1800, **MARCH},
        {"indicator": "hotline.category_count", "subject": "咨询", "value": 900, **MARCH},
        {"indicator": "hotline.category_share", "subject": "咨询", "value": 50, **MARCH},
        {"indicator": "hotline.category_count", "subject": "街面秩序管理", "value": 30, **MARCH},
        {"indicator": "hotline.category_count", "subject": "供水", "value": 20, **MARCH},
    ], date(2022, 4, 10), name="hotline-2022-03.txt")
