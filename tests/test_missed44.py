"""Clearly stated figures the extractor dropped (missed44): a `YYYY年前N个月` opening read as `…年前` (years ago), a
count whose name holds a ranking list (`世界500强项目`), a level named at length whose growth rate the sentence keeps
under the same name, and a breakdown's rest item `其他谷物`. Each row is our own sentence: ALL its facts. Known gaps
(strict xfail): a comparison's base rate (`比全省的6.1%快…`) and a structure ratio (`35.3:21.8:42.9`)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2023, 12, 20)
F = ("subject", "value", "unit", "region", "period_start", "period_end", "status")


def _facts(*rows):
    return [dict(zip(F, r, strict=True)) for r in rows]


YEAR_TO_MONTH = [  # `2023年前11个月`: the year's first months, not 2023 years ago (story_past / distant_past)
    ("a customs total after a source clause",
     "近日,记者从青岛海关获悉,2023年前11个月潍坊市外贸进出口总值2870.5亿元,增速比全国高1.2个百分点。\n",
     _facts(("外贸进出口总值", 287050000000, "CNY", "潍坊市", "2023-01-01", "2023-11-30", "actual"),
            ("外贸进出口总值(比全国高)", 1.2, "个百分点", "潍坊市", "2023-01-01", "2023-11-30", "actual"))),
    ("first three quarters, a named city",
     "2023年前三季度烟台市规模以上工业营业收入5120.3亿元。\n",
     _facts(("规模以上工业营业收入", 512030000000, "CNY", "烟台市", "2023-01-01", "2023-09-30", "actual"))),
    ("first two months in words",
     "2023年前两个月临沂市外贸进出口总额260.4亿元。\n",
     _facts(("外贸进出口总额", 26040000000, "CNY", "临沂市", "2023-01-01", "2023-02-28", "actual"))),
    # negatives: years ago stay a story's history
    ("two thousand years ago",
     "2000多年前,这里建有城池5座。\n", []),
    ("a year long past opening the sentence",
     "1990年前后,这里建有工厂5座。\n", []),
]

RANKED_LISTS = [  # `500强` names a ranking list, no bare number (abstract_subject); its projects are investment's
    ("a part of signed projects",
     "全县新签约项目56个,其中“三类500强”项目8个。\n",
     _facts(("新签约项目", 56, "个", None, None, "2023-12-20", "actual"),
            ("三类500强项目", 8, "个", None, None, "2023-12-20", "actual"))),
    ("projects of the world list",
     "全区今年落地世界500强项目5个。\n",
     _facts(("落地世界500强项目", 5, "个", None, "2023-01-01", "2023-12-20", "actual"))),
    ("investment projects of listed firms",
     "全县共签约项目30个,其中中国500强企业投资项目6个。\n",
     _facts(("签约项目", 30, "个", None, None, "2023-12-20", "actual"),
            ("中国500强企业投资项目", 6, "个", None, None, "2023-12-20", "actual"))),
    # negatives: the list's firms alone are a list's or an event's particulars (`115家…500强企业…参会`)
    ("firms of a national list",
     "全市累计引进中国500强企业23家。\n", []),
    ("the list's own total",
     "500强资产总额为299.15万亿元。\n", []),
]

RATED_LEVELS = [  # a long name is a measure's when the sentence gives its growth rate under it (attested_subjects)
    ("visitors of two kinds of sites with their growth",
     "全县4A级景区和省级乡村旅游重点村共接待游客12.5万人次,同比增长18.2%。\n",
     _facts(("4A级景区和省级乡村旅游重点村接待游客", 125000, "人次", None, None, "2023-12-20", "actual"),
            ("4A级景区和省级乡村旅游重点村接待游客", 18.2, "%", None, None, "2023-12-20", "actual"))),
    ("a pair of levels with their rates told together",
     "全区重点景区和城市公园累计接待市民游客86.3万人次,旅游收入2.4亿元,同比分别增长12.6%和9.8%。\n",
     _facts(("重点景区和城市公园累计接待市民游客", 863000, "人次", None, None, "2023-12-20", "actual"),
            ("旅游收入", 240000000, "CNY", None, None, "2023-12-20", "actual"),
            ("重点景区和城市公园累计接待市民游客", 12.6, "%", None, None, "2023-12-20", "actual"),
            ("旅游收入", 9.8, "%", None, None, "2023-12-20", "actual"))),
    ("guests of hotels and homestays",
     "全市星级酒店和特色民宿共接待住宿游客5.6万人次,同比增长30.1%。\n",
     _facts(("星级酒店和特色民宿接待住宿游客", 56000, "人次", None, None, "2023-12-20", "actual"),
            ("星级酒店和特色民宿接待住宿游客", 30.1, "%", None, None, "2023-12-20", "actual"))),
    # negatives: the same long name with no rate stays a sentence piece; a narrative word drops the level still
    ("a long name and no rate",
     "全县旅游景区和重点乡村旅游点共接待游客39.82万人次。\n", []),
    ("a pronoun's story keeps only what it kept before",
     "他和同事们在景区和乡村旅游点共接待游客3.9万人次,同比增长21%。\n",
     _facts(("他和同事们在景区和乡村旅游点接待游客", 21, "%", None, None, "2023-12-20", "actual"))),
]

REST_ITEMS = [  # `、其他谷物784亩、`: the list's remainder, its siblings naming the same measure (attested_subjects)
    ("grain areas",
     "全县粮食播种面积80万亩,其中小麦42万亩、其他谷物1200亩、豆类3.5万亩。\n",
     _facts(("粮食播种面积", 800000, "亩", None, None, "2023-12-20", "actual"),
            ("小麦播种面积", 420000, "亩", None, None, "2023-12-20", "actual"),
            ("其他谷物播种面积", 1200, "亩", None, None, "2023-12-20", "actual"),
            ("豆类播种面积", 35000, "亩", None, None, "2023-12-20", "actual"))),
    ("fruit output, the rest written 其它, an item after it",
     "全市水果产量25万吨,其中苹果12万吨、其它水果6000吨、梨3万吨。\n",
     _facts(("水果产量", 250000, "吨", None, None, "2023-12-20", "actual"),
            ("苹果产量", 120000, "吨", None, None, "2023-12-20", "actual"),
            ("其它水果产量", 6000, "吨", None, None, "2023-12-20", "actual"))),
    # negatives: `其他` + a count in prose; `其他` with no kind of its own
    ("other counties in prose",
     "其他3个县也相继完成了改造,共新建站点45个。\n",
     _facts(("新建站点", 45, "个", None, None, "2023-12-20", "actual"))),
    ("a bare rest",
     "全市秋粮播种面积33.75万亩,其中玉米30万亩、其他784亩、豆类2万亩。\n",
     _facts(("秋粮播种面积", 337500, "亩", None, None, "2023-12-20", "actual"),
            ("玉米播种面积", 300000, "亩", None, None, "2023-12-20", "actual"),
            ("豆类播种面积", 20000, "亩", None, None, "2023-12-20", "actual"))),
]

RANKED_RATES = [  # a rank in brackets after a rate, with its own field: the rate stays (rank_set_after)
    ("a revenue's rate before its bracketed rank",
     "上半年全区财政收入14.7亿元,增长1.3%(增幅在全市16个县区中排名第五)。\n",
     _facts(("财政收入", 1470000000, "CNY", None, "2023-01-01", "2023-06-30", "actual"),
            ("财政收入", 1.3, "%", None, "2023-01-01", "2023-06-30", "actual"))),
    # negative: the field's size itself stays no figure
    ("the field ranked",
     "全区财政收入增速在全市16个县区中排名第五。\n", []),
]

GAPS = [
    ("a comparison's base rate is not read yet (story.toml benchmark_rate_after drops it)",
     "前三季度,全省生产总值增长5.8%。池州全市生产总值同比增长7.5%,比全省的6.1%快1.4个百分点。\n",
     _facts(("生产总值", 5.8, "%", "安徽省", "2023-01-01", "2023-09-30", "actual"),
            ("生产总值", 7.5, "%", "池州市", "2023-01-01", "2023-09-30", "actual"),
            ("生产总值", 6.1, "%", "安徽省", "2023-01-01", "2023-09-30", "actual"),
            ("生产总值(比全省快)", 1.4, "个百分点", "池州市", "2023-01-01", "2023-09-30", "actual"))),
    ("a structure ratio is not split into its shares yet",
     "2020年,全县三次产业结构调整为35.3:21.8:42.9。\n",
     _facts(("第一产业比重", 35.3, "%", None, "2020-01-01", "2020-12-31", "actual"),
            ("第二产业比重", 21.8, "%", None, "2020-01-01", "2020-12-31", "actual"),
            ("第三产业比重", 42.9, "%", None, "2020-01-01", "2020-12-31", "actual"))),
]

CASES = YEAR_TO_MONTH + RANKED_LISTS + RATED_LEVELS + REST_ITEMS + RANKED_RATES + [
    pytest.param(*g, marks=pytest.mark.xfail(strict=True, reason=g[0])) for g in GAPS]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_missed44(label, text, expected):
    assert_exactly(text, expected, PUBLISHED)
