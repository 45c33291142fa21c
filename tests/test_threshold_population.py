"""A breakdown of a total counted above a statutory threshold (`规模以上`, `限额以上`, `规上`) counts its items above
it too: `规模以上服务业企业营业收入…。分行业看，物流业营业收入…` is 规模以上物流业营业收入, not the whole sector's
(audit classes judged13 60, 90, 110, 175). Also a sentence opening with the set without `在` (`全年规模以上工业中，`).
Sentences are our own; each row: text, the figure's value, ALL the subjects the sentence's facts get, in order."""

import pytest

from extractors.pipeline import extract_text

HEAD = "某市2021年国民经济和社会发展统计公报\n"


def _subjects(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.subject) for f in extract_text(HEAD + text, "tp.txt", None).facts]


ROWS = [
    # services revenue by industry, the breakdown in the next sentence
    ("全年全市规模以上服务业企业实现营业收入41.2亿元，比上年增长9.3%。分行业看，物流业实现营业收入12.5亿元，增长6.1%；"
     "租赁业实现营业收入3.4亿元，下降2.2%。",
     [(4120000000, "规模以上服务业企业实现营业收入"), (9.3, "规模以上服务业企业实现营业收入"),
      (1250000000, "规模以上物流业实现营业收入"), (6.1, "规模以上物流业实现营业收入"),
      (340000000, "规模以上租赁业实现营业收入"), (-2.2, "规模以上租赁业实现营业收入")]),
    # a long item name is still a name once the threshold is set aside
    ("全年全市规上服务业实现营业收入20.5亿元。其中，软件和信息技术服务业营业收入5.2亿元。",
     [(2050000000, "规上服务业实现营业收入"), (520000000, "规上软件和信息技术服务业营业收入")]),
    # retail sales of the firms above the limit, by category
    ("限额以上单位消费品零售额66.8亿元，增长5.5%。其中，家用电器类增长12.3%，石油制品类下降3.8%。",
     [(6680000000, "限额以上单位消费品零售额"), (5.5, "限额以上单位消费品零售额"),
      (12.3, "限额以上家用电器类消费品零售额"), (-3.8, "限额以上石油制品类消费品零售额")]),
    # industry value added by class; the total's comparison in brackets does not hide its measure
    ("规上工业增加值增长8.1%，高于全省0.5个百分点。分三大门类看，采矿业增长2.4%，制造业增长9.9%。",
     [(8.1, "规上工业增加值"), (0.5, "规上工业增加值(高于全省)"), (2.4, "规上采矿业增加值"),
      (9.9, "规上制造业增加值")]),
    # the breakdown on a line of its own after its total's; a two-year average after the total hides no measure
    ("1-9月，全县规模以上工业增加值同比增长7.7%，两年平均增长5.3%。\n分三大门类看，采矿业增长4.1%，制造业增长8.2%。",
     [(7.7, "规模以上工业增加值"), (5.3, "规模以上工业增加值(两年平均)"), (4.1, "规模以上采矿业增加值"),
      (8.2, "规模以上制造业增加值")]),
    # the set opens the sentence without 在
    ("规模以上工业增加值增长7.2%。全年规模以上工业中，纺织业比上年增长4.6%，金属制品业增长8.8%。",
     [(7.2, "规模以上工业增加值"), (4.6, "规模以上工业纺织业"), (8.8, "规模以上工业金属制品业")]),
]

NEGATIVES = [
    # the total is the whole sector's: its items are too
    ("全年服务业增加值210.3亿元。其中，金融业增加值30.1亿元。", 3010000000, "金融业增加值"),
    # an item naming another measure is no part of the threshold's total
    ("规模以上工业增加值增长6.2%。其中，工业用电量增长3.1%。", 3.1, "工业用电量"),
    # no breakdown opens: the next sentence is a total of its own
    ("规模以上工业增加值增长6.2%。制造业增长5.5%。", 5.5, "制造业"),
    # a share keeps its own wording
    ("规模以上工业增加值增长6.2%。其中，高技术制造业占比15.2%。", 15.2, "高技术制造业占比"),
    # another paragraph: the total does not reach it
    ("规模以上工业增加值增长6.2%。\n其中，采矿业增长1.1%。", 1.1, "采矿业"),
    # a line that does not open a breakdown: the total of the line before does not reach it
    ("规模以上工业增加值增长6.2%。\n从主要产品看，水泥增长3.3%。", 3.3, "水泥"),
    # a breakdown two lines after the total (a heading between) is no breakdown of it
    ("规模以上工业增加值增长6.2%。\n二、投资\n分产业看，第二产业增长9.1%。", 9.1, "第二产业"),
    # a count after amounts is no part of the total
    ("规模以上服务业营业收入30亿元。其中，物流业营业收入8亿元，另有2个行业为新入统行业。", 2, "行业为新入统行业"),
    # an item that names another threshold keeps it
    ("规模以上服务业营业收入30亿元。其中，限额以上住宿业营业收入2亿元。", 200000000, "限额以上住宿业营业收入"),
]


@pytest.mark.parametrize("text,facts", ROWS)
def test_threshold_set_counts_the_items(text, facts):
    assert _subjects(text) == facts


@pytest.mark.parametrize("text,value,subject", NEGATIVES)
def test_item_keeps_its_subject(text, value, subject):
    assert dict(_subjects(text)).get(value, subject) == subject
