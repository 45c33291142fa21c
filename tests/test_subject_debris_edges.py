"""Subjects that are debris of their sentence (audit sheet 34): a discourse word or an adverb at a subject's edge
(`那是`, `近期`, `只剩`, `也一度`, `由…时`, how long an act took) is trimmed; a subject with nothing measurable left
(`对全镇`, `没有反映`, a comparison base, an ordinal year, a period alone, a unit alone) drops an uncatalogued figure.
Sentences are our own; each row gives ALL the facts as (value, subject), in text order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 10)


def _pairs(text: str) -> list[tuple]:
    return [(f["value"], f["subject"]) for f in facts_of(text, DAY)]


TRIMMED_EDGES = [
    # a copula pointing back at a thing named before
    ("村口那片果园，那是合作社投资260万元建起来的。", [(2600000, "合作社投资")]),
    ("山脚下的水渠，那是镇里出资45万元修的。", [(450000, "镇里出资")]),
    # a recent moment of the story
    ("近期该企业投资1.2亿元新建了一条生产线。", [(120000000, "该企业投资")]),
    ("日前该公司投资3000万元扩建仓库。", [(30000000, "该公司投资")]),
    # what is left over, before or after the thing
    ("截至目前，全乡未脱贫户只剩12户31人。", [(12, "未脱贫户"), (31, "未脱贫户")]),
    ("到去年底，全县贫困人口仅剩下800人。", [(800, "贫困人口")]),
    # `once`, a past peak or low
    ("西部湖泊面积也一度由近300平方公里缩小到40多平方公里。", [(300, "西部湖泊面积"), (40, "西部湖泊面积")]),
    # the moment a from–to statement starts from
    pytest.param("该村贫困户由2015年建档立卡时的180户，减少到2018年的12户。", [(180, "该村贫困户"), (12, "该村贫困户")],
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: the moment a from–to starts from (由2015年建档立卡时"
                                         "的180户) read as saying which households")),
    # how long an act took
    ("负压救护车只用3个月时间就实现了产量增长20多倍。", [(20, "负压救护车产量")]),
    ("口罩仅用10天时间日产量就增长了5倍。", [(5, "口罩日产量")]),
    # the object marker before a whole place and its things
    ("全市对全区1200多家餐饮单位开展了检查。", [(1200, "全区餐饮单位")]),
    # the area a distance bounds, before the things counted in it: the bare `企业搬迁` loses it, no fact
    ("今年将完成黄河干流岸线2公里范围内56家企业搬迁。", []),
]


@pytest.mark.parametrize("text,facts", TRIMMED_EDGES)
def test_a_discourse_word_at_the_edge_is_trimmed(text, facts):
    assert _pairs(text) == facts


NOTHING_LEFT = [
    # a preposition and a whole place alone: what was treated follows the figure
    "今年春季，该乡对全乡3000多亩果园进行了病虫害统防统治。",
    "入冬以来，林场对全县1500多亩林地开展了巡查。",
    # a negated act: the figure is not what the act did
    "近年来服务消费增长很快，但并没有体现在6%的增速里。",
    "这些新业态的收入还没有反映在4.5%的增幅中。",
    # a comparison base alone: a margin over a standard
    "公司在国家标准的基础上，又在行业标准的基础上再提高15%设定企业标准。",
    # an ordinal year: one loan's instalments in a story
    "“第一年的3万元补贴到了，第二年的3万元也如期发放。”",
    # a period alone: the price of what, the words after say
    "“他给自己买了张健身年卡，一年3000多元。”",
    # a unit alone
    "国庆假期期间，全省移动互联网流量消费了85.3万TB，同比增长96%。",
    # one crew's itinerary
    "该剧前后辗转6个地方取景拍摄。",
]


@pytest.mark.parametrize("text", NOTHING_LEFT)
def test_a_subject_with_nothing_measurable_left_drops_the_figure(text):
    assert facts_of(text, DAY) == []


STAYS = [
    # a measure named before the base keeps its figure
    ("到2025年，全市林业总产值在现有基础上提高50%以上。", [(50, "林业总产值在现有基础上")]),
    # a contribution to a whole keeps its 对
    ("去年，该市对全省经济增长贡献率达到18%。", [(18, "对全省经济增长贡献率")]),
    # a class defined by what it lacks
    ("全县共有没有劳动能力的贫困人口2300人。", [(2300, "没有劳动能力的贫困人口")]),
    # the first year of a plan named by its measure
    ("全市第一产业增加值增长3.2%。", [(3.2, "第一产业增加值")]),
    # a trailing `剩余` is a word of its own
    ("全县转移剩余劳动力5.6万人。", [(56000, "转移剩余劳动力")]),
]


@pytest.mark.parametrize("text,facts", STAYS)
def test_a_real_figure_of_like_shape_stays(text, facts):
    assert _pairs(text) == facts


GAPS = [
    # a headline run into the body with no stop: the headline's words stay before the measure
    ("消费市场有望再上台阶去年我国社会消费品零售总额达38.1万亿元。", [(38100000000000, "社会消费品零售总额")]),
    # a bare act after a count of people: who registered is before the count
    ("城市志愿者3月启动招募，当天就有超过1万人报名。", [(10000, "城市志愿者报名人数")]),
]


@pytest.mark.xfail(strict=True, reason="known gap: a headline run in, a bare act after a count of people")
@pytest.mark.parametrize("text,facts", GAPS)
def test_known_gaps(text, facts):
    assert _pairs(text) == facts
