"""In an epidemic bulletin, counts held at its end time (`住院病例`, `尚在医学观察的无症状感染者`, `正在观察的密切接触者`,
`现有确诊病例`) are points at that time, even in a sentence opened by the cumulative span since the outbreak
(`…至…24时，累计报告…`); the cumulative totals keep the span, and a bracket's parts right after a count
(`(本土…,境外输入…)`) take their whole's time. Each row is our own text."""

from datetime import date

import pytest

from tests.factcase import assert_exactly

MAY = date(2022, 5, 11)
SPAN = ("2020-01-20", "2022-05-10")
AT_END = (None, "2022-05-10")

CASES = [
    ("截至2022年5月10日24时湖北省新冠肺炎疫情最新情况\n2020年1月20日至2022年5月10日24时,湖北省累计报告确诊病例"
     "68400例(本土68300例、境外输入100例),住院病例25例(本土20例,境外输入5例),尚在医学观察的无症状感染者40例"
     "(本土31例,境外输入9例)。累计追踪到密切接触者310000人,正在观察的密切接触者1800人。",
     [(68400, SPAN), (68300, SPAN), (100, SPAN), (25, AT_END), (20, AT_END), (5, AT_END), (40, AT_END),
      (31, AT_END), (9, AT_END), (310000, SPAN), (1800, AT_END)]),
    ("截至2022年5月10日24时湖北省新冠肺炎疫情最新情况\n2020年1月20日至2022年5月10日24时,全省累计报告确诊病例512例,"
     "累计治愈出院病例500例,现有确诊病例12例。",
     [(512, SPAN), (500, SPAN), (12, AT_END)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=["hospital-observed-contacts", "current-confirmed"])
def test_current_counts_are_points_at_the_bulletins_end(text, expected):
    assert_exactly(text, [{"value": v, "period_start": a, "period_end": b} for v, (a, b) in expected], MAY,
                   "bulletin.txt")


def test_a_bracketed_part_of_a_years_flow_keeps_the_year():
    """Negative: the bracket rule gives parts their whole's time; a year's flow stays the year's."""
    text = "2021年,全县新增城镇就业5200人(男性2900人,女性2300人)。"
    assert_exactly(text, [{"value": v, "period_start": "2021-01-01", "period_end": "2021-12-31"}
                          for v in (5200, 2900, 2300)], MAY, "report.txt")
