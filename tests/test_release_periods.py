"""Statistics releases of a quarter or half-year: the period a paragraph opens with holds for its later
sentences even after a lead-in (`初步核算,前三季度…`, `经国家统计局审定,上半年…`); a paragraph that breaks the
figure before down (`局长介绍说,分产业看,…`) goes on with that figure's period; and a numbered heading of two
phrases (`一、农业生产基本稳定,秋粮生长形势较好`) is a line of its own, not the start of the next sentence's subject; a
census bulletin's moment (`现将2020年11月1日零时…公布如下:`) dates its levels; a lead's time after a label
(`总体完成情况:2016年1—9月,…`) dates the report.
Each row is our own text with every fact it gives."""

from datetime import date

import pytest
from factcase import assert_exactly

OCT = date(2016, 10, 20)
JUL = date(2009, 7, 22)
Q1_3 = {"period_start": "2016-01-01", "period_end": "2016-09-30"}
H1 = {"period_start": "2009-01-01", "period_end": "2009-06-30"}

CASES = [
    ("a lead-in before the paragraph's time",
     "经济运行稳中有进\n今年以来,各地认真落实各项政策,经济运行总体平稳。\n"
     "初步核算,前三季度全省生产总值5000亿元,同比增长6.7%。分产业看,第一产业增加值400亿元,同比增长3.5%。\n", OCT,
     [{"value": 5e11, **Q1_3}, {"value": 6.7, **Q1_3}, {"value": 4e10, **Q1_3}, {"value": 3.5, **Q1_3}]),
    ("an approval before the paragraph's time",
     "全省经济提速\n今年以来,灾后重建进度不断加快。经国家统计局审定,上半年全省地区生产总值达6000亿元。"
     "工业生产加快,规模以上工业增加值增长20%。\n", JUL,
     [{"value": 6e11, **H1}, {"value": 20, **H1}]),
    ("a speaker's breakdown paragraph",
     "全省经济提速\n今年以来,全省经济稳中向好。\n上半年,全省地区生产总值达6000亿元,同比增长13.5%。\n"
     "省统计局局长郝明介绍说,分产业看,第一产业增加值860亿元,增长3.2%。\n", JUL,
     [{"value": 6e11, **H1}, {"value": 13.5, **H1}, {"value": 8.6e10, **H1}, {"value": 3.2, **H1}]),
    ("a breakdown paragraph with no speaker",
     "全省经济提速\n今年以来,全省经济稳中向好。\n上半年,全省地区生产总值达6000亿元,同比增长13.5%。\n"
     "分行业看,制造业增加值增长9.1%。\n", JUL,
     [{"value": 6e11, **H1}, {"value": 13.5, **H1}, {"value": 9.1, **H1}]),
    ("a breakdown after a time in the middle of its total's sentence",
     "全县经济开局平稳\n今年以来,全县经济运行总体平稳。\n"
     "根据生产总值统一核算结果,今年前三季度全县实现生产总值52.6亿元。分产业看,第二产业增加值21.4亿元,增长6.2%。\n",
     OCT, [{"value": 5.26e9, **Q1_3}, {"value": 2.14e9, **Q1_3}, {"value": 6.2, **Q1_3}]),
    ("a breakdown after a sentence of its total with a place before the time",
     "全县经济开局平稳\n今年以来,全县经济运行总体平稳。\n"
     "经测算,全县前三季度实现生产总值52.6亿元,比上年同期增长5.1%。分行业看,工业增加值增长7.3%。\n",
     OCT, [{"value": 5.26e9, **Q1_3}, {"value": 5.1, **Q1_3}, {"value": 7.3, **Q1_3}]),
    ("a heading of two phrases",
     "前三季度经济运行稳中有进\n前三季度,全省生产总值5000亿元。\n一、农业生产基本稳定,秋粮长势较好\n"
     "前三季度,全省猪肉产量360万吨,下降3.6%。\n", OCT,
     [{"value": 5e11, **Q1_3}, {"subject": "猪肉产量", "value": 3.6e6, **Q1_3},
      {"subject": "猪肉产量", "value": -3.6, **Q1_3}]),
]

CENSUS = [
    # an announcement's moment (`现将2020年11月1日零时…公布如下:`) dates the release's levels, section after section
    ("a census bulletin",
     "某市第七次全国人口普查公报(第一号)\n\n——全市人口情况\n\n某市统计局\n\n2021年5月20日\n\n"
     "根据第七次全国人口普查结果,现将2020年11月1日零时我市人口的基本情况公布如下:\n一、常住人口\n"
     "全市常住人口为650000人。\n二、户别人口\n全市共有家庭户250000户,家庭户人口为600000人。\n", date(2021, 5, 20),
     [{"subject": "常住人口", "value": 650000, "period_start": None, "period_end": "2020-11-01"},
      {"subject": "家庭户", "value": 250000, "period_start": None, "period_end": "2020-11-01"},
      {"subject": "家庭户人口", "value": 600000, "period_start": None, "period_end": "2020-11-01"}]),
]

LABELLED = [
    # a label before the lead's time (`总体情况:`) still lets that time open the report: lines after a section's
    # breakdown that end with no full stop, run together, keep it
    ("a labelled lead, lines without full stops",
     "总体完成情况:2016年1—9月,全省水利建设完成投资80亿元,同比增长5.5%。\n(一)灌区建设。1—9月完成投资30亿元。其中:\n"
     "骨干工程完成投资20亿元,同比增长3.1%\n田间工程完成投资10亿元,同比下降2.4%\n", OCT,
     [{"value": 8e9, **Q1_3}, {"value": 5.5, **Q1_3}, {"value": 3e9, **Q1_3}, {"value": 2e9, **Q1_3},
      {"value": 3.1, **Q1_3}, {"value": 1e9, **Q1_3}, {"value": -2.4, **Q1_3}]),
    ("another label and a quarter",
     "基本情况：前三季度，全市实现旅游收入120亿元，增长8.8%。\n全市接待游客500万人次,增长6.0%。\n", OCT,
     [{"value": 1.2e10, **Q1_3}, {"value": 8.8, **Q1_3}, {"value": 5e6, **Q1_3}, {"value": 6.0, **Q1_3}]),
]

NOT_CONTINUED = [
    # a paragraph that does not break the figure before down opens with the article's time, not the paragraph's
    ("a new paragraph with no breakdown",
     "全省经济提速\n今年以来,全省经济稳中向好。\n上半年,全省地区生产总值达6000亿元。\n全省新增市场主体12万户。\n", JUL,
     [{"value": 6e11, **H1}, {"value": 120000, "period_start": None, "period_end": "2009-07-22"}]),
    # a breakdown by quarter names its items' own times, read in the year of the total before
    ("a breakdown by quarter",
     "全省经济提速\n今年以来,全省经济稳中向好。\n全省上半年生产总值增长7.1%。分季度看,一季度增长6.8%,二季度增长7.4%。\n",
     JUL, [{"value": 7.1, **H1}, {"value": 6.8, "period_start": "2009-01-01", "period_end": "2009-03-31"},
           {"value": 7.4, "period_start": "2009-04-01", "period_end": "2009-06-30"}]),
]


@pytest.mark.parametrize("name,text,published,expected", CASES + CENSUS + LABELLED + NOT_CONTINUED,
                         ids=[row[0] for row in CASES + CENSUS + LABELLED + NOT_CONTINUED])
def test_a_release_paragraphs_period(name, text, published, expected):
    assert_exactly(text, expected, published)
