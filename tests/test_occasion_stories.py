"""A national paper's story whose headline announces one occasion opening, closing or being held (`训练营开营`,
`博览会闭幕`, `博物馆开馆`): its uncatalogued actual figures are the occasion's attributes (participants, floor
area, exhibitors, flats, exhibits), no reported figures, even dated or told with a tally word. A figure of a whole
(`全省`, `全国`, `累计`), a figure of a paragraph told from statistics (`据统计`) and money put in stay, a catalogued indicator stays, and the same story under another headline or on a
paper of no known scope is read as before. So is a figure told right after an attribute word of one object
(`铁路全长`, `医院占地`, `展览面积`), whatever its headline, unless its sentence measures a whole (`我国海岸线全长`)."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 8, 5)
NATIONAL_PAPER = "rmrb-2023-08-05-07-01.txt"   # its file name says People's Daily: a national paper
OTHER = "case.txt"                             # a report of no known scope

OCCASIONS = [
    ("camp", "全国少年击剑集训营开营\n\n本报天津8月4日电 全国少年击剑集训营4日在天津开营。"
             "本次集训营为期20天,共有60名12岁以下的击剑选手参加。\n", [60]),
    ("expo area", "中国国际陶瓷博览会闭幕\n\n本报景德镇8月4日电 第二十届中国国际陶瓷博览会日前闭幕。"
                  "本届博览会展示面积达3.2万平方米,吸引了300余家企业参展。\n", [3.2e4, 300]),
    ("museum", "古琴博物馆开馆\n\n本报扬州8月4日电 古琴博物馆4日在扬州开馆,馆内共展出古琴和文物1500多件。\n",
               [1500]),
    ("games village", "全国学生运动会运动员村开村\n\n本报南宁8月4日电 运动员村今年5月竣工,"
                      "可提供860套公寓,由居住区和服务区2个区域构成。\n", [860, 2]),
]
WHOLES = [
    ("province", "全省旅游发展大会开幕\n\n本报昆明8月4日电 全省旅游发展大会4日开幕。"
                 "上半年全省接待游客3.1亿人次。\n", [3.1e8]),
    ("running total", "农民丰收节在平凉举行\n\n本报兰州8月4日电 丰收节4日在平凉举行。"
                      "近年来当地累计建成高标准农田42万亩。\n", [4.2e5]),
    ("told statistics", "茶叶博览会在安溪举行\n\n本报福州8月4日电 博览会4日在安溪举行。"
                        "据统计,今年1至6月,感德镇茶叶产量1.2万吨。其中,线上销售额达到3.5亿元。\n", [1.2e4, 3.5e8]),
    ("money put in", "茶叶博览会在安溪举行\n\n本报福州8月4日电 博览会4日在安溪举行。"
                     "展会上,茶叶精深加工项目正式签约,总投资8亿元。\n", [8e8]),
]


@pytest.mark.parametrize("text, values", [c[1:] for c in OCCASIONS], ids=[c[0] for c in OCCASIONS])
def test_an_occasions_attributes_on_a_national_paper_are_no_facts(text, values):
    assert_exactly(text, [], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in OCCASIONS], ids=[c[0] for c in OCCASIONS])
def test_the_same_story_elsewhere_is_read_as_before(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=OTHER)


@pytest.mark.parametrize("text, values", [c[1:] for c in WHOLES], ids=[c[0] for c in WHOLES])
def test_a_whole_told_in_an_occasion_story_stays(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=NATIONAL_PAPER)


def test_a_story_under_another_headline_is_read_as_before():
    text = "陶瓷产业加快升级\n\n本报景德镇8月4日电 陶博会展示面积达3.2万平方米,参展企业达300家。\n"
    assert_exactly(text, [{"value": 300}], DAY, name=NATIONAL_PAPER)


ATTRIBUTES = [
    ("line length", "沿江高铁全长356公里,是区域骨干线路。\n", [356]),
    ("dated line length", "8月3日,沿江高铁全长356公里的线路完成铺轨。\n", [356]),
    ("hospital site", "这座应急医院占地约6万平方米,10天建成。\n", [6e4]),
    ("floor area", "新落成的图书馆建筑面积达4.8万平方米。\n", [4.8e4]),
    ("show area", "本届车展展览面积达22万平方米。\n", [2.2e5]),
]
ATTRIBUTE_WHOLES = [
    ("national coastline", "我国大陆海岸线全长1.8万多公里。\n", [1.8e4]),
    ("province roads", "全省农村公路全长达到21万公里。\n", [2.1e5]),
]


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTES], ids=[c[0] for c in ATTRIBUTES])
def test_one_objects_attribute_on_a_national_paper_is_no_fact(text, values):
    assert_exactly(text, [], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTES], ids=[c[0] for c in ATTRIBUTES])
def test_one_objects_attribute_elsewhere_is_read_as_before(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=OTHER)


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTE_WHOLES], ids=[c[0] for c in ATTRIBUTE_WHOLES])
def test_a_wholes_length_stays(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=NATIONAL_PAPER)
