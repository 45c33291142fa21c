"""One body's own figure keeps no place (firm_figures, lexicon/owners.toml `body_kind`, `one_body`,
`own_account_body`, `firm_actor_opening`, places.toml `international_body`): a library, a science museum or a river
lock named after its place, a body of Shanghai's, the national political consultative body, a writers' association
or a multilateral bank acting itself, a firm named as its sentence's topic (`国内…领军企业东升集团，…`) and a firm
whose clause names only the world or the whole country it works in (`全球`, `全国`) are no place's figure, neither
the paper's 全国 nor the province the story is about. Negatives: a place's own total, bodies as a kind, a firm's
clause naming a province, the consultative body's members whose proposals the ministries handle. Sentences are our
own; each row: text, every fact as {value, region} (and subject where the owner joins it)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"  # a national paper: its scope is 全国
STORY = "本报记者 张三\n　　"

OWN = [
    ("a firm's worldwide patents in its province's story", f"广东科技创新提速\n　　{STORY}华为全球有效专利已超过8万件。\n",
     [{"value": 80000, "region": None}]),
    ("a firm's shops across the country in its province's story",
     f"浙江民营经济提速\n　　{STORY}去年，东升集团在全国新开门店320家。\n", [{"value": 320, "region": None}]),
    ("a city's library", f"杭州文旅消费升温\n　　{STORY}国庆期间，杭州图书馆共接待读者4.2万人次。\n",
     [{"value": 42000, "region": None}]),
    ("a science museum of Shanghai", f"上海假日消费升温\n　　{STORY}春节期间，上海科技馆共接待游客20.5万人。\n",
     [{"value": 205000, "region": None}]),
    ("a railway station of Shanghai", f"上海春运平稳有序\n　　{STORY}上海西站日均发送旅客5.2万人次。\n",
     [{"value": 52000, "region": None}]),
    ("a river lock named by its place", f"广西内河航运提速\n　　{STORY}2020年，桂平船闸过闸货运量1.2亿吨，增长8%。\n",
     [{"value": 1.2e8, "region": None}, {"value": 8, "region": None}]),
    ("the consultative body's own proposals", "2020年，全国政协共收到提案5100余件，立案3900件。",
     [{"value": 5100, "region": None}, {"value": 3900, "region": None}]),
    ("a writers' association's members", "目前，中国作协个人会员总数达13000人。", [{"value": 13000, "region": None}]),
    # a firm named as the sentence's topic, after what it is: its figures, its name in their subjects
    ("a firm as the topic, after what it is", f"浙江制造业复苏\n　　{STORY}国内新材料领军企业东升集团，一季度产量下降了20%、"
     "销量下降了30%。\n", [{"value": -20, "subject": "东升集团产量", "region": None},
                          {"value": -30, "subject": "东升集团销量", "region": None}]),
    ("a firm as the topic", f"浙江制造业复苏\n　　{STORY}东升集团，去年销售收入增长12%。\n",
     [{"value": 12, "subject": "东升集团销售收入", "region": None}]),
    ("a multilateral bank's loans", "亚投行成立以来，累计批准贷款120亿美元。", [{"value": 1.2e10, "region": None}]),
]

PLACES = [
    ("a firm's clause naming its province", f"浙江民营经济提速\n　　{STORY}东升集团在浙江销售收入增长15%。\n",
     [{"value": 15, "region": "浙江省"}]),
    ("a city's libraries as a whole", f"杭州文旅消费升温\n　　{STORY}国庆期间，全市公共图书馆共接待读者30万人次。\n",
     [{"value": 300000, "region": "杭州市"}]),
    ("a province's total after a firm as the topic", f"浙江制造业复苏\n　　{STORY}东升集团，全省工业增加值增长6%。\n",
     [{"value": 6, "region": "浙江省"}]),
    ("the country's museums as a whole", "去年，全国博物馆接待观众12亿人次。", [{"value": 1.2e9, "region": "全国"}]),
    ("members' proposals the ministries handle", "去年，国务院各部门办理全国政协委员提案3200件。",
     [{"value": 3200, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", OWN + PLACES, ids=[c[0] for c in OWN + PLACES])
def test_a_bodys_own_figure_keeps_no_place(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)


def test_the_consultative_bodys_work_report():
    text = ("中国人民政治协商会议全国委员会常务委员会工作报告\n　　一年来，常务委员会共收到提案5400件，"
            "立案4100件。\n")
    assert_exactly(text, [{"value": 5400, "region": None}, {"value": 4100, "region": None}], DAY, name=NATIONAL_PAPER)
