"""Verb-led and debris subjects (brief verbsubj): a bare verb of recovery before a share names how far the measure
before came back (`…恢复程度`), and a change after it is that measure's; a target word after a count (`…人目标顺利完成`)
and a closing quote after a count (`…张”论坛…`) end the thing counted (lexicon subjects.toml recovered_share,
noun_after_goal, goal_counter, noun_after_closed). Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2020, 5, 20)


def _row(subject: str, value: float, unit: str, qualifier: str = "exact") -> dict:
    return {"subject": subject, "value": value, "unit": unit, "qualifier": qualifier}


EXACT = [
    ("recovered share and its change", "4月份，全国铁路固定资产投资完成560亿元，恢复到去年同期的91%，比3月份提高12.4个百分点。",
     [_row("铁路固定资产投资", 56000000000, "CNY"), _row("铁路固定资产投资恢复程度", 91, "%"),
      _row("铁路固定资产投资恢复程度(比3月份)", 12.4, "个百分点")]),
    ("target after a count", "职业院校培训200万人目标提前完成，成效明显。", [_row("职业院校培训", 2000000, "人")]),
    ("count of targets", "全县确定了12个发展目标。", [_row("发展目标", 12, "个")]),
    ("closing quote ends the count", "“累计办理业务近3亿笔”会上公布的数字令人振奋。", [_row("累计办理业务", 300000000, "笔", "approx")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_verb_debris(text, expected):
    assert_exactly(text, expected, MAY)
