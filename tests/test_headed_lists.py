"""A list's items named by their category alone carry the measure its heading names once (audit class S3c:
`限额以上单位商品零售额中,…日用品类下降2.8%` is 限额以上日用品类零售额, `从主要工业产品产量看,水泥增长3%` is 水泥产量).
Sentences are our own; each row: text, then every fact's value and subject (an extra or a missing fact fails)."""

import pytest

from extractors.pipeline import extract_text

HEAD = "某市2023年国民经济和社会发展统计公报\n全年经济运行总体平稳。\n"


def _subjects(text: str) -> list[tuple[float, str]]:
    return sorted((f.value, f.subject) for f in extract_text(HEAD + text, "hl.txt", None).facts)


ROWS = [
    # a retail heading with its threshold set, the first item naming the measure itself
    ("全年限额以上单位商品零售额中,粮油类零售额比上年增长6.4%,饮料类增长2.9%,日用品类下降3.1%。",
     [(-3.1, "限额以上日用品类零售额"), (2.9, "限额以上饮料类零售额"), (6.4, "限额以上粮油类零售额")]),
    # no time before the heading, a short threshold word, items joined by 及
    ("限上单位商品零售额中,化妆品类增长12.5%,石油及制品类增长7.2%。",
     [(7.2, "限上石油及制品类零售额"), (12.5, "限上化妆品类零售额")]),
    # a heading of product output after a sentence of its own; product names with no 类
    ("全市规模以上工业增加值增长5.2%。从主要工业产品产量看,水泥增长8.3%,平板玻璃下降4.6%,发电量增长2.1%。",
     [(-4.6, "平板玻璃产量"), (2.1, "发电量"), (5.2, "规模以上工业增加值"), (8.3, "水泥产量")]),
    # farm products: the heading's measure on a line of its own sentence, levels with units
    ("全年主要农产品产量中,茶叶1.8万吨,增长4.4%;水果12.6万吨,增长3.0%。",
     [(3.0, "水果产量"), (4.4, "茶叶产量"), (18000, "茶叶产量"), (126000, "水果产量")]),
    # a heading with no set: not read as a set `商品零` of 售额; product output closed by 中
    ("全年商品零售额中,家电类增长3.5%,汽车类零售额增长4.2%。", [(3.5, "家电类零售额"), (4.2, "汽车类零售额")]),
    ("主要工业产品产量中,钢材产量增长3.4%,水泥增长2.2%。", [(2.2, "水泥产量"), (3.4, "钢材产量")]),
    # a goods heading naming no measure: the paragraph's retail figure before it gives it; its threshold counts the items
    ("全市社会消费品零售总额180.5亿元,增长6.2%。按消费类型分,商品零售160.2亿元,增长5.9%。"
     "从限额以上热点商品看,金银珠宝类增长3.3%,汽车类下降1.2%。",
     [(-1.2, "限额以上汽车类零售额"), (3.3, "限额以上金银珠宝类零售额"), (5.9, "商品零售"), (6.2, "社会消费品零售总额"),
      (16020000000, "商品零售"), (18050000000, "社会消费品零售总额")]),
    # prices of N classes of consumption, the heading's quoted summary before its colon; a fall keeps its sign
    ("六大类消费价格“五升一降”:食品类上涨2.4%,衣着类上涨0.8%;居住类下降1.3%。",
     [(-1.3, "居住类消费价格"), (0.8, "衣着类消费价格"), (2.4, "食品类消费价格")]),
    ("八大类居民消费价格,医疗保健类上涨1.9%,教育文化类上涨0.6%。",
     [(0.6, "教育文化类消费价格"), (1.9, "医疗保健类消费价格")]),
    # a breakdown by class after the price index: the total's measure goes with each class
    ("居民消费价格上涨1.7%。分类别看,食品烟酒类上涨2.6%,交通通信类下降0.5%。",
     [(-0.5, "交通通信类消费价格"), (1.7, "居民消费价格"), (2.6, "食品烟酒类消费价格")]),
    # sales of a class of goods growing: its items are that class's sales
    ("基本生活类商品销售保持快速增长,粮油类增长21.4%、饮料类增长13.2%。",
     [(13.2, "饮料类销售额"), (21.4, "粮油类销售额")]),
]

NEGATIVES = [
    # the item names its own measure: it stays as it is
    ("商品零售额中,汽车类零售额增长4.2%。", [(4.2, "汽车类零售额")]),
    # a narrower whole (online sales): its parts keep the whole, never all retail sales of the class
    ("在实物商品网上零售额中,吃类商品增长8.1%。", [(8.1, "实物商品网上零售额中吃类商品")]),
    # a heading naming no measure and no figure before it: nothing to carry
    ("主要工业产品中,水泥增长8.3%。", [(8.3, "水泥")]),
    # the measure named but the clause is no heading (no 中/看 closing it)
    ("商品零售额增长5%,汽车类增长4%。", [(4, "汽车类"), (5, "商品零售额")]),
    # a share of the whole is no part named by its category
    ("全年限额以上单位商品零售额中,汽车类占比为21.5%。", [(21.5, "汽车类占比")]),
    # a heading with its own figure is a total, not a heading (the items after it are no classes of it)
    ("六大类消费价格上涨2.1%,食品类上涨3.4%。", [(2.1, "六大类消费价格"), (3.4, "食品类")]),
]


@pytest.mark.parametrize("text,expected", ROWS + NEGATIVES)
def test_items_carry_the_heading_measure(text, expected):
    assert _subjects(text) == sorted(expected)
