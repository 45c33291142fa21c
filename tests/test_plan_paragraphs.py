"""Plans and forecasts across clauses and paragraphs: a dated target list's introduction dates the `力争…` paragraph
after it; an estimate cue inside a share's base (`占年度预计投资的`) estimates nothing; a forecast counted from a
project's completion (`建成投产后,预计…`) has no period of the paragraph's; nor has the first amount of a from-to
statement within one year (`2016年,…由96家增加到142家`: 96 is the level before, at a time not given)."""

from datetime import date

import pytest
from factcase import assert_exactly

LEAD = "12月20日,某县第十八届人大三次会议开幕,县长作政府工作报告。\n"
KEYS = ("subject", "value", "period_start", "period_end", "status")


def _f(subject, value, start, end, status):
    return dict(zip(KEYS, (subject, value, start, end, status), strict=True))


Y24 = ("2024-01-01", "2024-12-31")
Q3 = ("2022-01-01", "2022-09-30")

# (text, published, expected facts in text order)
CASES = [
    # the introduction's written year dates the list paragraph after it
    (LEAD + "2024年,全县经济社会发展主要预期目标是:坚持稳中求进,各项指标高于全市平均水平。\n"
     "力争地区生产总值增长7%以上,一般公共预算收入达到12亿元。", None,
     [_f("地区生产总值", 7, *Y24, "target"), _f("一般公共预算收入", 1200000000, *Y24, "target")]),
    (LEAD + "2024年,全县经济社会发展主要预期目标是:坚持稳中求进,各项指标高于全市平均水平。\n"
     "力争地区生产总值增长7%以上,一般公共预算收入达到12亿元。", date(2023, 12, 20),
     [_f("地区生产总值", 7, *Y24, "target"), _f("一般公共预算收入", 1200000000, *Y24, "target")]),
    # not carried: a paragraph opening with no plan verb, an introduction with no year written, a paragraph
    # after figures that are no target list
    (LEAD + "2024年,全县主要预期目标是:各项指标高于全市平均水平。\n全年完成固定资产投资30亿元。", None,
     [_f("完成固定资产投资", 3000000000, None, None, "actual")]),
    (LEAD + "今年全县主要预期目标是:各项指标高于全市平均水平。\n力争地区生产总值增长7%以上。", None,
     [_f("地区生产总值", 7, None, None, "target")]),
    (LEAD + "2023年,全县地区生产总值增长5%。\n力争新增就业4000人。", None,
     [_f("地区生产总值", 5, "2023-01-01", "2023-12-31", "actual"), _f("新增就业", 4000, None, None, "target")]),
    # a cue inside the share's base: the share and the next `;` item are stated
    ("1-9月,全市重点项目完成投资320亿元,占年度预计投资的71.5%;12个项目竣工投产。", date(2022, 10, 20),
     [_f("重点项目完成投资", 32000000000, *Q3, "actual"),
      _f("重点项目完成投资(占年度预计投资)", 71.5, *Q3, "actual"), _f("项目竣工投产", 12, *Q3, "actual")]),
    # a cue that opens the sentence, or one before a verb, still estimates
    ("预计全年完成投资420亿元;35个项目开工建设。", date(2022, 10, 20),
     [_f("完成投资", 42000000000, "2022-01-01", "2022-12-31", "estimate"),
      _f("项目开工建设", 35, "2022-01-01", "2022-12-31", "estimate")]),
    ("1-9月,全市重点项目投资占比预计达到全年的65%。", date(2022, 10, 20),
     [_f("重点项目投资占比", 65, "2022-01-01", "2022-12-31", "estimate")]),
    # a forecast counted from completion: no period, unless a time of its own follows the cue
    ("今年,该产业园签约项目12个。园区全部建成投产后,预计年产值可达80亿元,新增就业2000人。", date(2023, 5, 10),
     [_f("该产业园签约项目", 12, "2023-01-01", "2023-05-10", "actual"), _f("年产值", 8000000000, None, None, "estimate"),
      _f("新增就业", 2000, None, None, "estimate")]),
    ("今年,该产业园签约项目12个。项目投产后,2026年园区产值预计可达30亿元。", date(2023, 5, 10),
     [_f("该产业园签约项目", 12, "2023-01-01", "2023-05-10", "actual"),
      _f("园区产值", 3000000000, "2026-01-01", "2026-12-31", "estimate")]),

    # from-to within a year: the first amount has no period; over a span of years it is the span's first year
    ("2016年,全县规模以上工业企业由96家增加到142家。", date(2017, 1, 20),
     [_f("规模以上工业企业", 96, None, None, "actual"),
      _f("规模以上工业企业", 142, "2016-01-01", "2016-12-31", "actual")]),
    ("今年,全区高新技术企业从35家增至52家,新增17家。", date(2022, 12, 20),
     [_f("高新技术企业", 35, None, None, "actual"), _f("高新技术企业", 52, "2022-01-01", "2022-12-20", "actual"),
      _f("高新技术企业新增", 17, "2022-01-01", "2022-12-20", "actual")]),
    ("2012年至2016年,全县规模以上工业企业由96家增加到142家。", date(2017, 1, 20),
     [_f("规模以上工业企业", 96, "2012-01-01", "2012-12-31", "actual"),
      _f("规模以上工业企业", 142, "2016-01-01", "2016-12-31", "actual")]),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_plan_and_forecast_scopes(text, published, expected):
    assert_exactly(text, expected, published)
