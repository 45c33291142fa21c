"""Places a sentence names in passing that are no figure's place: the world as a superlative's yardstick or a
search's reach, the world or the country as the whole a share is taken of, and a foreign country a headline
names as the speaker of words aimed at China, and the country in an honour (`全国劳动模范`) (lexicon:
world_as_reach, share_whole_after, foreign_words_on_china, national_in_an_honour).
Each table holds its negatives: the world's and a foreign country's own figures keep their place."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.pipeline import extract_text

DAY = date(2020, 5, 29)
NATIONAL_PAPER = "rmrb-2020-05-29-15-01.txt"  # a national paper's file name: its scope is 全国

WORLD_AS_REACH = [
    # (label, text, [(value, region)]): a superlative's world or a worldwide search is no figure's place
    ("the world's largest", "世界上最大的集装箱船已交付8艘。", [(8, None)]),
    ("the world's longest", "世界最长的跨海大桥全长55公里。", [(55, None)]),
    ("the world's most advanced", "世界上最先进的光源已建成3台。", [(3, None)]),
    ("chosen worldwide", "全球范围遴选的36台剧目本月上演。", [(36, None)]),
    ("recruited worldwide", "全球招募的志愿者达1200人。", [(1200, None)]),
    ("a share of the world's total", "当地年产袜子180亿双,占全国总量的60%,世界总量的三分之一。当地还有配套企业3000余家。",
     [(18000000000, None), (60, None), (100 / 3, None), (3000, None)]),
    # negatives: the world's and the country's own figures
    ("the world's latest data", "全球最新数据显示,累计确诊病例超过500万例。", [(5000000, "全球")]),
    ("a worldwide total", "全球范围内累计确诊病例超过500万例。", [(5000000, "全球")]),
    ("the world's growth", "世界经济增长预期下调至3%。", [(3, "全球")]),
    ("the country's total", "全国总量达到13000亿斤。", [(1300000000000, "全国")]),
]


@pytest.mark.parametrize("label, text, expected", WORLD_AS_REACH, ids=[c[0] for c in WORLD_AS_REACH])
def test_the_world_as_a_yardstick_or_a_reach_is_no_place(label, text, expected):
    assert [(f["value"], f["region"]) for f in facts_of(text, DAY)] == expected


def _story(headline: str, body: str) -> str:
    return f"{headline}\n　　本报记者 张三\n　　{body}\n"


FOREIGN_SPEAKERS = [
    # (label, headline, body, [(value, region)]): a foreign country's words aimed at China: the story is China's
    ("remarks on China", "外交部发言人就澳大利亚议员涉华言论答记者问",
     "截至5月8日,中国已向150多个国家提供医疗物资援助。我们同120多个国家召开视频会议。",
     [(150, "全国"), (120, "全国")]),
    ("claims about China", "美国一些政客关于疫情的涉华谎言与事实真相",
     "截至目前,已派出抗疫医疗专家组30个。", [(30, "全国")]),
    ("tariffs on China", "美国对华加征关税损人不利己", "我国去年出口增长5%。", [(5, "全国")]),
    # negatives: a foreign country's own story, and China's work abroad, keep the headline's country
    ("a foreign country's cases", "美国新冠确诊病例超过百万", "当地卫生部门说,各州已检测人数达600万。",
     [(6000000, "美国")]),
    ("a project abroad", "中企承建的马尔代夫住房项目交付", "项目高峰期共雇用当地工人400人。", [(400, "马尔代夫")]),
    ("a foreign leader's trade", "英国首相谈脱欧与对外贸易", "今年一季度出口下降3%。", [(-3, "英国")]),
]


@pytest.mark.parametrize("label, headline, body, expected", FOREIGN_SPEAKERS, ids=[c[0] for c in FOREIGN_SPEAKERS])
def test_a_foreign_speaker_on_china_gives_the_story_to_china(label, headline, body, expected):
    facts = [f.contract() for f in extract_text(_story(headline, body), NATIONAL_PAPER, DAY).facts]
    assert [(f["value"], f["region"]) for f in facts] == expected


def _feature(*paragraphs: str) -> str:
    return "劳模带富乡亲\n　　本报记者 张三\n" + "".join(f"　　{p}\n" for p in paragraphs)


HONOURS = [
    # (label, text, [(value, region)]): `全国` in an honour makes no national story of one about several places
    ("model workers", _feature("贵州省纳雍县的全国劳模刘军办起合作社。", "陕西省西安市的全国五一劳动奖章获得者赵敏培育番茄苗。",
                               "这些合作社去年共分红70万元。"), [(700000, None)]),
    ("a civilised city and a red-banner holder",
     _feature("河北省的全国文明城市创建中,一位全国三八红旗手带领乡亲致富。", "四川省的一家企业今年收入达到410万元。",
              "企业今年吸纳务工人员60人。"), [(4100000, "四川省"), (60, None)]),
    # negatives: the country's own figures
    ("the country's counts", _feature("全国共有未摘帽贫困县52个。", "全国脱贫人口去年超过1000万。"),
     [(52, "全国"), (10000000, "全国")]),
]


@pytest.mark.parametrize("label, text, expected", HONOURS, ids=[c[0] for c in HONOURS])
def test_an_honour_named_after_the_country_is_no_national_story(label, text, expected):
    facts = [f.contract() for f in extract_text(text, NATIONAL_PAPER, DAY).facts]
    assert [(f["value"], f["region"]) for f in facts] == expected
