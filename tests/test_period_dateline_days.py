"""A story's today is the day its dateline filed it (`本报某地6月9日电` in the paper of the 10th, a closing
`（本报某地6月8日电）` however long its credit, a feature's `时间：6月9日下午`): its `目前`, `至此`, `昨天` and undated figures are told as of that
day; a day the text writes stays, a story that names a later day is read as of the paper's day, and a dateline
over a month old or after the paper dates nothing (story_days.py, scopes.py)."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.story_days import story_day

PUBLISHED = date(2020, 6, 10)


def _as_of(day: str) -> dict:
    return {"period_start": None, "period_end": day}


CASES = [
    ("an opening dateline's day for 至此",
     "某国患者全部治愈\n本报某地6月9日电 （记者 某）至此，该国累计确诊病例300例。\n", PUBLISHED,
     [{"value": 300, **_as_of("2020-06-09"), "published": "2020-06-10"}]),
    ("a closing dateline's day for 目前",
     "某国抗疫见闻\n目前，该国累计报告死亡病例2万例。\n（本报某地6月8日电）\n", PUBLISHED,
     [{"value": 20000, **_as_of("2020-06-08")}]),
    ("a feature's time label",
     "代表团审议侧记\n时间：6月9日下午\n现在仍在医学观察的还有120例。\n", PUBLISHED,
     [{"value": 120, **_as_of("2020-06-09")}]),  # a page's field line (`时间：`): the persons still observed then
    ("a December dateline in a January paper",
     "某国疫情\n本报某地12月31日电 目前，该国累计确诊病例300例。\n", date(2021, 1, 2),
     [{"value": 300, **_as_of("2020-12-31")}]),
    ("a closing dateline crediting many reporters",
     "抗疫纪实\n截至目前，全球确诊病例已超过40万例。\n（新华社北京6月8日电  记者甲、乙、丙、丁、戊、己、庚、辛、壬、癸、子、丑）\n",
     PUBLISHED, [{"value": 400000, "qualifier": "more_than", **_as_of("2020-06-08")}]),
    ("a closing dateline with a writer's and contributors' credit",
     "抗疫纪实\n全省累计排查2万余人次。\n（新华社北京6月7日电 执笔记者：甲、乙、丙；参与采写：丁、戊、己、庚、辛、壬、癸、子、丑、寅、卯）\n",
     PUBLISHED, [{"value": 20000, "qualifier": "more_than", **_as_of("2020-06-07")}]),
    ("a closing dateline right after the last paragraph's stop",
     "某国抗疫见闻\n目前，该国累计报告死亡病例2万例。（本报某地6月8日电）\n", PUBLISHED,
     [{"value": 20000, **_as_of("2020-06-08")}]),
    # negatives: the paper's day, or the day the text writes
    ("a dateline the last paragraph quotes is no closing one",
     "某国抗疫见闻\n目前，该国累计报告死亡病例2万例，有报道（新华社某地6月8日电）称将复课。\n", PUBLISHED,
     [{"value": 20000, **_as_of("2020-06-10")}]),
    ("a written day stays",
     "某国疫情\n本报某地6月9日电 截至6月5日，该国累计确诊病例300例。\n", PUBLISHED,
     [{"value": 300, **_as_of("2020-06-05")}]),
    ("a story that names a day after its filing",
     "某国复课\n本报某地6月9日电 10日起，该国学校陆续复课。目前，该国累计确诊病例300例。\n", PUBLISHED,
     [{"value": 300, **_as_of("2020-06-10")}]),
    ("a dateline with no day",
     "本市疫情\n本报讯 目前，全市累计确诊病例300例。\n", PUBLISHED,
     [{"value": 300, **_as_of("2020-06-10")}]),
]


@pytest.mark.parametrize("label, text, published, expected", CASES, ids=[c[0] for c in CASES])
def test_dateline_days(label, text, published, expected):
    assert_exactly(text, expected, published)


DAYS = [
    ("the day before the paper's", "本报某地6月9日电 …", PUBLISHED, date(2020, 6, 9)),
    ("several places filed together", "本报甲地、乙地6月8日电 …", PUBLISHED, date(2020, 6, 8)),
    ("a wire's dateline", "新华社北京6月9日电 …", PUBLISHED, date(2020, 6, 9)),
    ("December's in a January paper", "本报某地12月30日电 …", date(2021, 1, 2), date(2020, 12, 30)),
    ("a closing dateline with a long credit", "正文。\n（新华社北京6月9日电  记者甲、乙、丙、丁、戊、己、庚、辛、壬、癸、子、丑、寅）",
     PUBLISHED, date(2020, 6, 9)),
    # negatives
    ("a dateline in brackets inside the last paragraph", "据报道（新华社北京6月9日电）当地复课。", PUBLISHED, None),
    ("the paper's own day", "本报某地6月10日电 …", PUBLISHED, None),
    ("over a month before the paper", "本报某地4月1日电 …", PUBLISHED, None),
    ("no day in the dateline", "本报讯 …", PUBLISHED, None),
    ("a reporter's line", "本报记者 某 6月9日在某地看到…", PUBLISHED, None),
]


@pytest.mark.parametrize("label, body, published, expected", DAYS, ids=[c[0] for c in DAYS])
def test_story_day(label, body, published, expected):
    text = "标题\n" + body + "\n"
    assert story_day(text, (0, len(text)), "标题", published) == expected
