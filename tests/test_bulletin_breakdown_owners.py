"""A provincial bulletin read through its bracketed breakdowns: the province that opens the sentence (or `全省`) owns
the totals, a bracket `(其中,A市B区x例、…)` gives each place its own figure and lends none of them to the total, to
the clauses after it or to the next sentence; a zone the gazetteer does not know is no count of its city; a cured
count in a day's paragraph is that day's cured, not the running total."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2021, 2, 4)
DAY = {"period_start": "2021-02-03", "period_end": "2021-02-03"}
AS_OF = {"period_start": None, "period_end": "2021-02-03"}


def _fact(indicator, subject, region, value, period=DAY):
    return {"indicator": indicator, "subject": subject, "region": region, "value": value, **period}


HEBEI = ("河北省石家庄市藁城区确诊病例清零\n"
         "2月3日0-24时,河北省新增确诊病例6例(其中,石家庄市藁城区4例、邢台市南和区2例);新增无症状感染者9例(其中,"
         "石家庄市新乐市5例、邢台市南和区4例),无新增死亡病例。治愈出院确诊病例12例(其中,石家庄市藁城区10例、"
         "廊坊市固安县2例),石家庄市藁城区确诊病例清零。\n"
         "从1月2日石家庄市藁城区出现病例开始,截至2月3日24时,本轮疫情全省现有确诊病例210例,现有无症状感染者75例。")

CASES = [
    # the province owns each total, the bracket's places only their own figures; the day's cured are the day's;
    # `全省` after the outbreak it counts (`本轮疫情`) is the province, never the district the headline names
    ("province bulletin", HEBEI,
     [_fact("covid.new_confirmed", "新增确诊病例", "河北省", 6), _fact("covid.new_confirmed", "新增确诊病例", "藁城区", 4),
      _fact("covid.new_confirmed", "新增确诊病例", "南和区", 2),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "河北省", 9),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "新乐市", 5),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "南和区", 4),
      _fact("covid.new_deaths", "新增死亡病例", "河北省", 0),
      _fact("covid.new_cured", "治愈出院确诊病例", "河北省", 12), _fact("covid.new_cured", "治愈出院确诊病例", "藁城区", 10),
      _fact("covid.new_cured", "治愈出院确诊病例", "固安县", 2),
      _fact("covid.current_confirmed", "本轮疫情现有确诊病例", "河北省", 210, AS_OF),
      _fact("covid.current_asymptomatic", "现有无症状感染者", "河北省", 75, AS_OF)]),
    # another phrasing: the zero after the brackets and a second total are the province's too
    ("zero after brackets",
     "2月3日0时至24时,吉林省新增确诊病例3例(通化市东昌区3例);新增无症状感染者5例(其中,长春市绿园区4例、"
     "通化市东昌区1例),无新增疑似病例。",
     [_fact("covid.new_confirmed", "新增确诊病例", "吉林省", 3), _fact("covid.new_confirmed", "新增确诊病例", "东昌区", 3),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "吉林省", 5),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "绿园区", 4),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "东昌区", 1),
      _fact("covid.new_suspected", "新增疑似病例", "吉林省", 0)]),
    # a zone the gazetteer does not know, after its city or alone, is the zone's count: the list's measure named
    # with the zone, the zone its region (never the city's, kinds62); the item after it keeps its own place
    ("unknown zone after its city",
     "2月3日0-24时,辽宁省新增确诊病例7例(其中,沈阳市临空开发区3例、大连市金州区4例)。",
     [_fact("covid.new_confirmed", "新增确诊病例", "辽宁省", 7),
      _fact("covid.new_confirmed", "新增确诊病例(沈阳市临空开发区)", "沈阳市临空开发区", 3),
      _fact("covid.new_confirmed", "新增确诊病例", "金州区", 4)]),
    ("unknown zone between known items",
     "2月3日0-24时,辽宁省新增无症状感染者8例(其中,大连市金州区2例、沈阳市临空开发区5例、沈阳市铁西区1例)。",
     [_fact("covid.new_asymptomatic", "新增无症状感染者", "辽宁省", 8),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "金州区", 2),
      _fact("covid.new_asymptomatic", "新增无症状感染者(沈阳市临空开发区)", "沈阳市临空开发区", 5),
      _fact("covid.new_asymptomatic", "新增无症状感染者", "铁西区", 1)]),
    # a zone named after a district of its city is that district; one named after a district of another city is
    # no place the gazetteer knows; a district whose name ends like a zone's (`绿园区`) is the district
    ("zone named after its district",
     "2月3日0-24时,辽宁省新增确诊病例9例(其中,沈阳市浑南开发区6例、大连市金州区3例)。",
     [_fact("covid.new_confirmed", "新增确诊病例", "辽宁省", 9), _fact("covid.new_confirmed", "新增确诊病例", "浑南区", 6),
      _fact("covid.new_confirmed", "新增确诊病例", "金州区", 3)]),
    ("zone named after another city's district",
     "2月3日0-24时,黑龙江省新增确诊病例4例(其中,哈尔滨市滨江开发区4例)。",
     [_fact("covid.new_confirmed", "新增确诊病例", "黑龙江省", 4),
      _fact("covid.new_confirmed", "新增确诊病例(哈尔滨市滨江开发区)", "哈尔滨市滨江开发区", 4)]),
    # the day's cured in its own sentence and after `当日`; running counts stay running
    ("day's cured after the day",
     "2月3日0—24时,江西省无新增确诊病例,治愈出院2例,无新增死亡病例。",
     [_fact("covid.new_confirmed", "新增确诊病例", "江西省", 0), _fact("covid.new_cured", "治愈出院", "江西省", 2),
      _fact("covid.new_deaths", "新增死亡病例", "江西省", 0)]),
    ("running cured as of the day",
     "截至2月3日24时,辽宁省累计确诊病例400例,治愈出院确诊病例380例。",
     [_fact("covid.cumulative_confirmed", "累计确诊病例", "辽宁省", 400, AS_OF),
      _fact("covid.cumulative_cured", "治愈出院确诊病例", "辽宁省", 380, AS_OF)]),
    ("running cured after the day's paragraph",
     "2月3日0-24时,辽宁省新增确诊病例2例。截至2月3日24时,累计治愈出院病例380例。",
     [_fact("covid.new_confirmed", "新增确诊病例", "辽宁省", 2),
      _fact("covid.cumulative_cured", "累计治愈出院病例", "辽宁省", 380, AS_OF)]),
    ("cured already discharged",
     "2月3日0-24时,江西省新增确诊病例1例,已治愈出院确诊病例900例。",
     [_fact("covid.new_confirmed", "新增确诊病例", "江西省", 1),
      {"indicator": "covid.cumulative_cured", "region": "江西省", "value": 900}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_bulletin_breakdown_owners(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)


# known gap: a sentence after one whose topic is a district (`…,石家庄市藁城区确诊病例清零。`) names no place, so its
# count falls back to the headline's district instead of the paragraph's province
@pytest.mark.xfail(strict=True, reason="the paragraph's province is not carried past a district's statement")
def test_after_a_district_statement():
    text = HEBEI.split("\n从")[0] + "解除医学观察无症状感染者2例(邢台市南和区)。"
    facts_expected = [f for case in CASES[:1] for f in case[2][:10]]
    assert_exactly(text, [*facts_expected,
                          _fact("covid.released_asymptomatic", "解除医学观察无症状感染者", "河北省", 2)], PUBLISHED)
