"""Hotline reports of counties never seen (audit kinds41): a county line's own month dates its paragraph and section,
not a span a work-news lead told of a meeting; a paper cited as where a piece was printed is no masthead, so the county
stays the region; `减幅`/`跌幅` are declines; a percent change after a bare share is the category count's, not the
share's; a grade named alone takes the first grade's measure; a line's `同比增加N件` is kept. Each row is our own
report text (other counties, months and figures) with ALL its facts."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly

F = ("subject", "value", "region", "period_start", "period_end")


def _rows(*rows):
    return [dict(zip(F, r, strict=True)) for r in rows]


MAR = ("2023-03-01", "2023-03-31")
APR23 = ("2023-04-01", "2023-04-30")
APR24 = ("2024-04-01", "2024-04-30")
JUN = ("2023-06-01", "2023-06-30")
FEB = ("2024-02-01", "2024-02-29")
Q1 = ("2024-01-01", "2024-03-31")

# a county report whose category list runs long after the county is named, under a work-news paragraph that cites
# the prefecture's paper as where a case was printed: every figure stays the county's
_CATEGORIES = [("城建", 300, 15.99, 3.1), ("交通", 210, 11.19, 2.2), ("教育", 180, 9.59, 4.3), ("医疗", 150, 8.0, 1.4),
               ("社保", 140, 7.46, 5.5), ("农业", 130, 6.93, 6.6), ("环保", 120, 6.4, 7.7), ("民政", 110, 5.86, 8.8),
               ("市场", 100, 5.33, 9.9), ("治安", 90, 4.8, 1.5), ("水务", 80, 4.26, 2.5), ("文旅", 70, 3.73, 3.5),
               ("林业", 60, 3.2, 4.5), ("住房", 50, 2.67, 5.5), ("电力", 40, 2.13, 6.5), ("通信", 30, 1.6, 7.5)]
_LONG_TEXT = ("一、工作动态\n5月8日,典型案例《热线连民心》在邵阳日报刊发。\n二、运行情况\n"
              "隆回县12345政务服务热线2023年4月份共受理诉求1876件。其中"
              + "".join(f"{c}类{n}件,占{s}%,同比增长{g}%。" for c, n, s, g in _CATEGORIES)
              + "各承办单位共办结工单1870件,办结率99.68%。\n")
_LONG_FACTS = _rows(("12345政务服务热线受理诉求", 1876, "隆回县", *APR23),
                    *[r for c, n, s, g in _CATEGORIES
                      for r in ((c, n, "隆回县", *APR23), (c, s, "隆回县", *APR23), (c + "类", g, "隆回县", *APR23))],
                    ("各承办单位办结工单", 1870, "隆回县", *APR23), ("各承办单位办结率", 99.68, "隆回县", *APR23))

CASES = [
    # 1. the line's own month, written after its place and name, dates the paragraph and the section (not `1-2月`)
    ("a work-news lead's span stays in its section", None,
     "一、工作动态\n3月2日召开全县政务服务工作推进会,通报1-2月12345热线办理情况。\n二、运行情况\n(一)热线运行情况\n"
     "祁东县12345政务服务热线2023年3月份共受理群众诉求2150件,同比增长6.2%。其中城乡建设类320件,占14.88%。"
     "市场监管类188件,占8.74%。\n",
     _rows(("12345政务服务热线受理群众诉求", 2150, "祁东县", *MAR), ("12345政务服务热线受理群众诉求", 6.2, "祁东县", *MAR),
           ("城乡建设", 320, "祁东县", *MAR), ("城乡建设", 14.88, "祁东县", *MAR),
           ("市场监管", 188, "祁东县", *MAR), ("市场监管", 8.74, "祁东县", *MAR))),
    ("a title's month, not a news item's span, dates a later section", None,
     "祁东县12345热线2023年3月运行情况\n一、工作动态\n3月2日召开全县政务服务工作推进会,通报1-2月12345热线办理情况。\n"
     "二、运行情况\n全县12345热线共受理群众诉求2150件,办结率99.1%。\n",
     _rows(("12345热线受理群众诉求", 2150, "祁东县", *MAR), ("办结率", 99.1, "祁东县", *MAR))),
    ("a news item's counted span stays its own", None,
     "衡山县12345热线2024年2月运行情况\n一、工作动态\n2月5日召开热线工作例会,会上通报,1月份全县12345热线共受理诉求3100件。\n"
     "二、运行情况\n全县12345热线共受理群众诉求2460件。\n",
     _rows(("12345热线受理诉求", 3100, "衡山县", "2024-01-01", "2024-01-31"),
           ("12345热线受理群众诉求", 2460, "衡山县", *FEB))),
    ("a county-wide line's month over its category sentences", date(2024, 5, 10),
     "全县12345热线2024年4月共受理群众来电3021件。住房类410件,占13.57%。交通类260件,占8.61%。\n",
     _rows(("12345热线受理群众来电", 3021, None, *APR24), ("住房", 410, None, *APR24), ("住房", 13.57, None, *APR24),
           ("交通", 260, None, *APR24), ("交通", 8.61, None, *APR24))),
    ("a city line's quarter, not the report's week", date(2024, 4, 12),
     "我市12345政务服务便民热线今年一季度共受理诉求1.2万件。其中投诉类2300件,占19.2%。求助类1500件,占12.5%。\n",
     _rows(("12345政务服务便民热线受理诉求", 12000, None, *Q1), ("投诉", 2300, None, *Q1), ("投诉", 19.2, None, *Q1),
           ("求助", 1500, None, *Q1), ("求助", 12.5, None, *Q1))),
    # 2. a paper named as another piece's venue is not the page's masthead: the county stays the region
    ("a case printed in the prefecture's paper", None,
     "一、工作动态\n5月8日,典型案例《热线连民心》在邵阳日报刊发。\n二、运行情况\n"
     "隆回县12345政务服务热线2023年4月份共受理诉求1876件,同比增长4.1%。\n",
     _rows(("12345政务服务热线受理诉求", 1876, "隆回县", *APR23), ("12345政务服务热线受理诉求", 4.1, "隆回县", *APR23))),
    ("a report the prefecture's paper carried", date(2023, 6, 5),
     "据衡阳日报报道,祁东县12345热线5月共受理诉求1650件。\n",
     _rows(("12345热线受理诉求", 1650, "祁东县", "2023-05-01", "2023-05-31"))),
    ("the county after a long category list", None, _LONG_TEXT, _LONG_FACTS),
    # 3 and 4. `减幅`, `跌幅` are declines; a percent change after a bare share is the category's count's
    ("declines and rises after bare shares", None,
     "攸县12345政务服务热线2024年2月份受理来电1320件,同比下降5.2%。其中咨询类560件,占42.42%,同比跌幅6.1%。"
     "投诉类300件,占22.73%,同比增幅12%。\n",
     _rows(("12345政务服务热线受理来电", 1320, "攸县", *FEB), ("12345政务服务热线受理来电", -5.2, "攸县", *FEB),
           ("咨询", 560, "攸县", *FEB), ("咨询", 42.42, "攸县", *FEB), ("咨询类", -6.1, "攸县", *FEB),
           ("投诉", 300, "攸县", *FEB), ("投诉", 22.73, "攸县", *FEB), ("投诉类", 12, "攸县", *FEB))),
    ("a category's fall told as 减幅", date(2024, 5, 10),
     "全县12345热线2024年4月共受理群众来电3021件。住房类410件,占13.57%,同比减幅12.5%。\n",
     _rows(("12345热线受理群众来电", 3021, None, *APR24), ("住房", 410, None, *APR24), ("住房", 13.57, None, *APR24),
           ("住房类", -12.5, None, *APR24))),
    ("rises and falls after bare shares in a city report", None,
     "宁乡市12345热线2023年6月共受理群众诉求5210件。其中求助类830件,占15.93%,同比增长9.6%。"
     "咨询类1200件,占23.03%,同比下降4.4%。\n",
     _rows(("12345热线受理群众诉求", 5210, "宁乡市", *JUN), ("求助", 830, "宁乡市", *JUN), ("求助", 15.93, "宁乡市", *JUN),
           ("求助类", 9.6, "宁乡市", *JUN), ("咨询", 1200, "宁乡市", *JUN), ("咨询", 23.03, "宁乡市", *JUN),
           ("咨询类", -4.4, "宁乡市", *JUN))),
    # 5. a line's change in count is kept; grades named alone take the first grade's measure
    ("a line's year-on-year change in count", date(2024, 7, 8),
     "全区12345政务服务热线今年上半年受理诉求8640件,同比增加512件,增长6.3%。\n",
     _rows(("12345政务服务热线受理诉求", 8640, None, "2024-01-01", "2024-06-30"),
           ("12345政务服务热线受理诉求增加", 512, None, "2024-01-01", "2024-06-30"),
           ("12345政务服务热线受理诉求", 6.3, None, "2024-01-01", "2024-06-30"))),
    ("grades of an assessment named alone", date(2024, 1, 10),
     "全县共评出A级纳税人120户,B级86户。\n",
     _rows(("评出A级纳税人", 120, None, None, "2024-01-10"), ("评出B级纳税人", 86, None, None, "2024-01-10"))),
    ("grades of roads named alone", date(2024, 1, 10),
     "全市一级公路里程320公里,二级510公里。\n",
     _rows(("一级公路里程", 320, None, None, "2024-01-10"), ("二级公路里程", 510, None, None, "2024-01-10"))),
    # negatives: a masthead paper is still the publisher; a share named with its whole and a change in points stay
    # the share's; a grade with no graded item before it stays as it is
    ("a masthead paper is still the page's own", None,
     "邵阳日报\n2023年5月6日 星期六\n全市规模以上工业增加值同比增长6.1%。\n",
     _rows(("规模以上工业增加值", 6.1, "邵阳市", None, "2023-05-06"))),
    ("a share named with its whole", None,
     "醴陵市12345热线2023年8月受理诉求2480件。其中城建类410件,占全市热线诉求的16.5%,同比增长7%。\n",
     _rows(("12345热线受理诉求", 2480, "醴陵市", "2023-08-01", "2023-08-31"),
           ("城建", 410, "醴陵市", "2023-08-01", "2023-08-31"),
           ("城建类(占全市热线诉求)", 16.5, "醴陵市", "2023-08-01", "2023-08-31"),
           ("城建类", 7, "醴陵市", "2023-08-01", "2023-08-31"))),
    ("a share's change in points", date(2024, 4, 12),
     "求助类1500件,占12.5%,比上年提高1.2个百分点。\n",
     _rows(("求助类", 1500, None, None, "2024-04-12"), ("求助类占比", 12.5, None, None, "2024-04-12"),
           ("求助类占比", 1.2, None, None, "2024-04-12"))),
]


@pytest.mark.parametrize("label,published,text,expected", CASES, ids=[c[0] for c in CASES])
def test_hotline41(label, published, text, expected):
    assert_exactly(text, expected, published)
