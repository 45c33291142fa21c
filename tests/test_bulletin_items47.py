"""A provincial bulletin's parts of a day's count (round 47): a country in the bracket of an imported count is where
the cases came from (the part stays the province's and names its origin), and a place's item that says how its cases
were found (`兰州市在集中隔离点发现3例`, `、在社区筛查中发现1例`, `在…和…中各发现1例`) is that place's part of the
list's count, found that way. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2022, 3, 9)
DAY = {"period_start": "2022-03-08", "period_end": "2022-03-08"}


def _facts(*rows: tuple) -> list[dict]:
    return [{"value": v, "family": fam, "subject": s, "region": r, **DAY} for v, fam, s, r in rows]


IMPORTED = "3月8日0—24时，甘肃新增无症状感染者9例，其中境外输入4例（泰国2例、英国1例、日本1例），本土5例。"
FOUND = ("3月8日0—24时，甘肃新增无症状感染者9例，其中境外输入4例，本土5例（兰州市在集中隔离点发现3例、在社区筛查中发现1例，"
         "天水市在区域核酸筛查中发现1例）。")
FOUND_EACH = ("3月8日0—24时，甘肃新增确诊病例4例，均为本土病例，其中：兰州市在重点人群核酸检测和区域核酸筛查中各发现1例，"
              "天水市在集中隔离点发现2例。")

CASES = [
    ("countries in an imported count's bracket are origins", IMPORTED, _facts(
        (9, "covid", "新增无症状感染者", "甘肃省"), (4, "covid", "新增境外输入无症状感染者", "甘肃省"),
        (2, "covid", "新增境外输入无症状感染者（泰国）", "甘肃省"), (1, "covid", "新增境外输入无症状感染者（英国）", "甘肃省"),
        (1, "covid", "新增境外输入无症状感染者（日本）", "甘肃省"), (5, "covid", "新增本土无症状感染者", "甘肃省"))),
    ("a place's items say how the cases were found", FOUND, _facts(
        (9, "covid", "新增无症状感染者", "甘肃省"), (4, "covid", "新增境外输入无症状感染者", "甘肃省"),
        (5, "covid", "新增本土无症状感染者", "甘肃省"),
        (3, "covid", "新增本土无症状感染者（在集中隔离点发现）", "兰州市"),
        (1, "covid", "新增本土无症状感染者（在社区筛查中发现）", "兰州市"),
        (1, "covid", "新增本土无症状感染者（在区域核酸筛查中发现）", "天水市"))),
    ("found two ways, each", FOUND_EACH, _facts(
        (4, "covid", "新增确诊病例", "甘肃省"),
        (1, "covid", "新增确诊病例（在重点人群核酸检测和区域核酸筛查中各发现）", "兰州市"),
        (2, "covid", "新增确诊病例（在集中隔离点发现）", "天水市"))),
    # negatives: provinces in a national imported count's bracket are where the cases were counted
    ("provinces in an imported count's bracket are the counting places",
     "2月3日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例12例，均为境外输入病例（上海5例，广东4例，四川3例）。",
     [{"value": 12, "region": "全国"}, {"value": 5, "region": "上海市"}, {"value": 4, "region": "广东省"},
      {"value": 3, "region": "四川省"}]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bulletin_items47(text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, PUBLISHED)
