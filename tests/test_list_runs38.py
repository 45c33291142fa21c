"""Lists and rankings (audit 36-37 classes): every item of a ranked run is the run's measure (a growth stays a growth
after the first item), the first item's place is its own, a `分别` clause that names only its measure gives each
figure the place an earlier clause listed (when the counts match), a place named inside one item is not the next
item's, and a group of economies a figure is about is its region."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2022, 10, 9)


def _rows(text: str) -> list[tuple]:
    return [(f["subject"], f["value"], f["family"], f["region"]) for f in facts_of(text, PUBLISHED)]


# (text, every fact as (subject, value, family, region), in order)
RANKED_RUNS = [
    ("假期里,住宿收入增幅排名前三的地区分别是陇南21.5%、张掖18.2%、平凉16.4%。",
     [("住宿收入", 21.5, "growth_rate", "陇南市"), ("住宿收入", 18.2, "growth_rate", "张掖市"),
      ("住宿收入", 16.4, "growth_rate", "平凉市")]),
    ("国庆期间,过夜游客增速居前两位的城市分别为天水33.1%和庆阳25.7%。",
     [("过夜游客", 33.1, "growth_rate", "天水市"), ("过夜游客", 25.7, "growth_rate", "庆阳市")]),
    # negative: a breakdown of counts by place stays a list of levels
    ("新增确诊病例中,天水市14例、陇南市6例。",
     [("新增确诊病例", 14, "covid", "天水市"), ("新增确诊病例", 6, "covid", "陇南市")]),
]

CLAUSE_PLACES = [
    ("前三季度,张掖、平凉排名第二和第三,GDP增速分别为5.2%、4.7%。",
     [("GDP", 5.2, "growth_rate", "张掖市"), ("GDP", 4.7, "growth_rate", "平凉市")]),
    ("上半年,天水和陇南表现突出,规上工业增加值分别增长9.3%和8.8%。",
     [("规上工业增加值", 9.3, "growth_rate", "天水市"), ("规上工业增加值", 8.8, "growth_rate", "陇南市")]),
    # negatives: examples of a larger set, or items of their own, give no place
    ("前三季度,张掖、平凉等地增长较快,GDP增速分别为5.2%、4.7%。",
     [("GDP", 5.2, "growth_rate", None), ("GDP", 4.7, "growth_rate", None)]),
    ("上半年,天水和陇南表现突出,工业和农业分别增长9.3%和8.8%。",
     [("工业", 9.3, "growth_rate", None), ("农业", 8.8, "growth_rate", None)]),
    ("前三季度,张掖、平凉位列全省第二和第三,GDP增速分别为5.2%、4.7%。",  # another place word between: none
     [("GDP", 5.2, "growth_rate", None), ("GDP", 4.7, "growth_rate", None)]),
    ("前三季度,张掖、平凉、天水增长较快,GDP增速分别为5.2%、4.7%。",  # three places, two figures: none
     [("GDP", 5.2, "growth_rate", None), ("GDP", 4.7, "growth_rate", None)]),
]

ITEM_PLACES = [
    # 鸣沙山 lies in no place the list names: the first item's 天水 is not its place
    ("长假七天,三大景区接待游客分别为:天水麦积山景区21万人次、平凉崆峒山景区15万人次、鸣沙山景区12万人次。",
     ["麦积区", "崆峒区", None]),
    # negative: one place's measures listed after it stay that place's
    ("长假七天,天水市接待游客210万人次、旅游收入12亿元。", ["天水市", "天水市"]),
]

GROUPS = [
    ("预计今年发达经济体经济增速放缓至1.5%,新兴市场和发展中经济体经济增速为3.7%。",
     [("经济", 1.5, "growth_rate", "发达经济体"), ("经济", 3.7, "growth_rate", "新兴市场和发展中经济体")]),
    ("今年前8个月,欧元区工业产出下降2.1%。", [("工业产出", -2.1, "growth_rate", "欧元区")]),
    # negatives: a member picked out of the group is the member's; a partner in trade is not the figure's place
    ("发达经济体中,日本经济增长0.8%。", [("经济", 0.8, "growth_rate", "日本")]),
    ("前三季度,甘肃对东盟进出口增长12.6%。", [("对东盟进出口", 12.6, "growth_rate", "甘肃省")]),
]


@pytest.mark.parametrize("text,expected", RANKED_RUNS, ids=[c[0][:14] for c in RANKED_RUNS])
def test_every_item_of_a_ranked_run_is_the_runs_measure(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,expected", CLAUSE_PLACES, ids=[c[0][:14] for c in CLAUSE_PLACES])
def test_a_respectively_clause_takes_the_places_an_earlier_clause_lists(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,regions", ITEM_PLACES, ids=[c[0][:14] for c in ITEM_PLACES])
def test_a_place_inside_one_item_is_not_the_next_items(text, regions):
    assert [f["region"] for f in facts_of(text, PUBLISHED)] == regions


@pytest.mark.parametrize("text,expected", GROUPS, ids=[c[0][:14] for c in GROUPS])
def test_a_group_of_economies_is_the_region_of_its_own_figures(text, expected):
    assert _rows(text) == expected
