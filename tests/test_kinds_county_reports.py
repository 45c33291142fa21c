"""County work reports as text sites reprint them: a site's bracketed province tag before the county's title, a
year's change and the average of the years told in one clause, and an average dated by one year (issue 10, classes
found on real county reports outside every gold). Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

Y16 = {"period_start": "2016-01-01", "period_end": "2016-12-31"}
FIVE = {"period_start": "2012-01-01", "period_end": "2016-12-31"}

# A bracketed province tag (or a province and a year) before the county's report title: the county's report.
TAGGED_TITLES = [
    ("(江西省)2017年崇义县人民政府工作报告(全文)\n政府工作报告\n2016年12月20日在崇义县第十六届人民代表大会上\n"
     "各位代表:\n2016年,全县实现地区生产总值92亿元,固定资产投资81亿元。",
     [{"value": 9_200_000_000, "region": "崇义县"}, {"value": 8_100_000_000, "region": "崇义县"}]),
    ("（四川省）2019年米易县政府工作报告\n政府工作报告\n2019年1月8日在米易县第十七届人民代表大会上\n各位代表:\n"
     "2018年,实现地区生产总值71亿元。",
     [{"value": 7_100_000_000, "region": "米易县"}]),
    # negative: a province and a county it does not hold, apart by a comma, are no chain
    ("江西省、米易县联合调研报告\n2018年,实现地区生产总值71亿元。", [{"value": 7_100_000_000, "region": None}]),
]

# `…9亿元,同比增长7.2%,年均增长14%`: the year's change and the years' average both go to the level before them,
# not to the clause before (no unsaid 分别 list); the average covers the past years the section names and keeps
# 年均 in its subject (lexicon yearly_average_change).
YEAR_AND_AVERAGE = [
    ("一、2016年和过去五年工作回顾\n2016年,全县固定资产投资52亿元,年均增长12%;社会消费品零售总额8亿元,同比增长6.5%,"
     "年均增长13%。",
     [{"subject": "固定资产投资", "value": 5_200_000_000, **Y16}, {"subject": "固定资产投资(年均)", "value": 12, **FIVE},
      {"subject": "社会消费品零售总额", "value": 800_000_000, **Y16},
      {"subject": "社会消费品零售总额", "value": 6.5, **Y16}, {"subject": "社会消费品零售总额(年均)", "value": 13, **FIVE}]),
    ("五年来,全县综合实力稳步提升。2016年,城镇居民人均可支配收入28100元,增长7.5%,年均增长9%;"
     "农村居民人均可支配收入9800元,增长8%,年均增长10.5%。",
     [{"subject": "城镇居民人均可支配收入", "value": 28100, **Y16},
      {"subject": "城镇居民人均可支配收入", "value": 7.5, **Y16},
      {"subject": "城镇居民人均可支配收入(年均)", "value": 9, **FIVE},
      {"subject": "农村居民人均可支配收入", "value": 9800, **Y16},
      {"subject": "农村居民人均可支配收入", "value": 8, **Y16},
      {"subject": "农村居民人均可支配收入(年均)", "value": 10.5, **FIVE}]),
    # an average dated by one year with no span in sight ends that year, from a start unknown
    ("2016年,全县地区生产总值46亿元,年均增长6.1%。",
     [{"value": 4_600_000_000, **Y16}, {"value": 6.1, "period_start": None, "period_end": "2016-12-31"}]),
    # negatives: an unsaid 分别 over two levels still spreads, and a single year's change keeps its year
    ("2016年,城镇居民人均可支配收入28100元,农村居民人均可支配收入9800元,增长7.5%和8%。",
     [{"subject": "城镇居民人均可支配收入", "value": 28100}, {"subject": "农村居民人均可支配收入", "value": 9800},
      {"subject": "城镇居民人均可支配收入", "value": 7.5}, {"subject": "农村居民人均可支配收入", "value": 8}]),
    ("2016年,全县地区生产总值46亿元,增长6.1%。", [{"value": 4_600_000_000, **Y16}, {"value": 6.1, **Y16}]),
]


@pytest.mark.parametrize("text,expected", TAGGED_TITLES)
def test_tagged_titles(text, expected):
    assert_exactly(text, expected, None, name="report.txt")


# `在回顾2015年工作时,县长说:2015年,…。全年实现…`: the speaker's year opens the paragraph, whatever a
# time clause before the speaker names; the next sentence's 全年 is that year. So does `刚刚过去的2019年`.
Y15 = {"period_start": "2015-01-01", "period_end": "2015-12-31"}
SPEAKER_AFTER_CLAUSE = [
    ("在回顾2015年和“十二五”工作时,县长王明说:2015年,我们克难奋进、狠抓落实。全年实现生产总值61.2亿元、增长9.4%。",
     [{"value": 6_120_000_000, **Y15}, {"value": 9.4, **Y15}]),
    ("在总结去年工作时，区长表示，2015年，全区上下攻坚克难。全年完成地方财政收入3.5亿元。",
     [{"value": 350_000_000, **Y15}]),
    # (a leader's own visits are no reported figure since audit sheet 28: the row counts schools instead)
    ("市长说,刚刚过去的2019年,我们办成了一批大事。全市新建中小学3所。",
     [{"value": 3, "period_start": "2019-01-01", "period_end": "2019-12-31"}]),
    ("即将过去的2023年,全区上下砥砺奋进。全区新增市场主体1.2万户。",
     [{"value": 12000, "period_start": "2023-01-01", "period_end": "2023-12-31"}]),
    # negative: the clause's own year does not date a figure when no year opens after the speaker
    ("在回顾2015年工作时,县长说:全县共有代表160多名。", [{"value": 160, "period_start": None}]),
]


@pytest.mark.parametrize("text,expected", SPEAKER_AFTER_CLAUSE)
def test_speaker_after_clause(text, expected):
    assert_exactly(text, expected, None, name="report.txt")


# the province and year written without a bracket: the session's year is no period of the title (round 64), so the
# county after it is the headline's place, not the province
UNBRACKETED_TITLES = [
    ("四川省2019年米易县政府工作报告\n政府工作报告\n2019年1月8日在米易县第十七届人民代表大会上\n各位代表:\n"
     "2018年,实现地区生产总值71亿元。",
     [{"value": 7_100_000_000, "region": "米易县"}]),
]


@pytest.mark.parametrize("text,expected", UNBRACKETED_TITLES)
def test_unbracketed_province_titles(text, expected):
    assert_exactly(text, expected, None, name="report.txt")


@pytest.mark.parametrize("text,expected", YEAR_AND_AVERAGE)
def test_year_and_average(text, expected):
    assert_exactly(text, expected, date(2017, 1, 10))


# `城乡居民收入A元、B元`: two levels of 城乡 with 分别 unsaid (or said only for the changes after) are the urban
# level and the rural one, and the changes after them follow in that order.
Y21 = {"period_start": "2021-01-01", "period_end": "2021-12-31"}
URBAN_RURAL_LEVELS = [
    ("2021年,城乡居民收入31250元、9870元,分别增长7.5%和9.1%。",
     [{"subject": "城镇居民收入", "value": 31250, **Y21}, {"subject": "农村居民收入", "value": 9870, **Y21},
      {"subject": "城镇居民收入", "value": 7.5, **Y21}, {"subject": "农村居民收入", "value": 9.1, **Y21}]),
    ("2021年,全县城乡居民人均可支配收入达到28800元和11020元、分别增长8%和9%。",
     [{"subject": "城镇居民人均可支配收入", "value": 28800}, {"subject": "农村居民人均可支配收入", "value": 11020},
      {"subject": "城镇居民人均可支配收入", "value": 8}, {"subject": "农村居民人均可支配收入", "value": 9}]),
    # negatives: one level of 城乡 is the whole; a level and its change are no pair
    ("2021年,城乡居民储蓄存款余额120亿元、增长5%。",
     [{"subject": "城乡居民储蓄存款余额", "value": 12_000_000_000}, {"subject": "城乡居民储蓄存款余额", "value": 5}]),
]


@pytest.mark.parametrize("text,expected", URBAN_RURAL_LEVELS)
def test_urban_rural_levels(text, expected):
    assert_exactly(text, expected, date(2022, 1, 10))

