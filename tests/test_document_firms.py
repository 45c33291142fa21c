"""A firm the document names by a name it taught (document_firms, lexicon/owners.toml `firm_short_name`,
`firm_legal_form`, `firm_acts_after`, `firm_brand`, a name also told with its kind: `firm_kind_named_alone`) or that opens a figure's sentence as its actor owns the figure:
the subject takes the firm's name when it names a firm's measure alone, and the national paper's 全国 never holds
for it. A national figure whose sentence names a firm only as a source or a speaker, or past a `；`, keeps 全国.
Sentences are our own; each row: text, every fact as {value, subject, region}."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"  # a national paper: its scope is 全国

OWNED = [
    ("the short name the story gives a firm, its actor in the next sentence",
     "南江电力投资公司（以下简称“南电投”）成立于2005年。截至6月底，南电投今年已发放项目贷款320亿元，全年将新增项目贷款800亿元。",
     [{"value": 3.2e10, "subject": "南电投发放项目贷款", "region": None},
      {"value": 8e10, "subject": "南电投新增项目贷款", "region": None}]),
    ("the bare name of a full name with its legal form",
     "西岭智能装备股份有限公司位于园区东侧。去年西岭智能装备营业收入达12亿元。",
     [{"value": 1.2e9, "subject": "西岭智能装备营业收入", "region": None}]),
    ("the bank opening the sentence owns a later measure named alone",
     "截至2020年末，东江银行涉农贷款余额突破6000亿元，小微企业贷款达到2100亿元。",
     [{"value": 6e11, "subject": "东江银行涉农贷款余额", "region": None},
      {"value": 2.1e11, "subject": "东江银行小微企业贷款", "region": None}]),
    ("a bank's usual short name after a lead of several time words",
     "截至今年4月末，农发行累计发放贷款1.2万亿元，粮棉油贷款余额达到5000亿元。",
     [{"value": 1.2e12, "subject": "农发行累计发放贷款", "region": None},
      {"value": 5e11, "subject": "农发行粮棉油贷款余额", "region": None}]),
    ("a span from an event before the bank's act, carried to the next sentence's act",
     "党的十九大以来，西江银行党委把风险管理摆在突出位置。实施“清表行动”，三年累计处置不良资产860亿元。",
     [{"value": 8.6e10, "subject": "西江银行累计处置不良资产", "region": None}]),
    ("a firm named with its kind in one sentence and alone as the actor of another",
     "北岭花卉集团总部位于东江。北岭花卉连年保持高利润率，投资2亿元的新园区即将投产。",
     [{"value": 2e8, "subject": "北岭花卉新园区投资", "region": None}]),
    ("the same, the kind named after the bare name",
     "东升农机生产规模不断扩大，投资3亿元的新生产基地即将落成。东升农机公司在各地设有分支机构。",
     [{"value": 3e8, "subject": "东升农机新生产基地投资", "region": None}]),
    ("a place between the firm and its figure: the place's, the firm's name not taken",
     "西岭智能装备股份有限公司位于园区东侧。截至6月底，西岭智能装备在云南省投资建设3个智能制造基地，累计投资5亿元。",
     [{"value": 3, "subject": "智能制造基地", "region": "云南省"},
      {"value": 5e8, "subject": "智能制造基地累计投资", "region": "云南省"}]),  # the bases just counted own the running total
    ("a full name opening with its city, then the firm by the rest, after a place's lead and before a Latin word",
     "长沙市北岭光电有限公司主营显示面板。在湖南长沙，北岭光电G8产线已经量产，接下来将推进投资8亿元的研发中心建设。",
     [{"value": 8e8, "subject": "北岭光电推进投资", "region": None}]),
    ("the same in a city's paper: the firm's figure takes no city",
     "长沙西川精密机械股份有限公司位于园区东侧。去年西川精密机械营业收入达12亿元，同比增长15%。",
     [{"value": 1.2e9, "subject": "西川精密机械营业收入", "region": None},
      {"value": 15, "subject": "西川精密机械营业收入", "region": None}]),
]

NATIONAL = [
    ("a firm named as the data's source", "据东江银行统计，全国小微企业贷款余额达到12万亿元。",
     [{"value": 1.2e13, "subject": "小微企业贷款余额", "region": "全国"}]),
    ("the firm's clause group ends at `；`", "截至6月底，东江银行小微企业贷款达到2100亿元；全国小微企业贷款余额达到12万亿元。",
     [{"value": 2.1e11, "subject": "东江银行小微企业贷款", "region": None},
      {"value": 1.2e13, "subject": "小微企业贷款余额", "region": "全国"}]),
    ("one of the bank's people speaking", "国开行行长某某说，今年新增地方政府专项债券3.75万亿元。",
     [{"value": 3.75e12, "subject": "新增地方政府专项债券", "region": "全国"}]),
    ("a taught name's people speaking", "西岭智能装备股份有限公司位于园区东侧。西岭智能装备的员工说，去年全国工业增加值增长5.7%。",
     [{"value": 5.7, "subject": "工业增加值", "region": "全国"}]),
]

QUOTED = [  # a firm's officer named after the quote (quoted_firms.py)
    ("a figure quoted from a firm's officer named after the quote is the firm's",
     "“今年3月我们的签约合同数同比增长91%。”北岭钢铁集团董事长某某说。",
     [{"value": 91, "subject": "北岭钢铁集团签约合同数", "region": None}]),
]

NOT_TAUGHT = [  # a kind of firm, a word run into the name, a place: no bare name (the subject names no firm; the
    # size of one new park is that project's own, so no region either way: project_regions.py)
    ("a kind of firm", "国外育种公司纷纷进入。国外育种连年保持高利润率，投资2亿元的新园区即将投产。",
     [{"value": 2e8, "subject": "新园区投资", "region": None}]),
    ("a verb run into the name", "园区成为吸引东升集团落地的重点。吸引东升连年保持高利润率，投资2亿元的新园区即将投产。",
     [{"value": 2e8, "subject": "新园区投资", "region": None}]),
    ("the rest after the city is too short to be the firm (`光电`): the sector in the place of the lead",
     "长沙光电有限公司主营显示面板。在湖南长沙，光电产业产值增长12%。",
     [{"value": 12, "subject": "光电产业产值", "region": "长沙市"}]),
    ("a place's lead before a whole's figure", "在江北新区，去年工业增加值增长5.7%。",
     [{"value": 5.7, "subject": "工业增加值", "region": "江北新区"}]),
]

GAPS = [
    ("a firm named alone in the sentence before its figure (`还有富士康，…。目前用工已达…`)",
     "带动更强的还有北岭电子，新项目已落地。目前用工已达1万人，接下来将达2万人。",
     [{"value": 10000, "subject": "北岭电子用工", "region": None},
      {"value": 20000, "subject": "北岭电子用工", "region": None}]),
    ("a list of banks is their sector, the country's", "工商银行、农业银行等大型商业银行普惠贷款余额增长30%。",
     [{"value": 30, "subject": "工商银行、农业银行等大型商业银行普惠贷款余额", "region": "全国"}]),
    ("a named bank whose name ends as a kind of bank (`农商银行`) is taken for the kind",
     "2019年底，北岭农商银行个人存款余额超过900亿元，普惠贷款增长18%。",
     [{"value": 9e10, "subject": "北岭农商银行个人存款余额", "region": None},
      {"value": 18, "subject": "北岭农商银行普惠贷款", "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", OWNED + QUOTED + NATIONAL + NOT_TAUGHT,
                         ids=[c[0] for c in OWNED + QUOTED + NATIONAL + NOT_TAUGHT])
def test_a_firm_the_document_names_owns_its_figures(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


@pytest.mark.xfail(strict=True, reason="known gap: a list of firms, a firm named as its kind, a firm named only by a sentence before")
@pytest.mark.parametrize("label, text, expected", GAPS, ids=[c[0] for c in GAPS])
def test_known_gaps(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
