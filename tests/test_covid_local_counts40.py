"""COVID bulletins: local-only day counts under their own indicators, cured confirmed cases as cured, 兵团 in a list of
cases, and the parts in a bracket after an item's count of cases (origins named there are no places of the figure)."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

PUBLISHED = date(2022, 8, 4)
DAY = ("2022-08-03", "2022-08-03")
AS_OF = (None, "2022-08-03")

# sentence -> ALL its facts: (indicator, subject, region, period_start, period_end, value)
CASES = [
    # local cases only (本土; 本地 as Beijing or Jilin writes it) are a part of the day's cases, not all of them
    ("8月3日0—24时,上海市新增本土确诊病例5例和无症状感染者14例。",
     [("covid.new_local", "新增本土确诊病例", "上海市", *DAY, 5),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", "上海市", *DAY, 14)]),
    ("8月3日0时至24时,北京市新增本地确诊病例6例,新增本地无症状感染者2例。",
     [("covid.new_local", "新增本地确诊病例", "北京市", *DAY, 6),
      ("covid.new_local_asymptomatic", "新增本地无症状感染者", "北京市", *DAY, 2)]),
    ("8月3日0—24时,广东省新增报告本土无症状感染者8例,新增报告境外输入性确诊病例3例。",
     [("covid.new_local_asymptomatic", "新增报告本土无症状感染者", "广东省", *DAY, 8),
      ("covid.new_imported", "新增报告境外输入性确诊病例", "广东省", *DAY, 3)]),
    ("8月3日,全国新增本土无症状感染者不足20例,已连续6天无新增本土确诊病例。",
     [("covid.new_local_asymptomatic", "新增本土无症状感染者", "全国", *DAY, 20),
      ("covid.new_local", "新增本土确诊病例", "全国", *DAY, 0)]),
    # parts of a day's count by origin keep the day's 新增 (alone, `境外输入病例` reads as a running total)
    ("8月3日0—24时,全国新增确诊病例15例,其中6例为境外输入病例,9例为本土病例。",
     [("covid.new_confirmed", "新增确诊病例", "全国", *DAY, 15), ("covid.new_imported", "新增境外输入病例", "全国", *DAY, 6),
      ("covid.new_local", "新增本土病例", "全国", *DAY, 9)]),
    ("8月3日0—24时,全国新增无症状感染者10例,其中境外输入4例,本土6例。",
     [("covid.new_asymptomatic", "新增无症状感染者", "全国", *DAY, 10),
      ("covid.new_imported_asymptomatic", "新增境外输入无症状感染者", "全国", *DAY, 4),
      ("covid.new_local_asymptomatic", "新增本土无症状感染者", "全国", *DAY, 6)]),
    # local cases still in care are a subset of the current ones, which the catalog names no indicator for
    ("截至8月3日24时,浙江省现有本土确诊病例20例,现有本土无症状感染者7例。",
     [(None, "现有本土确诊病例", "浙江省", *AS_OF, 20), (None, "现有本土无症状感染者", "浙江省", *AS_OF, 7)]),
    ("截至8月3日24时,浙江省现有确诊病例20例,现有无症状感染者7例。",
     [("covid.current_confirmed", "现有确诊病例", "浙江省", *AS_OF, 20),
      ("covid.current_asymptomatic", "现有无症状感染者", "浙江省", *AS_OF, 7)]),
    # counts that name no origin stay the region's whole day counts
    ("8月3日0时至24时,广东省新增确诊病例7例,新增无症状感染者4例。",
     [("covid.new_confirmed", "新增确诊病例", "广东省", *DAY, 7),
      ("covid.new_asymptomatic", "新增无症状感染者", "广东省", *DAY, 4)]),
    # confirmed cases cured are cured, whatever the word order
    ("8月3日0—24时,浙江省新增治愈出院确诊病例11例,新增确诊病例出院3例。截至8月3日24时,浙江省累计治愈出院确诊病例90例。",
     [("covid.new_cured", "新增治愈出院确诊病例", "浙江省", *DAY, 11),
      ("covid.new_cured", "新增确诊病例出院", "浙江省", *DAY, 3),
      ("covid.cumulative_cured", "累计治愈出院确诊病例", "浙江省", *AS_OF, 90)]),
    # 兵团 in a bulletin's list of cases is 新疆生产建设兵团, counted apart from the prefectures
    ("截至8月3日24时,新疆(含兵团)现有确诊病例40例,其中乌鲁木齐市36例、兵团4例。",
     [("covid.current_confirmed", "现有确诊病例", "新疆维吾尔自治区", *AS_OF, 40),
      ("covid.current_confirmed", "现有确诊病例", "乌鲁木齐市", *AS_OF, 36),
      ("covid.current_confirmed", "现有确诊病例", "新疆生产建设兵团", *AS_OF, 4)]),
    # the parts in a bracket after an item's count are that item's; the place they came from stays in the subject
    ("截至8月3日24时,新疆现有确诊病例12例,其中乌鲁木齐市8例、喀什地区4例(乌鲁木齐市输入病例3例、乌鲁木齐市疫情关联病例1例)。",
     [("covid.current_confirmed", "现有确诊病例", "新疆维吾尔自治区", *AS_OF, 12),
      ("covid.current_confirmed", "现有确诊病例", "乌鲁木齐市", *AS_OF, 8),
      ("covid.current_confirmed", "现有确诊病例", "喀什地区", *AS_OF, 4),
      (None, "乌鲁木齐市输入病例", "喀什地区", *AS_OF, 3),
      (None, "现有乌鲁木齐市疫情关联病例", "喀什地区", *AS_OF, 1)]),
    # a bracket's own places still head its parts
    ("截至8月3日24时,福建省现有确诊病例9例,其中莆田市9例(城厢区6例、涵江区3例)。",
     [("covid.current_confirmed", "现有确诊病例", "福建省", *AS_OF, 9),
      ("covid.current_confirmed", "现有确诊病例", "莆田市", *AS_OF, 9),
      ("covid.current_confirmed", "现有确诊病例", "城厢区", *AS_OF, 6),
      ("covid.current_confirmed", "现有确诊病例", "涵江区", *AS_OF, 3)]),
    ("8月3日0时至24时,甘肃省新增确诊病例5例,其中兰州市4例(均为乌鲁木齐市输入病例)、天水市1例。",
     [("covid.new_confirmed", "新增确诊病例", "甘肃省", *DAY, 5), ("covid.new_confirmed", "新增确诊病例", "兰州市", *DAY, 4),
      ("covid.new_confirmed", "新增确诊病例", "天水市", *DAY, 1)]),
    # the whole country with the 兵团 stays the country
    ("截至8月3日24时,31个省区市和新疆生产建设兵团现有确诊病例350例。",
     [("covid.current_confirmed", "现有确诊病例", "全国", *AS_OF, 350)]),
]


def _facts(text: str) -> list[tuple]:
    facts = [f.contract() for f in extract_text(text, "case.txt", PUBLISHED).facts]
    return [(f["indicator"], f["subject"], f["region"], f["period_start"], f["period_end"], f["value"]) for f in facts]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:18] for c in CASES])
def test_covid_local_counts_and_case_items(text, expected):
    assert _facts(text) == expected


# 兵团 outside a list of cases is no place; the full name is the 兵团's own
PLACES = [
    ("这支志愿者兵团今年已有成员400人。", None),
    ("新疆生产建设兵团今年粮食产量达到320万吨。", "新疆生产建设兵团"),
]


@pytest.mark.parametrize("text,region", PLACES, ids=[p[0][:12] for p in PLACES])
def test_bingtuan_is_a_place_only_by_name_or_in_a_case_list(text, region):
    assert [f.contract()["region"] for f in extract_text(text, "case.txt", PUBLISHED).facts] == [region]
