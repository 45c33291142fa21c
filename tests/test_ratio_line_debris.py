"""A structure ratio written on a line without a full stop (`三次产业结构为8.1:47:44.9` and, on the next line,
`全年居民消费价格…`) runs into the next sentence once the lines are joined: the ratio's last digits are the rest of
a number, never the start of the next figure's subject. A subject that truly opens with digits after a word or a
clause mark (`12345热线`) keeps them. Each row is our own text."""

from datetime import date

import pytest

from tests.factcase import facts_of

MAR = date(2023, 3, 1)

CASES = [
    ("全县生产总值250亿元,增长4%。三次产业结构为8.1:47:44.9\n全年居民消费价格总水平比上年上涨2.3%。",
     ("居民消费价格总水平", 2.3)),
    ("全县生产总值250亿元,增长4%。三次产业结构为8.1:47:44\n全年居民消费价格总水平比上年上涨2.3%。",
     ("居民消费价格总水平", 2.3)),
    ("全市生产总值980亿元,增长5%。三次产业比例为6.3:40.2:53.5\n规模以上工业增加值增长6.2%。",
     ("规模以上工业增加值", 6.2)),
    ("全市三次产业之比为12:38:50\n社会消费品零售总额增长7.4%。", ("社会消费品零售总额", 7.4)),
]


@pytest.mark.parametrize("text,last", CASES, ids=[c[1][0] + str(c[1][1]) for c in CASES])
def test_a_ratio_lines_digits_start_no_subject(text, last):
    named = [(f["subject"], f["value"]) for f in facts_of(text, MAR)]
    assert named[-1] == last, named


def test_digits_after_a_word_stay_in_the_subject():
    named = [(f["subject"], f["value"]) for f in facts_of("2022年,全市12345热线受理诉求8.6万件。", MAR)]
    assert named == [("12345热线受理诉求", 86000)], named
