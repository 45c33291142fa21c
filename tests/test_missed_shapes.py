"""Figures a report states plainly that used to give no fact: a unit written after an aside in brackets, a change
after a clause telling how its measure's trend turned, an emergency line's number in a channel's name, and events
counted by the sessions held. Each with its negatives, which stay as they were."""

from datetime import date

import pytest
from factcase import assert_exactly

COMMUNIQUE = "某旗2022年国民经济和社会发展统计公报\n一、综合\n"
Y2022 = {"period_start": "2022-01-01", "period_end": "2022-12-31"}


ASIDE_CASES = [
    ("全年财政总收入5210万元,其中地方财政收入2310(不含基金收入640万元)万元。",
     [("财政总收入", 52100000), ("地方财政收入", 23100000), (None, 6400000)]),
    ("全年完成固定资产投资18.6（含中央预算内资金2.1亿元）亿元。",
     [("固定资产投资", 1860000000), (None, 210000000)]),
    ("全年地方一般公共预算收入3.4(按新口径计算)亿元。", [("地方一般公共预算收入", 340000000)]),
]


@pytest.mark.parametrize("sentence,expected", ASIDE_CASES, ids=range(len(ASIDE_CASES)))
def test_a_unit_written_after_an_aside_is_the_numbers_unit(sentence, expected):
    from factcase import facts_of
    facts = facts_of(COMMUNIQUE + sentence + "\n", date(2023, 3, 1))
    assert [f["value"] for f in facts] == [v for _, v in expected]
    for f, (subject, _) in zip(facts, expected, strict=True):
        if subject is not None:
            assert f["subject"].endswith(subject) and f["unit"] == "CNY" and f["period_end"] == "2022-12-31", f


NOT_ASIDES = [
    "本办法自2021(含)年起施行,有效期为五年。",                  # a time word after the bracket: no figure
    "详见表1(单位:亿元)以及附件中的相关说明。",                   # a table's number
    "第3(一)项规定的情形,按照有关程序办理。",                     # an article's number
]


@pytest.mark.parametrize("sentence", NOT_ASIDES, ids=range(len(NOT_ASIDES)))
def test_numbers_before_brackets_that_take_no_unit_give_nothing(sentence):
    assert_exactly(COMMUNIQUE + sentence + "\n", [], date(2023, 3, 1))


H1 = "某自治区2020年上半年经济运行情况\n"
HALF = {"period_start": "2020-01-01", "period_end": "2020-06-30"}
TREND_CASES = [
    ("上半年,在电力投资带动下,工业投资由负转正,增长2.7%。", [("工业投资", 2.7)]),
    ("上半年,全区规模以上工业增加值由降转升,同比增长1.2%。", [("规模以上工业增加值", 1.2)]),
    ("上半年,社会消费品零售总额降幅收窄,下降5.1%。", [("社会消费品零售总额", -5.1)]),
    ("上半年,民间投资止跌回升,增长0.8%,增速比一季度加快6.3个百分点。",
     [("民间投资", 0.8), ("民间投资增速", 6.3)]),
    ("上半年,全区原煤生产增速由负转正,同比增长4.4%。", [("原煤生产", 4.4)]),
]


@pytest.mark.parametrize("sentence,expected", TREND_CASES, ids=range(len(TREND_CASES)))
def test_a_change_after_a_trend_turn_measures_that_clauses_measure(sentence, expected):
    assert_exactly(H1 + sentence + "\n", [{"subject": s, "value": v, **HALF} for s, v in expected], date(2020, 7, 22))


NOT_TRENDS = [
    "上半年,经济运行由负转正,稳中向好。",              # no figure
    "上半年,增长2.7%,增速比一季度加快。",             # a change with no measure named anywhere
]


@pytest.mark.parametrize("sentence", NOT_TRENDS, ids=range(len(NOT_TRENDS)))
def test_trend_words_without_a_measured_change_give_nothing(sentence):
    assert_exactly(H1 + sentence + "\n", [], date(2020, 7, 22))


HOTLINE = "2022年7月某市12345热线诉求情况分析\n一、诉求情况\n7月,全市12345平台共受理群众来电来件21500个。\n"
JULY = {"period_start": "2022-07-01", "period_end": "2022-07-31"}


@pytest.mark.parametrize("channel", ["110平台转交", "119指挥中心转来", "120急救平台转办"])
def test_an_emergency_lines_number_in_a_channel_name_is_no_bare_number(channel):
    assert_exactly(HOTLINE + f"从来源渠道看,网站受理36件,省平台转派803件,{channel}144件。\n", [
        {"value": 21500, **JULY}, {"value": 36, **JULY}, {"value": 803, **JULY},
        {"subject": channel, "value": 144, "unit": "件", **JULY},
    ], date(2022, 8, 10))


def test_a_count_of_towns_numbered_like_an_emergency_line_stays_as_it_was():
    assert_exactly(COMMUNIQUE + "全年全旗110个乡镇完成改造。\n", [
        {"subject": "完成改造的乡镇", "value": 110, "unit": "个", **Y2022}], date(2023, 3, 1))


HOLIDAY = "甘肃省国庆假日文化和旅游市场情况\n"


@pytest.mark.parametrize("sentence,subject,value,qualifier", [
    ("国庆假日期间,全省举办群众文化活动230余场次。", "群众文化活动", 230, "more_than"),
    ("国庆假日期间,全省开展志愿服务活动1300场次。", "志愿服务活动", 1300, "exact"),
    ("国庆假日期间,全省共举办文艺演出120场次。", "文艺演出", 120, "exact"),
])
def test_events_counted_by_sessions_held_are_a_count(sentence, subject, value, qualifier):
    assert_exactly(HOLIDAY + sentence + "\n", [
        {"subject": subject, "value": value, "unit": "场次", "qualifier": qualifier, "region": "甘肃省",
         "period_start": "2021-10-01", "period_end": "2021-10-07"}], date(2021, 10, 8))


def test_the_rest_of_a_set_told_in_prose_stays_no_fact():
    """`其他` opening a count of the set's rest is narrative (only a sector's or an account's name keeps it)."""
    assert_exactly(HOLIDAY + "国庆假日前,三个市率先出台措施,其他11个市也陆续发文落实。\n", [], date(2021, 10, 8))


def test_activities_counted_in_other_words_stay_abstract():
    assert_exactly(HOLIDAY + "国庆假日期间,全省开展各类活动230余项。\n", [], date(2021, 10, 8))


BANNER = "正蓝旗2002年国民经济和社会发展统计公报\n一、综合\n"


@pytest.mark.parametrize("sentence,expected", [
    ("一、二、三产业增加值占国内生产总值的比重分别为15%、48%、37%。",
     [("第一产业增加值占国内生产总值的比重", 15), ("第二产业增加值占国内生产总值的比重", 48),
      ("第三产业增加值占国内生产总值的比重", 37)]),
    ("全年税收收入占一般公共预算收入的比重为78.5%。", [("税收收入占一般公共预算收入的比重", 78.5)]),
    ("全年规模以上工业增加值占地区生产总值比重达到41.2%。", [("规模以上工业增加值占地区生产总值比重", 41.2)]),
])
def test_a_share_of_a_named_whole_is_a_measures_name_however_long(sentence, expected):
    assert_exactly(BANNER + sentence + "\n", [
        {"subject": s, "value": v, "unit": "%", "period_end": "2002-12-31"} for s, v in expected], date(2003, 3, 25))


def test_a_long_clause_before_a_share_is_still_a_piece_of_a_sentence():
    assert_exactly(BANNER + "全年全旗各类市场主体中新登记的个体工商户和民营企业数量占全部新登记市场主体的比重为92%。\n",
                   [], date(2003, 3, 25))
