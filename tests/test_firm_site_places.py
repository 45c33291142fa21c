"""A national paper's story that names a place only as where one firm's works stand (`在浙江某市某公司的车间`) or where
one person of its anecdote lives (`…街道居民某某回忆道`, `家住某区的…`: story_places._person_home) is not about that place: its national figures are the country's (the paper's 全国), never the firm's city's. A place the
story is about, or a venue that is no works, keeps its figures. Our own sentences."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

DAY = date(2020, 5, 13)
NATIONAL_PAPER = "rmrb-2020-05-13-18-01.txt"  # a national paper's file name: its scope is 全国

CASES = [
    ("a city and its province before a firm's workshop",
     "家电产业回暖\n　　在浙江宁波某电器公司的生产车间，一批空调正在装箱。\n　　4月份，家电制造业同比增长6.2%。",
     [(6.2, "全国")]),
    ("a city alone before a factory's grounds",
     "电子产业回暖\n　　在苏州一家电子厂的厂区，工人们正在忙碌。\n　　4月份，电子设备制造业增长7.4%。",
     [(7.4, "全国")]),
    ("a production line in a named county",
     "纺织产业回暖\n　　在江苏吴江某纺织企业的生产线上，机器飞转。\n　　一季度，纺织业增加值同比下降3.1%。",
     [(-3.1, "全国")]),
]

HOMES = [
    ("two cities as residents' homes",
     "餐桌变迁见证生活改善\n　　“那时候粮食凭票供应。”今年80岁的天津市河西区某某街道居民王秀兰回忆道。\n"
     "　　家住北京市朝阳区的李大爷也有同感。\n　　2018年，城镇居民人均肉类消费量比上年增长3.2%。",
     [(3.2, "全国")]),
    ("a villager's home dropped, two unrelated cities stay: no place",
     "餐桌变迁见证生活改善\n　　“现在顿顿有肉。”四川省某县某村村民张大海说。\n　　广州市推出惠民措施，杭州市也出台新政。\n"
     "　　2018年，农村居民人均肉类消费量比上年增长4.1%。",
     [(4.1, None)]),
]

UNCHANGED = [
    ("a story about the city itself",
     "宁波工业回暖\n　　宁波市各地企业加快复工。\n　　4月份，宁波市规模以上工业增加值增长5.6%。",
     [(5.6, "宁波市")]),
    ("a place where something was done, no works",
     "宁波工业回暖\n　　在宁波，企业纷纷复工复产。\n　　4月份，规模以上工业增加值增长5.6%。",
     [(5.6, "宁波市")]),
]


def _facts(text: str) -> list:
    return [(f.contract()["value"], f.contract()["region"]) for f in extract_text(text, NATIONAL_PAPER, DAY).facts]


@pytest.mark.parametrize("label, text, expected", CASES + HOMES + UNCHANGED,
                         ids=[c[0] for c in CASES + HOMES + UNCHANGED])
def test_a_firms_works_are_no_storys_place(label, text, expected):
    assert _facts(text) == expected
