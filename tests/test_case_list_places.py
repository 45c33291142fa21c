"""Kinds round 11 (city bulletins, 12345 reports): a county's short name kept out as a common word is a place as
an item of a list of cases, a bulletin's `病亡` is a death, and `占比率`/`占比例` is the item's share."""

from datetime import date

import pytest
from factcase import assert_facts, facts_of

MAR3 = date(2020, 3, 3)
DAY = {"period_start": "2020-03-02", "period_end": "2020-03-02"}
AS_OF = {"period_start": None, "period_end": "2020-03-02"}

PLACE_ITEMS = [
    # the item after a county named by a short name that is also a common word (赤壁 the battle, 平湖 the lake)
    ("3月2日0时-24时,咸宁市新增治愈出院12例,其中:咸安5例,赤壁4例,崇阳3例。",
     [("covid.new_cured", 4, "例", DAY | {"region": "赤壁市"}), ("covid.new_cured", 3, "例", DAY | {"region": "崇阳县"})]),
    ("截至3月2日24时,嘉兴市累计报告确诊病例40例,其中:南湖15例,平湖9例,海宁16例。",
     [("covid.cumulative_confirmed", 9, "例", AS_OF | {"region": "平湖市"}),
      ("covid.cumulative_confirmed", 16, "例", AS_OF | {"region": "海宁市"})]),
    ("截至3月2日24时,台州市累计治愈出院120例,其中:临海30例,温岭50例,椒江40例。",
     [("covid.cumulative_cured", 30, "例", AS_OF | {"region": "临海市"})]),
    ("截至3月2日24时,荆州市累计报告确诊病例1500例,累计病亡6例(洪湖2例,监利4例)。",
     [("covid.deaths", 2, "例", AS_OF | {"region": "洪湖市"})]),
    ("截至3月2日24时,三明市累计确诊病例14例(永安5例、沙县9例)。",
     [("covid.cumulative_confirmed", 5, "例", AS_OF | {"region": "永安市"})]),
]


@pytest.mark.parametrize("text,expected", PLACE_ITEMS, ids=[c[0][:18] for c in PLACE_ITEMS])
def test_a_guarded_county_short_name_is_a_place_in_a_case_list(text, expected):
    assert_facts(text, "covid", expected, MAR3)


NOT_PLACES = [
    # running text keeps the common word: no county region from it
    ("游客在赤壁古战场参观,当天接待游客3000人次。", "赤壁市"),
    ("平湖秋月景区国庆期间接待游客5万人次。", "平湖市"),
    # a short name several counties share (城关区 of Lanzhou and of Lhasa) names none of them
    ("3月2日0时-24时,全县新增治愈出院3例,其中城关2例,新城1例。", "城关区"),
    # a count of something else than cases does not make an item a place
    ("当月销售赤壁青砖茶200吨。", "赤壁市"),
]


@pytest.mark.parametrize("text,region", NOT_PLACES, ids=[c[0][:12] for c in NOT_PLACES])
def test_common_word_stays_no_place_outside_case_lists(text, region):
    assert all(f["region"] != region for f in facts_of(text, MAR3))


DEATHS = [
    ("截至3月2日24时,全市累计确诊病例80例,累计治愈出院60例,累计病亡3例。",
     [("covid.deaths", 3, "例", AS_OF)]),
    ("截至3月2日24时,孝感市累计报告新冠肺炎病例3500例,病亡120例。",
     [("covid.deaths", 120, "例", AS_OF | {"region": "孝感市"})]),
    ("3月2日0时-24时,全市新增确诊病例2例,新增病亡1例。",
     [("covid.new_deaths", 1, "例", DAY)]),
    ("截至3月2日24时,武汉市新冠肺炎累计治愈出院500例,累计病亡40例。",
     [("covid.deaths", 40, "例", AS_OF | {"region": "武汉市"})]),
]


@pytest.mark.parametrize("text,expected", DEATHS, ids=[c[0][:16] for c in DEATHS])
def test_a_bulletins_binwang_is_a_death(text, expected):
    assert_facts(text, "covid", expected, MAR3)


def test_a_new_binwang_is_no_cumulative_death_count():
    facts = facts_of("3月2日0时-24时,全市新增确诊病例2例,新增病亡1例。", MAR3)
    assert all(f["indicator"] != "covid.deaths" for f in facts)


SHARES = [
    ("2025年5月,我市12345热线共受理工单2000件。其中:投诉类1200件,占比率达60%;举报类800件,占比率40%。",
     [("hotline.category_share", 60, "%", {"subject": "投诉"}), ("hotline.category_share", 40, "%", {"subject": "举报"})]),
    ("2025年5月,我市12345热线共受理诉求500件,其中咨询类300件,占比例为60%;求助类200件,占比例40%。",
     [("hotline.category_share", 60, "%", {"subject": "咨询"}), ("hotline.category_share", 40, "%", {"subject": "求助"})]),
]


@pytest.mark.parametrize("text,expected", SHARES, ids=[c[0][:16] for c in SHARES])
def test_a_share_spelt_zhanbilv_is_the_items_share(text, expected):
    assert_facts(text, "hotline", expected, date(2025, 6, 5))


@pytest.mark.parametrize("text,subject", [
    ("全市新登记企业1200户,其中个体户900户,占比率达75%。", "个体户占比"),
    ("当年贫困人口比例为3.2%。", "贫困人口比例"),
    ("全市城镇化比率为61%。", "城镇化比率"),
])
def test_ratio_names_stay_whole(text, subject):
    assert subject in [f["subject"] for f in facts_of(text, date(2025, 6, 5))]
