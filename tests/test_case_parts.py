"""Parts of a count of cases named by their origin alone (`其中境外输入…,本土…`) count what the whole counts: the
recovered, the asymptomatic, the dead of that day among imported or local cases, never new confirmed cases."""

from datetime import date

import pytest
from factcase import facts_of

MAY24 = date(2022, 5, 24)
DAY = ("2022-05-23", "2022-05-23")


def _by_value(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in facts_of(text, MAY24) if f["family"] == "covid"}


# (text, value, subject, indicator, region, (period_start, period_end))
PARTS = [
    # recoveries of the day by origin, and the places of the local ones
    ("5月23日0—24时,全国当日新增治愈出院病例420例,其中境外输入病例17例,本土病例403例(上海390例,北京13例)。",
     17, "境外输入治愈出院病例", None, "全国", DAY),
    ("5月23日0—24时,全国当日新增治愈出院病例420例,其中境外输入病例17例,本土病例403例(上海390例,北京13例)。",
     403, "本土治愈出院病例", None, "全国", DAY),
    ("5月23日0—24时,全国当日新增治愈出院病例420例,其中境外输入病例17例,本土病例403例(上海390例,北京13例)。",
     390, "本土治愈出院病例", None, "上海市", DAY),
    # the day's asymptomatic infections by origin: parts of that day's count, no second national total
    ("5月23日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例50例。\n"
     "31个省(自治区、直辖市)和新疆生产建设兵团报告新增无症状感染者711例,其中境外输入48例,本土663例(上海520例,河南61例)。",
     48, "新增境外输入无症状感染者", "covid.new_imported_asymptomatic", "全国", DAY),
    ("5月23日0—24时,31个省(自治区、直辖市)和新疆生产建设兵团报告新增确诊病例50例。\n"
     "31个省(自治区、直辖市)和新疆生产建设兵团报告新增无症状感染者711例,其中境外输入48例,本土663例(上海520例,河南61例)。",
     61, "新增本土无症状感染者", "covid.new_local_asymptomatic", "河南省", DAY),
    # the day's new infections keep 新增 before an imported part (not the imported infections under observation)
    ("5月23日0—24时,全国新增无症状感染者13例,其中境外输入4例;尚在医学观察无症状感染者300例,其中境外输入41例。",
     4, "新增境外输入无症状感染者", "covid.new_imported_asymptomatic", "全国", DAY),
    ("5月23日0—24时,全国当日新增治愈出院病例25例,其中境外输入病例6例,本土病例19例。",
     6, "新增境外输入治愈出院病例", None, "全国", DAY),
    # deaths of the day, written with 病例 after the origin
    ("5月23日0—24时,全国新增死亡病例7例,其中本土病例5例(上海4例,吉林1例)。", 5, "本土死亡病例", None, "全国", DAY),
]

# parts of newly confirmed cases keep their own names after the whole's state (alone, `境外输入病例` reads as a running
# total) and their indicators
NEGATIVES = [
    ("5月23日0—24时,全国新增确诊病例90例,其中境外输入病例15例,本土病例75例(吉林61例,上海14例)。",
     15, "新增境外输入病例", "covid.new_imported"),
    ("5月23日0—24时,全国新增确诊病例90例,其中境外输入病例15例,本土病例75例(吉林61例,上海14例)。",
     75, "新增本土病例", "covid.new_local"),
    ("5月23日0—24时,全省新增本土无症状感染者33例。", 33, "新增本土无症状感染者", "covid.new_local_asymptomatic"),
    # an origin named with no noun names nothing alone: the whole's confirmed cases of that origin
    ("5月23日0—24时,全国新增确诊病例12例,其中境外输入9例,本土3例。", 9, "新增境外输入确诊病例", "covid.new_imported"),
    ("5月23日0—24时,全国当日新增确诊病例7例,其中境外输入5例。", 5, "新增境外输入确诊病例", "covid.new_imported"),
    ("截至5月23日24时,全市累计报告确诊病例310例,其中境外输入40例。", 40, "累计报告境外输入确诊病例",
     "covid.cumulative_imported"),
]

# parts of a count up to a day are levels that day, not the day's flows
AS_OF = [
    ("截至5月23日24时,全市累计报告确诊病例210例,其中重症病例9例,危重病例4例,已治愈出院3例。", 9),
    ("截至5月23日24时,全市累计报告确诊病例210例,其中重症病例9例,危重病例4例,已治愈出院3例。", 4),
    ("截至5月23日24时,全市累计治愈出院病例120例,其中本土病例100例,境外输入病例20例。", 100),
]


@pytest.mark.parametrize("text,value,subject,indicator,region,period", PARTS, ids=[str(p[1]) for p in PARTS])
def test_a_part_counts_the_wholes_outcome(text, value, subject, indicator, region, period):
    fact = _by_value(text)[value]
    assert subject in fact["subject"] and fact["indicator"] == indicator, fact
    assert (fact["region"], (fact["period_start"], fact["period_end"])) == (region, period), fact


@pytest.mark.parametrize("text,value,subject,indicator", NEGATIVES, ids=[str(n[1]) for n in NEGATIVES])
def test_parts_of_new_confirmed_cases_keep_their_names(text, value, subject, indicator):
    fact = _by_value(text)[value]
    assert fact["subject"] == subject and fact["indicator"] == indicator, fact


@pytest.mark.parametrize("text,value", AS_OF, ids=[str(a[1]) for a in AS_OF])
def test_parts_of_a_count_up_to_a_day_are_levels(text, value):
    fact = _by_value(text)[value]
    assert (fact["period_start"], fact["period_end"]) == (None, "2022-05-23"), fact
    assert fact["indicator"] is None or value != 100, fact  # 本土累计治愈出院病例: a part, not the city's total
