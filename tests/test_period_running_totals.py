"""Running totals and since-X flows (P3): a flow from a year the text names up to a later month (`2016年至今年9月底`)
covers that whole span, neither a point at its end nor the end's month alone; a running total whose start the text
does not settle (`开累`, `累计与…国家签署`) and a stock held (`拥有量`) are points at their period's end, never the
year's span.

Each row is a small report in our own words (figures restated, never corpus text): its text, date and per figure
value the (period_start, period_end) it must get; every figure of the text is listed (an extra fails).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

_PAPER = "本报讯 全省工作推进有序。\n"
_REPORT = "2021年全市国民经济和社会发展统计公报\n一、科技\n全年实现地区生产总值420亿元。\n"

YEAR_TO_MONTH = [
    # a start year, an end month of this year, of a named year, of last year; a start month; up to now
    (_PAPER + "2017年至今年8月底，浙江省共拆解老旧渔船2350艘。\n", date(2019, 10, 20),
     {"2350": ("2017-01-01", "2019-08-31")}),
    (_PAPER + "2015年至2019年6月，全省法院审结环境案件3.2万件。\n", date(2019, 10, 20),
     {"32000": ("2015-01-01", "2019-06-30")}),
    (_PAPER + "自2018年至去年11月，湖南累计培训乡村教师6.4万人。\n", date(2020, 3, 2),
     {"64000": ("2018-01-01", "2019-11-30")}),
    (_PAPER + "2019年5月至10月，调研组赴12个省区开展调研。\n", date(2019, 12, 2),
     {"12": ("2019-05-01", "2019-10-31")}),
    (_PAPER + "2016年至今，该县新建乡村公路460公里。\n", date(2019, 10, 20),
     {"460": ("2016-01-01", "2019-10-20")}),
    # negatives: a span of whole years; a year and a later clause's own as-of month
    (_PAPER + "2016年至2019年，全省新建农村公路3.1万公里。\n", date(2020, 3, 2),
     {"31000": ("2016-01-01", "2019-12-31")}),
    (_PAPER + "2018年，全省新建农村公路1.2万公里；截至今年9月底，通车里程达21万公里。\n", date(2019, 10, 20),
     {"12000": ("2018-01-01", "2018-12-31"), "210000": (None, "2019-09-30")}),
]


def _periods(text: str, published: date, name: str = "paper.txt") -> dict[str, tuple[str | None, str | None]]:
    facts = extract_text(text, name, published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.period_start, f.period_end) for f in facts}


@pytest.mark.parametrize("text,published,expected", YEAR_TO_MONTH, ids=[row[0][13:27] for row in YEAR_TO_MONTH])
def test_a_flow_from_a_year_to_a_later_month_covers_the_span(text, published, expected):
    assert _periods(text, published) == expected


RUNNING_TOTALS = [
    # `开累` (since the works began) under a year that opens the sentence: the total at that year's end; a figure
    # of the year beside it in the list keeps the year
    (_PAPER + "2019年，主体工程全面推进，桥梁开累完成36.2公里、7座隧道贯通。\n", date(2020, 1, 20),
     {"36.2": (None, "2019-12-31"), "7": ("2019-01-01", "2019-12-31")}),
    (_PAPER + "去年，隧道开累成洞64.8公里。\n", date(2020, 1, 20), {"64.8": (None, "2019-12-31")}),
    # `累计` and the party dealt with, in a year's review: the running total at the year's end
    ("本报讯 政府工作报告摘要。\n过去一年，对外合作不断深化。累计与52个国家和8个国际组织签署合作协议120份。\n", date(2022, 3, 6),
     {"120": (None, "2021-12-31")}),  # 52 国家, 8 国际组织: bare names of the partners, no facts (round 50)
    # a running total named as a noun under a year only the paragraph gives: held at that year's end
    ("本报讯 大使寄语。\n2019年，两国关系取得新进展。\n一年来，合作成果丰硕。多家企业在当地建厂，中方累计投资额超过4.2亿美元。\n",
     date(2020, 2, 8), {"420000000": (None, "2019-12-31")}),
    # a sentence opened by `累计`: its later clauses with no time or span word of their own are part of that total
    ("本报讯 政府工作报告摘要。\n过去一年，脱贫攻坚扎实推进。累计建设安置区2.1万个、住房150余万套，可安置620万搬迁人口。\n",
     date(2022, 3, 6), {"21000": (None, "2021-12-31"), "1500000": (None, "2021-12-31"),
                        "6200000": (None, "2021-12-31")}),
    # negatives: a span word bounds the noun's total; a later clause with a flow word of its own keeps the year
    ("本报讯 大使寄语。\n2019年，两国关系取得新进展。\n一年来，合作成果丰硕。中方全年累计投资额超过4.2亿美元。\n",
     date(2020, 2, 8), {"420000000": ("2019-01-01", "2019-12-31")}),
    ("本报讯 政府工作报告摘要。\n过去一年，脱贫攻坚扎实推进。累计建设安置区2.1万个，全年新增搬迁人口30万人。\n",
     date(2022, 3, 6), {"21000": (None, "2021-12-31"), "300000": ("2021-01-01", "2021-12-31")}),
    # negative: the year's own new count keeps the year
    ("本报讯 政府工作报告摘要。\n过去一年，对外合作不断深化。新签对外合作协议30份。\n", date(2022, 3, 6),
     {"30": ("2021-01-01", "2021-12-31")}),
]


@pytest.mark.parametrize("text,published,expected", RUNNING_TOTALS, ids=[row[0][13:27] for row in RUNNING_TOTALS])
def test_a_running_total_with_an_unsettled_start_is_a_point_at_the_end(text, published, expected):
    assert _periods(text, published) == expected


STOCKS_HELD = [
    # a stock of patents held per head in a year's communiqué or a year's review: the level at the year's end;
    # the year's grants before it and a change of the stock keep the year
    (_REPORT + "全年授权专利2.3万件，每万人有效发明专利拥有量8.2件。\n", "tjgb-k-2021.txt", date(2022, 3, 20),
     {"42000000000": ("2021-01-01", "2021-12-31"), "23000": ("2021-01-01", "2021-12-31"), "8.2": (None, "2021-12-31")}),
    (_PAPER + "2020年，全省万人发明专利拥有量达18.6件，增加2.4件。\n", "paper.txt", date(2021, 2, 3),
     {"18.6": (None, "2020-12-31"), "2.4": ("2020-01-01", "2020-12-31")}),
]


@pytest.mark.parametrize("text,name,published,expected", STOCKS_HELD, ids=[row[1] for row in STOCKS_HELD])
def test_a_stock_held_is_a_point_at_the_end(text, name, published, expected):
    assert _periods(text, published, name) == expected
