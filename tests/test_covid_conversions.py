"""A bulletin's conversions, the parts of a running total and its patients in hospital: infections that turned into
confirmed cases are no new cases and never take the count before's name; the kinds after `其中` of a 累计 total are
running totals too; the patients in hospital on the reporting day are a covid count."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

PUBLISHED = date(2022, 4, 11)
DAY = ("2022-04-10", "2022-04-10")
AS_OF = (None, "2022-04-10")
CONVERTED = "境外输入无症状感染者转确诊病例"

# sentence -> ALL its facts: (family, indicator, subject, region, period_start, period_end, value)
CASES = [
    # a conversion after the day's new infections: its own subject, no new-case indicator, still the day's flow
    ("4月10日0-24时,福建省新增境外输入无症状感染者9例(厦门市9例);另有3例境外输入无症状感染者转确诊病例(厦门市2例,泉州市1例)。",
     [("covid", "covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "福建省", *DAY, 9),
      ("covid", "covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "厦门市", *DAY, 9),
      ("covid", None, CONVERTED, "福建省", *DAY, 3), ("covid", None, CONVERTED, "厦门市", *DAY, 2),
      ("covid", None, CONVERTED, "泉州市", *DAY, 1)]),
    ("4月10日0-24时,福建省新增本土无症状感染者12例;4例本土无症状感染者转为确诊病例。",
     [("covid", "covid.new_local_asymptomatic", "新增本土无症状感染者", "福建省", *DAY, 12),
      ("covid", None, "本土无症状感染者转为确诊病例", "福建省", *DAY, 4)]),
    # named before its count, with 新增 or 累计: conversions, neither new nor cumulative confirmed cases
    ("4月10日0-24时,福建省新增无症状感染者转为确诊病例6例。",
     [("covid", None, "新增无症状感染者转为确诊病例", "福建省", *DAY, 6)]),
    ("截至4月10日24时,福建省累计有75例无症状感染者转为确诊病例。",
     [("covid", None, "累计无症状感染者转为确诊病例", "福建省", *AS_OF, 75)]),
    # the kinds after `其中` of a running total are running totals, and so are their parts by origin in brackets
    ("截至4月10日24时,福建省累计报告阳性感染者5200例(境外输入3100例),其中确诊病例2600例(境外输入1500例),"
     "无症状感染者2600例(境外输入1600例)。",
     [("covid", None, "累计报告阳性感染者", "福建省", *AS_OF, 5200),
      ("covid", None, "累计报告境外输入阳性感染者", "福建省", *AS_OF, 3100),
      ("covid", "covid.cumulative_confirmed", "累计确诊病例", "福建省", *AS_OF, 2600),
      ("covid", "covid.cumulative_imported", "累计境外输入确诊病例", "福建省", *AS_OF, 1500),
      ("covid", None, "累计无症状感染者", "福建省", *AS_OF, 2600),
      ("covid", None, "累计境外输入无症状感染者", "福建省", *AS_OF, 1600)]),
    # a state of a running count is a level that day, not a running total of its own
    ("截至4月10日24时,福建省累计报告确诊病例2600例,其中重症病例3例。",
     [("covid", "covid.cumulative_confirmed", "累计报告确诊病例", "福建省", *AS_OF, 2600),
      ("covid", "covid.severe", "重症病例", "福建省", *AS_OF, 3)]),
    # the patients in hospital on the reporting day: a covid count no indicator names
    ("4月10日0-24时,福建省新增出院8例(境外输入5例),目前在院260例(境外输入90例)。",
     [("covid", "covid.new_cured", "新增出院", "福建省", *DAY, 8), ("covid", None, "新增境外输入出院", "福建省", *DAY, 5),
      ("covid", None, "在院", "福建省", *AS_OF, 260), ("covid", None, "境外输入在院", "福建省", *AS_OF, 90)]),
    # a hospital's patients with no reporting day are no bulletin's
    ("2021年,福州市各医院年末在院病人3200例。",
     [("other", None, "各医院在院病人", "福州市", None, "2021-12-31", 3200)]),
]


def _facts(text: str) -> list[tuple]:
    return [(f.family, f.indicator, f.subject, f.region,
             *(str(d) if d else None for d in (f.period_start, f.period_end)), f.value)
            for f in extract_text(text, "case.txt", PUBLISHED).facts]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_bulletin_conversions_and_parts(text, expected):
    assert _facts(text) == expected
