"""Numbers that are no reported figure, tenth round (audit judged18, classes N1/N2): one story's particulars and a
framework's definitions: a publication's pages, a framework's item count, a place's households told as its attribute,
one unit of area as a rate's base, a deal still under talks, a firm's worst past point, one book's edits, one
project's participants, an unnamed firm in an anecdote, a count told as `大大小小`, one line's total split into parts,
a developed product's performance and a study's sample of cases. Each class in phrasings of our own, with neighbours
in like wording that are reported figures and must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # a publication's pages
    ("a daily's pages", "5月2日,江南日报共推出12个版的特别报道。", []),
    ("an issue's full pages", "晨报用20个版的篇幅报道了盛况,包括一期16个整版的专刊。", []),
    ("a weekly's pages", "这份副刊每周出版18个版,专供市民投稿。", []),
    ("copies printed stay", "全省今年出版报纸3亿份,印数比上年增长5%。", [3e8, 5]),
    # a framework's items
    ("items of a ranking", "在该评价体系的12个一级指标中,东湖市有6个指标进入全球前50名。", []),  # the 6 is a rank count
    ("items measured", "在这份榜单8项测评的指标当中,我们有4项位居前列。", []),
    ("indicators that grew stay", "全市9项主要指标增长较快。", [9]),
    # a place's households as its attribute
    ("households of one estate", "矛盾少了,1500多户人家的北苑小区认准了这位民警。", []),
    ("households moved stay", "全镇今年搬迁安置农户1500户。", [1500]),
    # one unit of area as a rate's base
    ("one mu as a base", "他说,过去种小麦,1亩地收入600多元。", [600]),  # the income per mu stays
    ("a hectare as a base", "试验田里,1公顷稻谷产量9吨。", [9]),  # the yield per hectare stays
    ("an area planted stays", "今年全县新种小麦1.5万亩。", [1.5e4]),
    # a deal still under talks
    ("a deal under talks", "某国宣布中止与邻国800亿美元贸易协定谈判。", []),
    ("a deal signed stays", "今年以来,全市签约招商项目45个,协议投资800亿元。", [45, 8e10]),
    # a firm's worst past point
    ("the worst past rate", "新设备投用后,产品良品率从最低的90.5%提升到99.2%。", [99.2]),
    # one book's edits
    ("punctuation changed", "这部典籍修订历时5年,改订标点约4000处,校勘记就出了2100多条。", []),
    # one project's participants
    ("a project's participants", "据统计,共有60多家研究机构和高校参与此项工作。", []),
    ("a programme's participants stay", "全省共有60多家研究机构参与科技攻关。", [60]),
    # a story's particulars
    ("an unnamed firm's order", "他介绍,上个月有个养鸭企业,一次就订走了80多吨饲料。", []),
    ("rooms told as everything", "院子三面都盖了房,大大小小9间,门口挂着民宿的牌子。", []),
    ("a line's length split", "这条铁路的总里程中,桥梁占48公里,隧道有150公里。", []),
    ("a province's roads split stay", "全省公路总里程中,高速公路占6000公里。", [6000]),
    # a developed product's performance
    ("a new material's gains", "该厂成功研发高铁用新型铝材,实现车体减重12%,寿命提高3倍。", []),
    ("a province's gains stay", "全省推广节水技术,实现农业用水减少12%。", [-12]),
    # a study's sample
    ("a study's cases", "研究回溯分析了去年12月在某市入院的首批52例确诊病例。", []),
    ("a city's cases stay", "某市昨日新增确诊病例52例。", [52]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_particulars_and_definitions(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
