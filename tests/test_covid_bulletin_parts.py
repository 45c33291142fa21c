"""COVID bulletins of other provinces: a news site's dateline before the day, parts by origin in brackets, runs of days,
yesterday with its day in brackets, autonomous prefectures' short names, imported asymptomatic infections."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

PUBLISHED = date(2021, 9, 6)
DAY = ("2021-09-05", "2021-09-05")
AS_OF = (None, "2021-09-05")

# sentence -> ALL its facts: (indicator, subject, region, period_start, period_end, value)
CASES = [
    # a news site's or agency's dateline (`东北网…讯`, `中新网…电`) is no time of the lead: the day after it still opens
    # the paragraph, and the later sentences and list items are that day's
    ("东北网9月6日讯 2021年9月5日0-24时,吉林省新增确诊病例7例。新增疑似病例2例。",
     [("covid.new_confirmed", "新增确诊病例", "吉林省", *DAY, 7), ("covid.new_suspected", "新增疑似病例", "吉林省", *DAY, 2)]),
    ("中新网客户端9月6日电 据省卫健委消息,2021年9月5日0—24时,全省新增确诊病例9例,其中:长春市6例、四平市3例。",
     [("covid.new_confirmed", "新增确诊病例", "吉林省", *DAY, 9), ("covid.new_confirmed", "新增确诊病例", "长春市", *DAY, 6),
      ("covid.new_confirmed", "新增确诊病例", "四平市", *DAY, 3)]),
    # a part named by its origin alone in brackets right after a count counts the same among imported cases: no
    # subset gets the region's indicator
    ("9月5日0-24时,福建省新增出院15例(境外输入6例),目前在院120例(境外输入40例)。",
     [("covid.new_cured", "新增出院", "福建省", *DAY, 15), (None, "新增境外输入出院", "福建省", *DAY, 6),
      (None, "在院", "福建省", *AS_OF, 120), (None, "境外输入在院", "福建省", *AS_OF, 40)]),
    ("9月5日0-24时,福建省新增解除医学观察无症状感染者11例(境外输入8例)。",
     [("covid.released_asymptomatic", "新增解除医学观察无症状感染者", "福建省", *DAY, 11),
      (None, "新增境外输入解除医学观察无症状感染者", "福建省", *DAY, 8)]),
    ("截至9月5日24时,福建省累计报告阳性感染者3000例(境外输入2100例)。",
     [(None, "累计报告阳性感染者", "福建省", *AS_OF, 3000), (None, "累计报告境外输入阳性感染者", "福建省", *AS_OF, 2100)]),
    # a place's part in brackets keeps its count's name
    ("9月5日0-24时,福建省新增本土确诊病例10例(莆田市10例)。",
     [("covid.new_local", "新增本土确诊病例", "福建省", *DAY, 10),
      ("covid.new_local", "新增本土确诊病例", "莆田市", *DAY, 10)]),
    # a zero after some parts' run of days counts the parts' run, not the place's day: no fact
    ("9月5日0-24时,全省除省会以外地区已连续6日无新增确诊病例。", []),
    ("福建省9个设区市已连续14天以上无新增确诊病例。", []),
    ("福建省有5个县连续超过20天无新增本土病例。", []),
    # `昨(5)日` names yesterday by its day: under `截至…24时` a new count is that day's flow, a running total its level
    ("截至昨(5)日24时,贵州省新增确诊病例4例(其中:贵阳市3例、黔东南州1例),累计报告确诊病例150例。",
     [("covid.new_confirmed", "新增确诊病例", "贵州省", *DAY, 4), ("covid.new_confirmed", "新增确诊病例", "贵阳市", *DAY, 3),
      ("covid.new_confirmed", "新增确诊病例", "黔东南苗族侗族自治州", *DAY, 1),
      ("covid.cumulative_confirmed", "累计报告确诊病例", "贵州省", *AS_OF, 150)]),
    ("昨（5）日0-24时,甘肃省新增疑似病例2例。",
     [("covid.new_suspected", "新增疑似病例", "甘肃省", *DAY, 2)]),
    # an autonomous prefecture as bulletins write it: its short name with 州 or 自治州
    ("9月5日0-24时,四川省新增确诊病例3例(凉山州2例、阿坝自治州1例)。",
     [("covid.new_confirmed", "新增确诊病例", "四川省", *DAY, 3),
      ("covid.new_confirmed", "新增确诊病例", "凉山彝族自治州", *DAY, 2),
      ("covid.new_confirmed", "新增确诊病例", "阿坝藏族羌族自治州", *DAY, 1)]),
    # imported infections counted apart from local ones are their own day count: one value per region and day each
    ("9月5日0-24时,云南省新增本土无症状感染者5例(西双版纳州5例);新增境外输入无症状感染者7例(昆明市4例,德宏州3例)。",
     [("covid.new_local_asymptomatic", "新增本土无症状感染者", "云南省", *DAY, 5),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", "西双版纳傣族自治州", *DAY, 5),
      ("covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "云南省", *DAY, 7),
      ("covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "昆明市", *DAY, 4),
      ("covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "德宏傣族景颇族自治州", *DAY, 3)]),
    # 本地 as some provinces write 本土, and infections released from isolation under observation (`解除隔离医学观察`)
    ("9月5日0-24时,吉林省报告新增本地无症状感染者12例,其中,长春市9例,吉林市3例。",
     [("covid.new_local_asymptomatic", "新增本地无症状感染者", "吉林省", *DAY, 12),
      ("covid.new_local_asymptomatic", "新增本地无症状感染者", "长春市", *DAY, 9),
      ("covid.new_local_asymptomatic", "新增本地无症状感染者", "吉林市", *DAY, 3)]),
    ("9月5日0-24时,全省新增解除隔离医学观察无症状感染者40例,其中,通化市30例,白城市10例。",
     [("covid.released_asymptomatic", "新增解除隔离医学观察无症状感染者", "吉林省", *DAY, 40),
      ("covid.released_asymptomatic", "新增解除隔离医学观察无症状感染者", "通化市", *DAY, 30),
      ("covid.released_asymptomatic", "新增解除隔离医学观察无症状感染者", "白城市", *DAY, 10)]),
    # `(其中境外输入N例)` right after a running total is its imported part; Beijing's 本地 cases are a subset too
    ("截至9月5日24时,四川省累计报告确诊病例1200例(其中境外输入700例)。",
     [("covid.cumulative_confirmed", "累计报告确诊病例", "四川省", *AS_OF, 1200),
      ("covid.cumulative_imported", "累计报告境外输入确诊病例", "四川省", *AS_OF, 700)]),
    ("9月5日0-24时,天津市新增报告境外输入确诊病例2例。截至9月5日24时,天津市累计报告本地确诊病例300例。",
     [("covid.new_imported", "新增报告境外输入确诊病例", "天津市", *DAY, 2),
      (None, "累计报告本地确诊病例", "天津市", *AS_OF, 300)]),
    # a province that copies the national bulletin's imported paragraph (`贵州现有境外输入确诊病例…。累计确诊病例…`):
    # its totals are the imported ones, not the province's; contacts still under observation are under observation
    ("9月5日0—24时,贵州新增确诊病例3例。\n贵州现有境外输入确诊病例11例。累计确诊病例900例,累计治愈出院病例889例。\n"
     "截至9月5日24时,贵州累计报告确诊病例1530例。累计追踪到密切接触者50000人,尚在医学观察的密切接触者300人。",
     [("covid.new_confirmed", "新增确诊病例", "贵州省", *DAY, 3), (None, "现有境外输入确诊病例", "贵州省", *AS_OF, 11),
      ("covid.cumulative_imported", "境外输入累计确诊病例", "贵州省", *AS_OF, 900),
      (None, "境外输入累计治愈出院病例", "贵州省", *AS_OF, 889),
      ("covid.cumulative_confirmed", "累计报告确诊病例", "贵州省", *AS_OF, 1530),
      ("covid.close_contacts", "累计追踪到密切接触者", "贵州省", *AS_OF, 50000),
      ("covid.under_observation", "尚在医学观察的密切接触者", "贵州省", *AS_OF, 300)]),
    # infections still under observation are the current ones, not the contacts under observation beside them
    ("截至9月5日24时,尚在医学观察无症状感染者640例,其中境外输入72例;尚在医学观察的密切接触者5100人。",
     [("covid.current_asymptomatic", "尚在医学观察无症状感染者", None, *AS_OF, 640),
      (None, "境外输入尚在医学观察无症状感染者", None, *AS_OF, 72),
      ("covid.under_observation", "尚在医学观察的密切接触者", None, *AS_OF, 5100)]),
    # the province's current local cases open no imported paragraph: its totals after them stay its own; local cases
    # only are a subset, not the current cases
    ("截至9月5日24时,全省现有本土确诊病例30例。累计报告确诊病例1530例。",
     [(None, "现有本土确诊病例", None, *AS_OF, 30),
      ("covid.cumulative_confirmed", "累计报告确诊病例", None, *AS_OF, 1530)]),
    # a place's own run of days: that day's zero of the place
    ("据简报，5月12日，老挝当天已连续超过20天无新增确诊病例。",
     [("covid.new_confirmed", "新增确诊病例", "老挝", "2021-05-12", "2021-05-12", 0)]),
]


def _facts(text: str) -> list[tuple]:
    return [(f.indicator, f.subject, f.region, *(str(d) if d else None for d in (f.period_start, f.period_end)),
             f.value)
            for f in extract_text(text, "case.txt", PUBLISHED).facts]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_bulletin_facts(text, expected):
    assert _facts(text) == expected
