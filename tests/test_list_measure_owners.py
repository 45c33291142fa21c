"""Listed measures and the owners a sentence names once (extractors/list_subjects.py `list_item_own_measure`,
extractors/clause_owners.py, figure_naming's ranked share): each item of a `分别` list that names its own measure
keeps it (never `固定资产投资收入`); an industry's contribution rate, a class of firms' or an industry chain's bare `实现…` and a ranked set's
share name their owner. Sentences are our own; each row: text, then ALL its facts as (value, subject)."""

import pytest

from extractors.pipeline import extract_text

HEAD = "某市2023年国民经济和社会发展统计公报\n全年经济运行总体平稳。\n"


def _subjects(text: str) -> list[tuple[float, str]]:
    return sorted((f.value, f.subject) for f in extract_text(HEAD + text, "lm.txt", None).facts)


ROWS = [
    # two measures in a list, each named whole: no tail guessed from the first item's length
    ("民间投资、地方一般公共预算收入分别增长8.2%和6.4%。",
     [(8.2, "民间投资"), (6.4, "地方一般公共预算收入")]),
    ("固定资产投资、税收收入分别同比增长11%和7.5%,分别比全省快3.2个百分点和1.5个百分点。",
     [(11, "固定资产投资"), (7.5, "税收收入"), (3.2, "固定资产投资(比全省快)"), (1.5, "税收收入(比全省快)")]),
    ("农村自来水普及率、生活污水处理率分别达98.5%和91.2%。",
     [(98.5, "农村自来水普及率"), (91.2, "生活污水处理率")]),
    # an industry's contribution rate, in each `;` group its own
    ("其中,第一产业增加值312亿元,增长3.1%,对经济增长的贡献率为6.2%;第二产业增加值1250亿元,增长5.6%,"
     "对经济增长的贡献率为44.5%;第三产业增加值1602亿元,增长6.3%,对经济增长的贡献率为49.3%。",
     [(31200000000, "第一产业增加值"), (3.1, "第一产业增加值"), (6.2, "第一产业对经济增长的贡献率"),
      (125000000000, "第二产业增加值"), (5.6, "第二产业增加值"), (44.5, "第二产业对经济增长的贡献率"),
      (160200000000, "第三产业增加值"), (6.3, "第三产业增加值"), (49.3, "第三产业对经济增长的贡献率")]),
    ("全市工业增加值同比增长7.2%,对GDP增长的贡献率达38.6%。",
     [(7.2, "工业增加值"), (38.6, "工业对GDP增长的贡献率")]),
    # a bare `实现…` achieved by the firms named before
    ("工业效益回升,全市规模以上工业实现营业收入2310.5亿元,增长12.4%;实现利润151.2亿元,增长18.3%。",
     [(231050000000, "规模以上工业实现营业收入"), (12.4, "规模以上工业实现营业收入"),
      (15120000000, "规模以上工业利润"), (18.3, "规模以上工业利润")]),
    # an industry opening the sentence with its own account achieves a bare `实现…` after its `;` too
    ("2023年,我国有色金属行业营业收入5.8万亿元,增长3%;实现利润1800亿元,增长15%。",
     [(5.8e12, "有色金属行业营业收入"), (3, "有色金属行业营业收入"), (1.8e11, "有色金属行业利润"), (15, "有色金属行业利润")]),
    ("全市规上服务业企业营业收入820亿元,同比增长6.1%;实现利润总额64亿元,增长4.5%。",
     [(8.2e10, "规上服务业企业营业收入"), (6.1, "规上服务业企业营业收入"), (6.4e9, "规上服务业企业利润总额"),
      (4.5, "规上服务业企业利润总额")]),
    ("小微企业增势良好,1-6月实现增加值86.4亿元,同比增长9.2%。",
     [(8640000000, "小微企业增加值"), (9.2, "小微企业增加值")]),
    # an industry chain the clause right before forms achieves a bare `实现…` (a plan's target)
    ("到2025年,全市将突破一批核心技术,形成新能源汽车全产业链,实现营业收入2000亿元。",
     [(200000000000, "新能源汽车全产业链营业收入")]),
    ("到2023年,该区打造北斗导航产业链,实现营业收入300亿元。",
     [(30000000000, "北斗导航产业链营业收入")]),
    # a ranked set's share after a death count in the same sentence
    ("8月,全省共报告乙类传染病12073例,死亡31人;报告发病数居前五位的病种依次为:肺结核、梅毒、病毒性肝炎、淋病、"
     "细菌性痢疾,占乙类传染病报告病例总数的93.12%。",
     [(31, "乙类传染病死亡"), (12073, "乙类传染病"),
      (93.12, "报告发病数居前五位的病种(占乙类传染病报告病例总数)")]),
]

NEGATIVES = [
    # a rate of measures is shared by the items (not their own measure)
    ("民间投资、工业投资增速分别为5.1%和7.2%。", [(5.1, "民间投资"), (7.2, "工业投资")]),
    # a region's total contributes to nothing: the rate stays bare
    ("地区生产总值增长5%,对经济增长的贡献率为10%。", [(5, "地区生产总值"), (10, "对经济增长的贡献率")]),
    # no firms named before a bare `实现`: nothing to put before it
    ("全市实现利润12.5亿元。", [(1250000000, "利润")]),
    # a chain formed in an earlier clause than the one right before owns nothing: the revenue named alone (the
    # chain's, which the subject lost) is no fact since round 51 (unowned_measures.py)
    ("到2025年,全市将形成新能源汽车全产业链,产业规模居全省前列,实现营业收入2000亿元。", []),
    # a place's own total opening the sentence names no industry: a later bare `实现…` keeps its measure alone
    ("全市地区生产总值560亿元,增长5.2%;实现利润32亿元。",
     [(5.6e10, "地区生产总值"), (5.2, "地区生产总值"), (3.2e9, "利润")]),
    # a state clause of a whole economy is no class of firms
    ("全县经济运行平稳,实现增加值45.2亿元。", [(4520000000, "增加值")]),
]


@pytest.mark.parametrize("text,expected", ROWS + NEGATIVES)
def test_listed_measures_and_owners(text, expected):
    assert _subjects(text) == sorted(expected)
