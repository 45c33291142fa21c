"""A time run the change is told over, left at the end of a subject (`…贸易年增长`, `…增速连续多年保持`): trimmed
off, the measure is before it; words that end in 年 (`青年`, `老年`) stay. Sentences are our own; each row gives ALL
the facts of the sentence, in order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)


def _facts(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, DAY)]


CASES = [
    ("a yearly change of trade", "近八年来，两国双边贸易年增长约12%。", [("两国双边贸易", 12)]),
    ("a yearly change of investment", "五年间，该省实际利用外资年增长约9%。", [("实际利用外资", 9)]),
    ("years in a row", "全县粮食产量连续多年稳定在60万吨以上。", [("粮食产量", 600_000)]),
    ("a counted run of years", "全市出口额连续5年保持在200亿元左右。", [("出口额", 20_000_000_000)]),
    ("a word that ends in 年", "今年来厦门就业创业的台湾青年约400名。", [("就业创业的台湾青年", 400)]),
]


@pytest.mark.parametrize("name,text,facts", CASES, ids=[row[0] for row in CASES])
def test_a_time_run_is_no_part_of_the_subject(name, text, facts):
    assert _facts(text) == facts
