"""Place words that are not the figure's place although the scanner finds them: a short name read across two words
(`重大理论` holds 大理), the whole of a foreign country (`巴西全国`), a body named after the world or a continent
(`欧洲刑警组织`) or an event named after it (`世界VR产业大会`), a headline's venue (`…在西班牙举行`), an idea that holds
the world (`维护世界和平`), and one unnamed firm (`某电商平台`) whose figure is
not its story's place. Each class has sentences of our own and negatives that must stay as they are."""

from datetime import date

import pytest
from factcase import assert_exactly, facts_of

DAY = date(2020, 5, 29)
NATIONAL_PAPER = "rmrb-2020-05-29-15-01.txt"  # a national paper's file name: its scope is 全国

SHORT_NAMES_ACROSS_WORDS = [
    # a short place name whose characters belong to two words names no place: a national paper's story whose
    # headline holds one stays the country's
    ("大理 in 重大理论", "推动重大理论和实践创新", "全国"),
    ("大理 in 远大理想", "怀着远大理想走好新征程", "全国"),
    ("重庆 in 隆重庆祝", "隆重庆祝建校一百周年", "全国"),
    ("衡水 in 均衡水平", "义务教育均衡水平持续提升", "全国"),
    ("江西 in 珠江西岸", "珠江西岸装备制造产业带加快成形", "全国"),
    ("河源 in 黄河源头", "黄河源头草原生态持续向好", "全国"),
    ("保定 in 医保定点", "医保定点药店服务更便民", "全国"),
    ("台中 in 平台中", "在平台中寻找发展新机遇", "全国"),
    ("海地 in 渤海地区", "环渤海地区协同发展迈出新步伐", None),  # no Haiti; 环渤海 is a group: no single place
    ("加蓬 in 更加蓬勃", "乡村产业发展更加蓬勃", "全国"),
    ("美国 in 欧美国家", "相比欧美国家防控成效更显著", "全国"),
    # negatives: the places themselves, by short and by full name
    ("海地 itself", "海地灾后重建持续推进", "海地"),
    ("大理 itself", "大理推动洱海保护治理", "大理白族自治州"),
    ("重庆 itself", "重庆推动制造业高质量发展", "重庆市"),
    ("衡水 itself", "衡水加快建设教育强市", "衡水市"),
    ("江西 itself", "江西装备制造产业带加快成形", "江西省"),
]


@pytest.mark.parametrize("label, headline, region", SHORT_NAMES_ACROSS_WORDS,
                         ids=[c[0] for c in SHORT_NAMES_ACROSS_WORDS])
def test_a_short_name_across_two_words_is_no_place(label, headline, region):
    text = f"{headline}\n　　本报记者 张三\n　　今年以来,共新增专利授权320件。\n"
    assert_exactly(text, [{"value": 320, "region": region}], DAY, name=NATIONAL_PAPER)


FOREIGN_WHOLES = [
    # `全国` right after a foreign country is that country's whole, not China's
    ("Brazil's whole", "截至去年底,巴西全国已建成风电场580个。", ["巴西"]),
    ("France's whole", "今年一季度,法国全国失业率升至8.1%。", ["法国"]),
    ("after a source", "据统计,美国全国累计确诊病例超过150万例。", ["美国"]),
    # negatives: China's whole, and a country and then China's whole in another clause
    ("China's whole", "截至去年底,全国已建成风电场580个。", ["全国"]),
    ("another clause", "与巴西相比,全国已建成风电场580个。", ["全国"]),
]


@pytest.mark.parametrize("label, text, regions", FOREIGN_WHOLES, ids=[c[0] for c in FOREIGN_WHOLES])
def test_the_whole_of_a_foreign_country_is_that_country(label, text, regions):
    assert [f["region"] for f in facts_of(text, DAY)] == regions


WORLD_BODIES = [
    # a body named after the world or a continent speaks of many countries: it is no place
    ("a customs body", "世界海关组织公布,此次行动共查获走私文物1.9万件。", [None]),
    ("a police body", "欧洲刑警组织称,行动共逮捕嫌疑人101人。", [None]),
    ("a regional forum", "亚太经合组织成员间贸易额增长了6%。", [None]),
    # an event named after the world is held in one city: its deals are no world's figures
    ("a world conference's deals", "去年世界智能制造大会期间，共有86个项目达成合作意向。", [None]),
    ("a global summit's deals", "本届全球数字经济峰会签约金额达120亿元。", [None]),
    # negatives: the continent and the world themselves
    ("the continent", "欧洲今年一季度经济增长下降3.8%。", ["欧洲"]),
    ("the world", "世界经济今年预计增长3%。", ["全球"]),
]


@pytest.mark.parametrize("label, text, regions", WORLD_BODIES, ids=[c[0] for c in WORLD_BODIES])
def test_a_body_named_after_the_world_is_no_place(label, text, regions):
    assert [f["region"] for f in facts_of(text, DAY)] == regions


VENUE_HEADLINES = [
    # a headline's place where an event is held (`…在西班牙举行`) is its venue: the event's own figures get none
    ("a foreign venue, a firm's figure", "2021世界智能大会在西班牙举行\n　　本报记者 张三\n"
     "　　目前，东升集团5G基站全球发货量超过4万个。\n", [None]),
    ("a Chinese venue, the country's figure", "全国农业工作会议在北京召开\n　　本报记者 张三\n　　今年以来，全国粮食产量增长2%。\n",
     ["全国"]),
    # negative: a place that is what the headline is about
    ("the place itself", "西班牙经济持续复苏\n　　本报记者 张三\n　　今年一季度，经济增长2.1%。\n", ["西班牙"]),
]


@pytest.mark.parametrize("label, text, regions", VENUE_HEADLINES, ids=[c[0] for c in VENUE_HEADLINES])
def test_a_headlines_venue_is_no_storys_place(label, text, regions):
    assert _regions_in_national_paper(text) == regions


def test_an_events_own_figure_under_a_venue_headline():
    """`本届大会吸引了…参会者`: one event's attendance is its own, not the paper's 全国 nor the venue's country."""
    text = "2021世界智能大会在西班牙举行\n　　本报记者 张三\n　　本届大会吸引了10余万名参会者。\n"
    assert _regions_in_national_paper(text) == [None]


def test_an_idea_holding_the_world_in_a_headline_gives_no_world_scope():
    """`维护世界和平的…` in a national paper's headline is an idea: the story stays the country's."""
    text = "维护世界和平的中国力量主题展开幕\n　　本报记者 张三\n　　今年以来,我军共派出维和人员2000余人次。\n"
    assert_exactly(text, [{"value": 2000, "region": "全国"}], DAY, name=NATIONAL_PAPER)


def test_the_world_itself_in_a_headline_still_scopes_the_story():
    text = "世界经济增速放缓\n　　本报记者 张三\n　　今年全球贸易额预计下降13%。\n"
    assert_exactly(text, [{"value": -13, "region": "全球"}], DAY, name=NATIONAL_PAPER)


ANONYMOUS_FIRMS = [
    # one unnamed firm's figure is not its story's place (a national paper's 全国 is no firm's)
    ("a platform's sales", "春节期间,某电商平台销售额同比增长40%。", [None]),
    ("a delivery platform", "某外卖平台年夜饭订单量同比增长107%。", [None]),
    ("a carmaker", "某汽车企业一季度产量下降了30%。", [None]),
    # one firm singled out by counting it as one, after a clause that only sets the scene in a place
    ("a textile mill after its city", "在河南商丘，通过智能化改造，一家纺织厂综合生产效率提高了25%。", [None]),
    ("this firm after its province", "在浙江，这家企业一季度出口额增长了18%。", [None]),
    ("a delivery firm after its city", "在杭州，一家小型配送公司新客户数量增长了3倍。", [None]),
    # negatives: a firm in a place its clause names, and the country's figure beside an unnamed firm
    ("a firm in a named place", "北京某企业一季度产量下降了30%。", ["北京市"]),
    ("a mill in a city its clause names", "在河南，商丘一家纺织厂综合生产效率提高了25%。", ["商丘市"]),
    ("each firm of a city", "在杭州，每一家企业都参加了培训，全市企业培训覆盖率达到100%。", ["杭州市"]),
    ("the country's figure", "某电商平台负责人介绍,全国网上零售额增长16%。", ["全国"]),
]


@pytest.mark.parametrize("label, text, regions", ANONYMOUS_FIRMS, ids=[c[0] for c in ANONYMOUS_FIRMS])
def test_an_unnamed_firms_figure_has_no_story_place(label, text, regions):
    assert _regions_in_national_paper("春节消费旺\n　　本报记者 张三\n　　" + text + "\n") == regions


def _regions_in_national_paper(text: str) -> list:
    from extractors.pipeline import extract_text

    return [f.contract()["region"] for f in extract_text(text, NATIONAL_PAPER, DAY).facts]
