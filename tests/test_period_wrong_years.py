"""Times that must not date a later figure to an earlier year: a baseline list whose items carry an end mark
(`分别比上月末和上年同期高…`), and the time after a gap word (`低于去年同期增速…`), which is the gap's baseline and no
later figure's time.

Each row is a small report in our own words (figures restated, never corpus text): its date, and ALL its facts as
value -> (subject, period_start, period_end); an extra or missing fact fails the row.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract_text

BASELINE_LISTS = [
    ("6月末,全省存款余额8.2万亿元,增速分别比上月末和上年同期高0.4个和1.3个百分点。", date(2021, 7, 14),
     {"8200000000000": ("存款余额", None, "2021-06-30"), "0.4": ("存款余额", None, "2021-06-30"),
      "1.3": ("存款余额", None, "2021-06-30")}),
    ("3月末,全市贷款余额5100亿元,同比增长9.2%,增速分别比上月末及上年同期高0.6个和0.9个百分点。",
     date(2022, 4, 20),
     {"510000000000": ("贷款余额", None, "2022-03-31"), "9.2": ("贷款余额", None, "2022-03-31"),
      "0.6": ("贷款余额增速", None, "2022-03-31"), "0.9": ("贷款余额增速", None, "2022-03-31")}),
]

GAPS = [
    # the gap's own baseline, and nothing after it; below its own past, the rate slowed (-2)
    ("8月末,全市企业负债率为58%,同比下降0.3个百分点;带息负债同比增长3.1%,低于去年同期增速2个百分点;"
     "带息负债比率36%,同比下降0.8个百分点。", date(2021, 9, 20),
     {"58": ("企业负债率", None, "2021-08-31"), "-0.3": ("企业负债率", None, "2021-08-31"),
      "3.1": ("带息负债", None, "2021-08-31"), "-2": ("带息负债增速", None, "2021-08-31"),
      "36": ("带息负债比率", None, "2021-08-31"), "-0.8": ("带息负债比率", None, "2021-08-31")}),
    # negative: a figure of the baseline's own (`高于2019年同期的…`) keeps that time
    ("今年一季度,全市出口额高于2019年同期的120亿元。", date(2021, 4, 20),
     {"12000000000": ("出口额", "2019-01-01", "2019-03-31")}),
]


def _facts(text: str, published: date) -> dict[str, tuple[str | None, str | None, str | None]]:
    facts = extract_text(text, "doc.txt", published).facts
    return {str(int(f.value) if f.value == int(f.value) else f.value): (f.subject, f.period_start, f.period_end)
            for f in facts}


ROWS = BASELINE_LISTS + GAPS


@pytest.mark.parametrize("text,published,expected", ROWS, ids=[row[0][:14] for row in ROWS])
def test_wrong_year_periods(text, published, expected):
    assert _facts(text, published) == expected


# `同年` opening a sentence is the last year written before it in its article; with none, unknown
SAME_YEAR = [
    ("从2016年开始,全县推广农家书屋。\n　　同年,书屋项目获得省级补助资金200万元。", date(2020, 3, 5),
     {"2000000": ("书屋项目获得省级补助资金", "2016-01-01", "2016-12-31")}),
    ("2012年,该镇被列为试点镇。同年3月,镇里新建文化广场8个。", date(2019, 6, 1),
     {"8": ("镇里新建文化广场", "2012-03-01", "2012-03-31")}),
    # negatives: nothing written before it abstains; `同年龄` is no time
    ("同年,书屋项目获得省级补助资金200万元。", date(2020, 3, 5),
     {"2000000": ("书屋项目获得省级补助资金", None, None)}),
    ("同年龄段儿童中,入园的有1200人。", date(2020, 3, 5), {"1200": ("入园", None, "2020-03-05")}),
]


@pytest.mark.parametrize("text,published,expected", SAME_YEAR, ids=[row[0][:14] for row in SAME_YEAR])
def test_same_year_points_back(text, published, expected):
    assert _facts(text, published) == expected


# `次年`/`翌年` count from the last year written before them in their paragraph (their sentence or the one before),
# never from the report's year; with none written there, the year is unknown
YEAR_AFTER = [
    ("2016年底,一期引水工程建成通水。次年6月,二期工程完成投资4亿元。", date(2021, 4, 8),
     {"400000000": ("二期工程完成投资", "2017-06-01", "2017-06-30")}),
    ("2011年,该县列为试点县,翌年全县新建乡村公路120公里。", date(2019, 6, 1),
     {"120": ("新建乡村公路", "2012-01-01", "2012-12-31")}),
    ("该园区2015年开工建设,次年实现工业产值8亿元。", date(2020, 3, 5),
     {"800000000": ("工业产值", "2016-01-01", "2016-12-31")}),
    # negatives: no year written before it in its paragraph, or only in the paragraph before
    ("次年,全县新建乡村公路120公里。", date(2021, 4, 8), {"120": ("新建乡村公路", None, None)}),
    ("2016年底,一期引水工程建成通水。\n　　次年,全县新建乡村公路120公里。", date(2021, 4, 8),
     {"120": ("新建乡村公路", None, None)}),
    # a gap: the month after an unknown `次年` is still read in the report's year
    pytest.param("次年6月,二期工程完成投资4亿元。", date(2021, 4, 8),
                 {"400000000": ("二期工程完成投资", None, None)}, marks=pytest.mark.xfail(strict=True)),
]


@pytest.mark.parametrize("text,published,expected", YEAR_AFTER, ids=[str(i) for i in range(len(YEAR_AFTER))])
def test_year_after_one_named(text, published, expected):
    assert _facts(text, published) == expected


# A past level is no stock of the report's day: `一度` (a moment the text does not date) and the first amount of a
# from-to change no time dates (`由52个减为7个`: the count before)
PAST_LEVELS = [
    ("湿地面积也一度由近800亩减少到200多亩。", date(2020, 6, 10),
     {"800": ("湿地面积", None, None), "200": ("湿地面积", None, None)}),
    ("旧城区的人口一度超过12万人。", date(2020, 6, 10), {"120000": ("旧城区的人口", None, None)}),
    ("全区政务公众号由52个减为7个,工作群由30个压缩到5个。", date(2020, 6, 10),
     {"52": ("政务公众号", None, None), "7": ("政务公众号", None, "2020-06-10"),
      "30": ("工作群", None, None), "5": ("工作群", None, "2020-06-10")}),
    # a span in force keeps it; `一度` dates its own clause only; a unit's degree is no time
    ("2019年,生猪价格一度上涨40%。", date(2020, 6, 10), {"40": ("生猪价格", "2019-01-01", "2019-12-31")}),
    ("价格一度下跌20%,全年网上成交额达到30亿元。", date(2020, 6, 10),
     {"-20": ("价格", None, None), "3000000000": ("网上成交额", "2020-01-01", "2020-12-31")}),
    ("该站一度电价格为0.6元。", date(2020, 6, 10), {"0.6": ("该站一度电价格", None, "2020-06-10")}),
]


@pytest.mark.parametrize("text,published,expected", PAST_LEVELS, ids=[row[0][:14] for row in PAST_LEVELS])
def test_past_levels_have_no_current_date(text, published, expected):
    assert _facts(text, published) == expected


# A running total the catalog names (`period = "point"`: cumulative cases, deaths) told at an event's day is the
# count as of that day, not that day's flow; a day's new cases stay the day's
POINTS = [
    ("3月1日宣布封锁边境时,日本公开确诊病例只有2例。", date(2020, 5, 10),
     {"2": ("公开确诊病例", None, "2020-03-01")}),
    ("2月5日,巴西官方统计确诊病例仅6例,死亡病例1例。", date(2020, 5, 10),
     {"6": ("官方统计确诊病例", None, "2020-02-05"), "1": ("死亡病例", None, "2020-02-05")}),
    ("5月5日,该市新增确诊病例12例。", date(2020, 5, 10), {"12": ("新增确诊病例", "2020-05-05", "2020-05-05")}),
]


@pytest.mark.parametrize("text,published,expected", POINTS, ids=[row[0][:14] for row in POINTS])
def test_running_totals_at_a_day(text, published, expected):
    assert _facts(text, published) == expected


# A holiday named with its year (`今年春节`, `2019年国庆`) is the holiday's days in the schedule (lexicon
# time_holiday.dates), not the year so far; a year the schedule does not hold abstains
HOLIDAYS = [
    ("今年春节,全县接待游客12万人次,同比增长15%。", date(2020, 3, 1),
     {"120000": ("接待游客", "2020-01-24", "2020-02-02"), "15": ("接待游客", "2020-01-24", "2020-02-02")}),
    ("2019年国庆,景区接待游客8万人次。", date(2020, 3, 1), {"80000": ("景区接待游客", "2019-10-01", "2019-10-07")}),
    ("2009年春节,全县接待游客12万人次。", date(2020, 3, 1), {"120000": ("接待游客", "2009-01-25", "2009-01-31")}),
    ("1998年春节,全县接待游客12万人次。", date(2020, 3, 1), {"120000": ("接待游客", None, None)}),
    # negative: before the holiday is no holiday's days: up to its eve (time_pre_holiday), once the year so far
    ("今年春节前,全县发放慰问金300万元。", date(2020, 3, 1), {"3000000": ("慰问金发放", None, "2020-01-23")}),
]


@pytest.mark.parametrize("text,published,expected", HOLIDAYS, ids=[row[0][:14] for row in HOLIDAYS])
def test_holiday_named_with_its_year(text, published, expected):
    assert _facts(text, published) == expected


# A change against a year long before, named with what happened then (`与项目实施前的2006年相比,`), covers the
# years from it; a speech's address alone on its line (`各位代表:`) opens a new part of its section, whose opening
# time dates the paragraphs after it (this year's measures after a review of the last)
PARTS = [
    ("与项目实施前的2010年相比,2018年全县疟疾发病率下降90%。", date(2019, 10, 29),
     {"-90": ("疟疾发病率", "2010-01-01", "2018-12-31")}),
    ("一、2019年工作回顾\n　　2019年,全省经济稳中有进。\n　　全年新增就业12万人。\n　　各位代表:\n"
     "　　今年以来,疫情带来严重冲击。\n　　全力做好防控工作。全省组织医护人员3000多名驰援湖北。\n二、2020年主要目标\n",
     date(2020, 5, 20),
     {"120000": ("新增就业", "2019-01-01", "2019-12-31"), "3000": ("组织医护人员驰援湖北", "2020-01-01", "2020-05-20")}),
]


@pytest.mark.parametrize("text,published,expected", PARTS, ids=[row[0][:14] for row in PARTS])
def test_bases_and_parts(text, published, expected):
    assert _facts(text, published) == expected
