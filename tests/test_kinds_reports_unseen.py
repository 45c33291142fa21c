"""City dailies, quarter and half-year reviews, a bureau's monthly note and project news of other provinces: a
rate's minus sign in brackets, a benchmark's bracketed figure, `“十四五”时期以来`, a record's `…年以来同期最好`, 预期 as
a noun, a speaker before a paragraph's year, kept-out short names before GDP and `我国` describing a province (issue
10, classes found on real reports outside every gold). Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import assert_exactly

PUB = date(2024, 10, 20)
M9 = {"period_start": "2024-01-01", "period_end": "2024-09-30"}
Y23 = {"period_start": "2023-01-01", "period_end": "2023-12-31"}

# A minus sign right after an opening bracket is the figure's sign (places listed with their rates).
SIGN_IN_BRACKETS = [
    ("1-9月,2个市州工业投资负增长,分别为酒泉市(-6.2%)、甘南州(-21.5%)。",
     [{"value": 2}, {"value": -6.2, **M9}, {"value": -21.5, **M9}]),
    ("1-9月,全省5个行业投资下降,分别为采矿业(-3.4%)、建筑业（-1.1%）等。", [{"value": 5}, {"value": -3.4}, {"value": -1.1}]),
    # negatives: a place's positive rate in brackets, a dash between months in brackets
    ("1-9月,3个市州工业投资增幅高于全省,分别为天水市(12.5%)、陇南市(9.8%)、平凉市(7.7%)。",
     [{"value": 3}, {"value": 12.5}, {"value": 9.8, "region": "陇南市"}, {"value": 7.7, "region": "平凉市"}]),
    ("1-9月,全省工业投资同比增长8%(较1-8月回落)。", [{"value": 8, **M9}]),
]

# A figure in brackets right after a benchmark's name is the benchmark, not the sentence's place's actual.
BENCHMARK_BRACKET = [
    ("前三季度,全省工业投资同比增长16.1%,超出全国平均水平(12.3%)3.8个百分点。",
     [{"value": 16.1}, {"value": 3.8, "unit": "个百分点"}]),
    ("前三季度,全省出口同比增长9%,高于年度目标（8%）1个百分点。", [{"value": 9}, {"value": 1, "unit": "个百分点"}]),
    ("前三季度,全市社会消费品零售总额增长6.2%,高于全省平均(5.1%)1.1个百分点。",
     [{"value": 6.2}, {"value": 1.1, "unit": "个百分点"}]),
    # negative: a benchmark stated after the figure with its own verb stays, filed under its place
    ("前三季度,全省工业投资增长6.1%(全国平均水平为5%)。", [{"value": 6.1}, {"value": 5, "region": "全国"}]),
]


@pytest.mark.parametrize("text,expected", SIGN_IN_BRACKETS + BENCHMARK_BRACKET)
def test_brackets(text, expected):
    assert_exactly(text, expected, PUB)


# `“十四五”时期以来` is a since, up to the year in force in an undated report (or the report), not the whole plan;
# a record's start (`为2014年以来同期最好水平`) dates nothing after it.
SPANS = [
    ("2024年,全市经济稳中向好。回顾“十四五”时期以来,我市规上工业总产值年均增长12.2%。",
     None, [{"value": 12.2, "period_start": "2021-01-01", "period_end": "2024-12-31"}]),
    ("“十四五”时期以来,全县规上工业增加值年均增长9.5%。",
     date(2024, 1, 20), [{"value": 9.5, "period_start": "2021-01-01", "period_end": "2024-01-20"}]),
    ("一季度,全省规模以上工业增加值同比增长5.1%,为2015年以来同期最好水平;全省民间投资增长12.4%。",
     date(2019, 4, 25), [{"value": 5.1, "period_start": "2019-01-01", "period_end": "2019-03-31"},
                         {"value": 12.4, "period_start": "2019-01-01", "period_end": "2019-03-31"}]),
    ("上半年,全市出口同比增长8.2%,创2018年以来同期新高;进口增长3.3%。",
     date(2021, 7, 20), [{"value": 8.2, "period_start": "2021-01-01", "period_end": "2021-06-30"},
                         {"value": 3.3, "period_start": "2021-01-01", "period_end": "2021-06-30"}]),
    # negatives: the whole plan (期间, 时期) and a since that is the figure's own period
    ("“十三五”期间,全县地区生产总值年均增长7.1%。",
     date(2021, 1, 27), [{"value": 7.1, "period_start": "2016-01-01", "period_end": "2020-12-31"}]),
    ("2019年以来,全市累计新增就业岗位3.2万个。",
     date(2021, 1, 27), [{"value": 32000, "period_start": "2019-01-01", "period_end": "2021-01-27"}]),
]


@pytest.mark.parametrize("text,published,expected", SPANS)
def test_spans(text, published, expected):
    assert_exactly(text, expected, published)


# 预期 as a noun (expected benefits, against expectations, the public's expectations) makes no target; as a verb or
# a goal it still does.
EXPECTATIONS = [
    ("今年3月,全市40个项目集中开工。其中,经济和社会预期效益好的先进制造项目22个,总投资约180亿元。",
     [{"value": 40}, {"value": 18000000000, "status": "actual"}]),
    ("一季度,全市地区生产总值增长6.1%,好于预期,二季度增长6.4%。",
     [{"value": 6.1, "status": "actual"}, {"value": 6.4, "status": "actual"}]),
    # negatives: a goal
    ("今年全市地区生产总值预期增长6%左右。", [{"value": 6, "status": "target"}]),
    ("今年经济社会发展的主要预期目标是:地区生产总值增长5.5%。", [{"value": 5.5, "status": "target"}]),
]


@pytest.mark.parametrize("text,expected", EXPECTATIONS)
def test_expectations(text, expected):
    assert_exactly(text, expected, date(2024, 4, 20))


# A speaker before a paragraph's year (`市长说,2023年,…`) still lets the year open the paragraph.
SPEAKERS = [
    ("市长说,2023年,全市经济运行延续回升向好态势。全市地区生产总值增长4.8%。", [{"value": 4.8, **Y23}]),
    ("他说,2023年,全县上下拼经济、抓项目。全县规上工业增加值增长7.5%,外贸进出口总额增长22.1%。",
     [{"value": 7.5, **Y23}, {"value": 22.1, **Y23}]),
    # negative: no year after the speaker, the figure keeps the report's open period
    ("市长说,全市经济运行延续回升向好态势。全市地区生产总值增长4.8%。",
     [{"value": 4.8, "period_start": None}]),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_speakers(text, expected):
    assert_exactly(text, expected, date(2024, 2, 3))


# A short name kept out as a common word names its prefecture before the prefecture's own aggregate (GDP).
KEPT_OUT_SHORT_NAMES = [
    ("前三季度,甘南GDP总量为156.98亿元。", [{"value": 15698000000, "region": "甘南藏族自治州"}]),
    ("前三季度,酒泉GDP增速为4.6%。", [{"value": 4.6, "region": "酒泉市"}]),
    ("前三季度,白银地区生产总值增长5.2%。", [{"value": 5.2, "region": "白银市"}]),
    # negatives: the common words stay common
    ("前三季度,白银价格上涨4.6%。", [{"value": 4.6, "region": None}]),
    ("前三季度,酒泉路沿线商户营业额增长3%。", [{"value": 3, "region": None}]),
]


@pytest.mark.parametrize("text,expected", KEPT_OUT_SHORT_NAMES)
def test_kept_out_short_names(text, expected):
    assert_exactly(text, expected, PUB)


# `我国` describing the province named right after it is no national figure: alone the sentence leaves the place
# open (the whole story, with the province in its other sentences, files it under the province).
APPOSITIVE_COUNTRY = [
    ("新华社哈尔滨4月25日电 记者从黑龙江省统计局获悉,我国重要老工业基地黑龙江省一季度经济运行总体平稳,前三个月新注册企业近2万户。",
     [{"value": 20000, "region": None}]),
    ("据统计,我国最大的城市上海一季度新注册企业1.9万户。", [{"value": 19000, "region": None}]),
    # negatives: the country and a province as two places, each with its figure
    ("一季度,我国粮食产量增长2%,黑龙江省增长3%。", [{"value": 2, "region": "全国"}, {"value": 3, "region": "黑龙江省"}]),
]


@pytest.mark.parametrize("text,expected", APPOSITIVE_COUNTRY)
def test_appositive_country(text, expected):
    assert_exactly(text, expected, date(2018, 4, 25))
