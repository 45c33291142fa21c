"""City papers and district/county report news of other provinces: a work report's year named after the sentence's
place (`报告指出,某区2021年…。全年…`), a rank's move counted in places (`提高了10个名次`), a rate's change followed by
the next year's growth (`增速提高0.5个百分点;2014年增长7.7%`) and a place that begins a listed firm's name (issue 10,
classes found on real pages outside every gold). Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.pipeline import extract_text

Y21 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
Y22 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}

# A year right after the place a paragraph opens with (after a speaker or a source) dates the paragraph, so a later
# `全年` is that year, not the year the paper came out (a whole year that has not ended cannot be reported).
PLACE_THEN_YEAR = [
    ("区政府工作报告回顾了过去一年的工作。\n报告指出,龙华区2021年经济平稳。全年地区生产总值达820.5亿元、增长9.1%。",
     date(2022, 4, 20), [{"value": 82050000000, "region": "龙华区", **Y21}, {"value": 9.1, **Y21}]),
    ("据介绍,江宁区2021年稳中有进。全年一般公共预算收入完成68亿元,增长12%。",
     date(2022, 3, 1), [{"value": 6800000000, **Y21}, {"value": 12, **Y21}]),
    ("他说,海曙区2020年克服疫情影响。全年固定资产投资增长7.5%。",
     date(2021, 2, 2), [{"value": 7.5, "period_start": "2020-01-01", "period_end": "2020-12-31"}]),
    # negatives: no year after the place; a place that is no division (a firm); a year far into the clause
    ("报告指出,龙华区经济平稳。全年地区生产总值增长9.1%。", date(2022, 12, 30), [{"value": 9.1, **Y22}]),
    ("报告指出,龙华区的企业2021年经营稳定。全年地区生产总值增长9.1%。", date(2022, 12, 30), [{"value": 9.1, **Y22}]),
]

# A rank's move counted (`N个名次`, `N个位次`) is no figure, whatever the clause before it names.
RANK_MOVED = [
    ("前三季度,全市工业增速在全国27个省会城市中排名第3位,同比提高了10个名次。", date(2015, 10, 16), []),
    ("1-9月,全市规上工业增加值增长10.2%,较去年同期前移5个位次。",
     date(2015, 10, 16), [{"value": 10.2, "period_start": "2015-01-01", "period_end": "2015-09-30"}]),
    ("前三季度,全市GDP增速提升3个名次,居全省第4。", date(2015, 10, 16), []),
    # negatives: counts of things that are no ranks
    ("前三季度,全市新增省级重点项目12个,新引进人才30名。", date(2015, 10, 16), [{"value": 12}, {"value": 30}]),
]

# After a rate's change (`增速提高0.5个百分点`), a growth rate named by no subject of its own measures the thing again,
# and a rate named after it is the same rate, never `GDP增速增速`.
RATE_THEN_GROWTH = [
    ("2013年,我市GDP增长7.1%,增速比上年提高0.4个百分点;2014年增长7.6%,增速比上年提高0.5个百分点。",
     date(2015, 10, 23), [{"value": 7.1, "subject": "GDP", "indicator": "growth.gdp"},
                          {"value": 0.4, "subject": "GDP增速"},
                          {"value": 7.6, "subject": "GDP", "indicator": "growth.gdp"},
                          {"value": 0.5, "subject": "GDP增速"}]),
    # negative: a rate's own change keeps its rate; a level after it keeps its own name
    ("今年全市利润总额增长12.3%,增速比上年提高4.1个百分点,利润率为6.2%。",
     date(2019, 12, 30), [{"value": 12.3}, {"value": 4.1, "subject": "利润总额增速"}, {"value": 6.2}]),
]


@pytest.mark.parametrize("text,published,expected", PLACE_THEN_YEAR + RANK_MOVED + RATE_THEN_GROWTH)
def test_city_paper_classes(text, published, expected):
    assert_exactly(text, expected, published)


# A province's name that begins a listed firm's or project's name (`河北某某食品、长丰养殖等企业`) is not what the
# clause is about: the report's own county stays the place of the figures after it.
LISTED_THING = [
    ("各位代表:\n一、2022年工作回顾\n全县经济稳中向好。河北润田食品、长丰养殖等农业产业化项目建成投产,新增市级龙头企业3个。",
     {"value": 3, "region": "平乡县"}),
    ("各位代表:\n一、2022年工作回顾\n全县经济稳中向好。湖南金禾科技、宏达电子等企业扩产,规上工业产值增长8%。",
     {"value": 8, "region": "平乡县"}),
    # negatives: a province that does something to a list, a place chain listed
    ("各位代表:\n一、2022年工作回顾\n河北瞄准装备制造、生物医药等重点领域,新增高新技术企业120家。",
     {"value": 120, "region": "河北省"}),
]


@pytest.mark.parametrize("text,expected", LISTED_THING)
def test_place_in_a_listed_name(text, expected):
    facts = [f for f in extract_text(text, name="平乡县2023年政府工作报告.txt", region="平乡县").facts
             if f.value == expected["value"]]
    assert facts and all(f.region == expected["region"] for f in facts), facts
