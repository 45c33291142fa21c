"""Macro-regions and groups of provinces (`东部地区`, `长三角`, `东北三省`, `南疆四地州`): a named macro-region that
opens a figure's clause is that figure's region, in its canonical form (`长江三角洲` → 长三角); any other group
(`中西部`, `津冀`, `川渝`, `渤海`, regions counted together) has no single place; a `分别` list gives each item its own, so its region stays empty, never the paper's
全国, the report's province or a member city; the subject keeps the group's name. A group that bounds what is counted
(`“三区三州”外的`, `包括…在内`) is no place, and the central government's funds in a macro-region's paragraph are not
the region's. Also the world that is only a reach, a rank or part of a name (`招募全球人才`, `稳居全球第一`,
`演艺大世界`): no figure's place."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.pipeline import extract_text

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-02-01.txt"  # a national paper: its scope is 全国

GROUPS = [
    # the four regions, one clause each, and as `分别` lists written three ways
    ("four regions", "分地区看,东部地区投资增长4.2%,中部地区投资增长7.1%,西部地区投资增长5.6%,东北地区投资增长2.3%。",
     [("东部地区投资", 4.2, "东部地区"), ("中部地区投资", 7.1, "中部地区"), ("西部地区投资", 5.6, "西部地区"),
      ("东北地区投资", 2.3, "东北地区")]),
    ("four regions listed", "东部、中部、西部、东北地区工业增加值分别增长3.4%、4.6%、5.1%和1.9%。",
     [("东部地区工业增加值", 3.4, "东部地区"), ("中部地区工业增加值", 4.6, "中部地区"),
      ("西部地区工业增加值", 5.1, "西部地区"), ("东北地区工业增加值", 1.9, "东北地区")]),  # each item's own (round 46)
    ("three regions abbreviated", "东、中、西部地区投资分别增长2.7%、3.8%和4.9%。",
     [("东部地区投资", 2.7, "东部地区"), ("中部地区投资", 3.8, "中部地区"), ("西部地区投资", 4.9, "西部地区")]),
    ("east against the middle and west", "东部地区和中西部地区出口分别增长6.5%和8.2%。",
     [("东部地区出口", 6.5), ("中西部地区出口", 8.2)]),
    # named macro-regions and city clusters
    ("delta", "长三角地区生产总值增长5.7%。", [("长三角地区生产总值", 5.7, "长三角")]),
    ("capital region", "京津冀地区生产总值达到9.6万亿元。", [("京津冀地区生产总值", 9.6e12, "京津冀")]),
    ("bay area", "粤港澳大湾区经济总量超过12万亿元。", [("粤港澳大湾区经济总量", 12e12, "粤港澳大湾区")]),
    ("twin cities", "成渝地区双城经济圈地区生产总值增长5.9%。", [("成渝地区双城经济圈地区生产总值", 5.9, "成渝地区双城经济圈")]),
    ("river basin", "黄河流域粮食产量增长1.8%。", [("黄河流域粮食产量", 1.8, "黄河流域")]),
    # groups the lexicon gained: compass regions, counted groups of provinces, clusters
    ("north china", "华北地区用电量增长6.4%。", [("华北地区用电量", 6.4, "华北地区")]),
    ("three provinces", "东北三省粮食产量增长3.3%。", [("东北三省粮食产量", 3.3, "东北三省")]),
    ("six provinces", "中部六省地区生产总值增长6.6%。", [("中部六省地区生产总值", 6.6)]),
    ("twelve provinces", "西部12省区市进出口增长9.4%。", [("西部12省区市进出口", 9.4)]),
    ("four prefectures", "南疆四地州今年建设拱棚21000座。", [("南疆四地州建设拱棚", 21000, "南疆四地州")]),
    ("provinces counted by where they lie", "西北五省区冬小麦播种面积增长2.6%。", [("西北五省区冬小麦播种面积", 2.6)]),
    ("provinces and a city counted", "华东六省一市快递业务量增长18%。", [("华东六省一市快递业务量", 18)]),
    ("bohai rim", "环渤海三省一市累计排查企业480家。", [("环渤海三省一市累计排查企业", 480)]),
    # provinces' one-character names run together: a zone or the members of a pact, no one province
    ("two provinces' zone", "津冀合作示范区落地项目55个,完成投资82.3亿元。",
     [("津冀合作示范区落地项目", 55), ("津冀合作示范区落地项目完成投资", 8.23e9)]),  # the counted projects' (owners12)
    ("four provinces in brackets", "西南四省份(云贵川渝)企业进出口增长21.5%。", [("西南四省份企业进出口", 21.5)]),
    ("delta trio", "沪苏浙三地进出口增长6.1%。", [("沪苏浙三地进出口", 6.1)]),
    ("twin provinces", "川渝两地高新区营业收入增长9.2%。", [("川渝两地高新区营业收入", 9.2)]),
    # a sea that washes several provinces: its campaign's targets are the sea's, not the country's
    ("a sea's target", "按照行动方案,到2022年,渤海近岸海域水质优良比例达到75%左右。",
     [("渤海近岸海域水质优良比例", 75)]),
    ("another sea", "黄海沿岸入海排污口已累计整治410个。", [("黄海沿岸入海排污口累计整治", 410)]),
]


def _expected(items):
    return [{"subject": s, "value": v, "region": r} for s, v, r in (i if len(i) == 3 else (*i, None) for i in items)]


@pytest.mark.parametrize("label, text, items", GROUPS, ids=[c[0] for c in GROUPS])
def test_a_group_is_no_national_figure(label, text, items):
    assert_exactly(text, _expected(items), DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("label, text, items", GROUPS, ids=[c[0] for c in GROUPS])
def test_a_group_is_no_figure_of_the_reports_province(label, text, items):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="湖北省").facts]
    assert [{k: f[k] for k in ("subject", "value", "region")} for f in facts] == _expected(items)


MEMBERS = [
    # a member named after the group's figure is that member's; the group's own figure stays empty
    ("part of the north-east", "东北地区生产总值增长4.4%,其中辽宁增长4.1%。",
     [{"value": 4.4, "region": "东北地区"}, {"value": 4.1, "region": "辽宁省"}]),
    # negatives: names that merely start like a region are no group
    ("a university", "东北大学今年招收本科生5000人。", [{"value": 5000, "region": "全国"}]),
    ("a seafood market", "首批病例中,31例去过华南海鲜市场。", []),  # a study's first cases: no fact (N1), never a market's place
    ("the whole coast", "全国近岸海域水质优良比例达到77%。", [{"value": 77, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", MEMBERS, ids=[c[0] for c in MEMBERS])
def test_members_and_names(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


PARTNERS = [
    # a group one works with, draws from or that signed a pact is no figure's place: the report's city holds
    ("drawn from", "去年,全市引进京津专家95人。", [{"value": 95, "region": "保定市"}]),
    ("taken over from", "全市承接京津转移项目41个。", [{"value": 41, "region": "保定市"}]),
    ("pact's signers", "自2016年京冀签署合作协议以来,该园区累计落地项目64个,完成投资120亿元。",
     [{"value": 64, "region": "保定市"}, {"value": 1.2e10, "region": "保定市"}]),
    ("two places signed", "川渝两地签订协议后,毗邻地区共建项目完成投资310亿元。", [{"value": 3.1e10, "region": "保定市"}]),
    # a macro-region the figure is about is its place, in a city's report too; an unnamed group keeps none
    ("the group itself", "京津冀地区生产总值达到9.6万亿元。", [{"value": 9.6e12, "region": "京津冀"}]),
    ("an unnamed group", "川渝两地高新区营业收入增长9.2%。", [{"value": 9.2, "region": None}]),
]


@pytest.mark.parametrize("label, text, expected", PARTNERS, ids=[c[0] for c in PARTNERS])
def test_a_partner_group_leaves_the_reports_place(label, text, expected):
    facts = [f.contract() for f in extract_text(text, "report.txt", DAY, region="保定市").facts]
    assert [{k: f[k] for k in ("value", "region")} for f in facts] == expected


WORLD = [
    # `…大世界` names a venue, not the world: in a national paper whose story names no place the figure keeps
    # the paper's scope, never the world's
    ("venue", "“戏剧大世界”广邀人才\n\n　　“戏剧大世界”以人民广场一带为中心,区域内现有剧场42个。\n", "全国"),
]


@pytest.mark.parametrize("label, text, region", WORLD, ids=[c[0] for c in WORLD])
def test_the_world_in_a_name_is_no_place(label, text, region):
    assert_exactly(text, [{"value": 42, "region": region}], DAY, name=NATIONAL_PAPER)


MACRO_REGIONS = [
    # a quoted name opens its clause as if unquoted; the clauses after it in its sentence keep it
    ("quoted", "目前,“三区三州”尚有农村贫困人口93万,贫困发生率4.1%。",
     [{"value": 930000, "region": "三区三州"}, {"value": 4.1, "region": "三区三州"}]),
    ("short name of the bay area", "2020年,大湾区进出口总额达到6.4万亿元。", [{"value": 6.4e12, "region": "粤港澳大湾区"}]),
    ("delta spelled out", "长江三角洲地区新设外资企业4300家。", [{"value": 4300, "region": "长三角"}]),
    # a group that bounds what is counted: outside it, or a whole that includes it
    ("outside the group", "目前,“三区三州”尚有贫困人口93万,“三区三州”外的中西部121个深度贫困县还有贫困人口380多万。",
     [{"value": 930000, "region": "三区三州"}, {"value": 121, "region": None}, {"value": 3800000, "region": None}]),
    ("a whole that includes it", "包括长三角在内的城市群常住人口达到8.1亿人。", [{"value": 810000000, "region": None}]),
    # where something moves to, or a comparison: no place of the figure
    ("moved to", "今年向西部地区转移产业项目310个。", [{"value": 310, "region": None}]),
    ("compared with", "中部地区增速比东部地区高1.3个百分点。", [{"value": 1.3, "region": "中部地区"}]),
    # the central government's funds in a macro-region's paragraph are the country's (its national scope), not the
    # region's (audit sheet 28: a central transfer left empty was wrong)
    ("central funds", "西部地区新增造林面积占45%;中央林业改革发展资金520亿元,比上年增加38亿元。",
     [{"value": 45, "region": "西部地区"}, {"value": 5.2e10, "region": "全国"}, {"value": 3.8e9, "region": "全国"}]),
    # ... but listed after `其中` as a part of the region's own whole in its sentence, they and the parts after are its
    ("central funds as a part", "“三区三州”地区资助资金共计8.4亿元,其中,中央财政资金5.1亿元,地方财政资金3.2亿元,学校资金0.1亿元。",
     [{"value": 8.4e8, "region": "三区三州"}, {"value": 5.1e8, "region": "三区三州"},
      {"value": 3.2e8, "region": "三区三州"}, {"value": 1e7, "region": "三区三州"}]),
    ("central funds as the parts of the sentence before",
     "2020年，全国学生资助资金增长4%。西部地区学生资助资金中，财政投入共计95亿元。其中，中央财政资金51亿元，地方财政资金44亿元。",
     [{"value": 4, "region": "全国"}, {"value": 9.5e9, "region": "西部地区"}, {"value": 5.1e9, "region": "西部地区"},
      {"value": 4.4e9, "region": "西部地区"}]),
    ("a division's parts in the sentence after its whole",
     "2020年，全国学生资助资金增长4%。甘肃省学生资助资金中，财政投入共计30亿元。其中，省级财政资金12亿元。",
     [{"value": 4, "region": "全国"}, {"value": 3e9, "region": "甘肃省"}, {"value": 1.2e9, "region": "甘肃省"}]),
    ("central funds as a part, colon", "西部地区投入资金共计12亿元；其中：中央资金7亿元，地方资金5亿元。",
     [{"value": 1.2e9, "region": "西部地区"}, {"value": 7e8, "region": "西部地区"}, {"value": 5e8, "region": "西部地区"}]),
]


@pytest.mark.parametrize("label, text, expected", MACRO_REGIONS, ids=[c[0] for c in MACRO_REGIONS])
def test_a_named_macro_region_is_its_figures_place(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


def test_a_macro_region_part_holds_its_own_clause_only():
    text = "安徽省充电站累计充电52万次。其中,长三角城市累计充电31万次;皖北城市累计充电9万次。"
    assert_exactly(text, [{"value": 520000, "region": "安徽省"}, {"value": 310000, "region": "长三角"},
                          {"value": 90000, "region": None}], DAY, name=NATIONAL_PAPER)


# a national paper's story of several unrelated places (no single place of its own): the central government's funds
# are the country's (audit sheet 29b: a central fund left empty was wrong); its other figures keep no region
GROUP_STORY = "青山富了山里人\n　　本报记者 张三\n　　贵州省荔波县的护林员巡山归来。云南省龙陵县的村民种下核桃。\n　　{}\n"
GROUP_STORY_FUNDS = [
    ("central funds", "2016年以来，中央资金累计安排90亿元，用于选聘护林员。", [{"value": 9e9, "region": "全国"}]),
    ("central fiscal funds grow", "今年中央财政林业补助资金增长12%。", [{"value": 12, "region": "全国"}]),
    ("no central actor", "贫困地区新增造林面积300万亩。", [{"value": 3e6, "region": None}]),
]


@pytest.mark.parametrize("label, sentence, expected", GROUP_STORY_FUNDS, ids=[c[0] for c in GROUP_STORY_FUNDS])
def test_central_funds_in_a_story_of_many_places_are_the_countrys(label, sentence, expected):
    assert_exactly(GROUP_STORY.format(sentence), expected, DAY, name=NATIONAL_PAPER)
