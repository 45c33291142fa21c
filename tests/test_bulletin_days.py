"""A bulletin's reporting day (`X月X日0-24时`) dates every count after it in its article until another day is named:
a paper's reprint opens with its own day, later sentences and paragraphs name no day, and their new counts are the
reporting day's, their running and held counts as of its end."""

from datetime import date

import pytest

from extractors.bulletin_days import BulletinDays
from extractors.pipeline import extract_text

PUBLISHED = date(2022, 5, 10)
DAY = ("2022-05-09", "2022-05-09")
AS_OF = (None, "2022-05-09")

_STORY = "全省复工复产有序推进\n本报某地5月10日电 全省规模以上工业企业已全部复工。\n"

# text -> ALL its facts: (indicator, subject, period_start, period_end, value)
CASES = [
    # a reprint: the paper's day opens the lead, the bulletin's day follows; the sentences after it are that day's
    ("5月10日,省卫健委通报:5月9日0-24时,全省新增本土确诊病例6例。全省新增境外输入确诊病例3例。全省新增出院12例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_imported", "新增境外输入确诊病例", *DAY, 3),
      ("covid.new_cured", "新增出院", *DAY, 12)]),
    # across paragraphs; held counts (`目前在院`, `尚在医学观察`) are as of the day's end
    ("5月10日,省卫健委通报:5月9日0-24时,全省新增本土确诊病例6例。\n"
     "全省新增出院12例,目前在院80例;尚在医学观察无症状感染者45例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_cured", "新增出院", *DAY, 12),
      (None, "在院", *AS_OF, 80), ("covid.current_asymptomatic", "尚在医学观察无症状感染者", *AS_OF, 45)]),
    # `截至…24时` names the same day: its totals are as of it, and the day goes on after them
    ("5月9日0时至24时,全省新增本土确诊病例6例。\n截至5月9日24时,全省累计报告确诊病例700例。\n全省新增出院12例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.cumulative_confirmed", "累计报告确诊病例", *AS_OF, 700),
      ("covid.new_cured", "新增出院", *DAY, 12)]),
    # another day named ends the bulletin's: the counts after it are not the reporting day's
    ("5月9日0-24时,全省新增本土确诊病例6例。\n4月以来,全省新增出院300例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_cured", "新增出院", "2022-04-01", "2022-05-10", 300)]),
    # `当日`/`当天` in a paragraph of its own is the day reported, not the paper's day; so is a change on the day before
    ("5月9日0-24时,全省新增本土确诊病例6例。\n当日新增治愈出院病例12例,危重病例比前一天减少2例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_cured", "新增治愈出院病例", *DAY, 12),
      (None, "危重病例变化", *DAY, -2)]),
    ("5月9日0-24时,全省新增本土确诊病例6例。\n全省新增无症状感染者9例;当天解除医学观察4例;尚在医学观察的无症状感染者50例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_asymptomatic", "新增无症状感染者", *DAY, 9),
      ("covid.released_asymptomatic", "解除医学观察无症状感染者", *DAY, 4),
      ("covid.current_asymptomatic", "尚在医学观察的无症状感染者", *AS_OF, 50)]),
    # the parts of a day's new count that no indicator names are that day's too, a place's in brackets as well
    ("5月9日0-24时,全省新增本土确诊病例6例。\n全省新增无症状感染者9例,其中境外输入5例,本土4例(广州3例,深圳1例)。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_asymptomatic", "新增无症状感染者", *DAY, 9),
      ("covid.new_imported_asymptomatic", "新增境外输入无症状感染者", *DAY, 5),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", *DAY, 4),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", *DAY, 3),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", *DAY, 1)]),
    # a headline of the paper's day over a bulletin: the reporting day dates every item of its list, whatever the
    # lead wrote before it (`今早(5月10日)通报:`), and the sentences after it
    ("5月10日·全省疫情快报\n省卫健委今早(5月10日)通报:5月9日0—24时,全省新增本土确诊病例6例和无症状感染者9例。"
     "新增境外输入确诊病例3例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_local_asymptomatic", "新增本土无症状感染者", *DAY, 9),
      ("covid.new_imported", "新增境外输入确诊病例", *DAY, 3)]),
    ("5月10日疫情通报\n据省卫健委消息,2022年5月9日0时至24时,全省新增本土确诊病例6例、本土无症状感染者9例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_local_asymptomatic", "新增本土无症状感染者", *DAY, 9)]),
    ("5月10日疫情通报\n5月9日0-24时,全省新增本土确诊病例6例。\n5月10日当天,全省新增出院15例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_cured", "新增出院", "2022-05-10", "2022-05-10", 15)]),
    # a story's appended bulletin (`另悉，截至…24时，…`) under another dateline: the sentences after it in its paragraph
    # are that day's report, new counts its flow, held counts as of its end
    (_STORY + "另悉,截至5月9日24时,全省现有确诊病例39例。新增无症状感染者5例;当日解除医学观察3例;"
     "尚在医学观察无症状感染者94例。",
     [("covid.current_confirmed", "现有确诊病例", *AS_OF, 39), ("covid.new_asymptomatic", "新增无症状感染者", *DAY, 5),
      ("covid.released_asymptomatic", "解除医学观察无症状感染者", *DAY, 3),
      ("covid.current_asymptomatic", "尚在医学观察无症状感染者", *AS_OF, 94)]),
    (_STORY + "据通报,截至2022年5月9日24时,全市累计报告确诊病例120例。当天新增治愈出院病例7例,目前在院20例。",
     [("covid.cumulative_confirmed", "累计报告确诊病例", *AS_OF, 120), ("covid.new_cured", "新增治愈出院病例", *DAY, 7),
      (None, "在院", *AS_OF, 20)]),
    (_STORY + "本周疫情平稳。截止5月9日24时,全市累计报告确诊病例120例。全市新增出院5例。",
     [("covid.cumulative_confirmed", "累计报告确诊病例", *AS_OF, 120), ("covid.new_cured", "新增出院", *DAY, 5)]),
    # ... but not the next paragraph, the story's own again
    (_STORY + "本周疫情平稳。截止5月9日24时,全市累计报告确诊病例120例。\n全市新增出院5例。",
     [("covid.cumulative_confirmed", "累计报告确诊病例", *AS_OF, 120),
      ("covid.new_cured", "新增出院", None, "2022-05-10", 5)]),
    # a day the paper names itself (`5月10日`) stays that day
    ("5月9日0-24时,全省新增本土确诊病例6例。\n5月10日当天,全省新增出院15例。",
     [("covid.new_local", "新增本土确诊病例", *DAY, 6), ("covid.new_cured", "新增出院", "2022-05-10", "2022-05-10", 15)]),
]


def _facts(text: str) -> list[tuple]:
    return [(f.indicator, f.subject, *(str(d) if d else None for d in (f.period_start, f.period_end)), f.value)
            for f in extract_text(text, "bulletin.txt", PUBLISHED).facts]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_reporting_day_dates_the_bulletin(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize("text,pos,day", [
    ("5月9日0-24时,新增6例。新增3例。", 14, (date(2022, 5, 9), 9, date(2022, 5, 9))),
    ("5月9日0-24时,新增6例。5月1日,新增3例。", 20, None),   # another day named before the count
    ("截至5月9日,累计700例。", 10, None),                     # no reporting day: a cut-off with no hour is none
    ("截至5月9日24时,累计700例。新增3例。", 18, (date(2022, 5, 9), 9, date(2022, 5, 9))),  # a day's end is, in its paragraph
    ("截至5月9日24时,累计700例。\n新增3例。", 19, None),
    ("5月9日0-24时,新增6例。\n截至5月9日24时,累计700例。\n新增3例。", 36, (date(2022, 5, 9), 9, date(2022, 5, 9))),  # inside a day's reach
    ("12月31日0-24时,新增6例。", 14, (date(2021, 12, 31), 11, date(2021, 12, 31))),    # a day after the paper's is of the year before
    ("5月8日22时至5月9日10时,新增6例。", 18, (date(2022, 5, 9), 15, date(2022, 5, 8))),  # a window over a night
    ("12月31日22时至1月1日10时,新增6例。", 18, (date(2022, 1, 1), 17, date(2021, 12, 31))),  # over a year's end
    ("5月7日22时至5月9日10时,新增6例。", 18, None),  # two nights: no reporting window
])
def test_day_at(text, pos, day):
    assert BulletinDays(text, PUBLISHED).day_at(0, pos) == day


# a rule's requirement (`须持…`, `需出示…`, `凭…`) is no count; a count of those a rule binds is one
@pytest.mark.parametrize("text,expected", [
    ("出省须持72小时内2次核酸阴性证明。", []),
    ("入园需出示7天内1次核酸检测报告。", []),
    ("凭3日内2次核酸阴性证明方可进入。", []),
    ("全市需持证上岗的从业人员共有2000人。", [(None, "需持证上岗的从业人员", None, "2022-05-10", 2000)]),
])
def test_requirement_is_no_count(text, expected):
    assert _facts(text) == expected
