"""A target list's paragraph goes on past its first sentence (round 47): `达到…` is a goal's own verb there, so the
figures of the paragraph's next sentence (`…占制造业比重达到66%左右`) are targets of the plan year like the list's
first items, while `达` alone (`今年高校毕业生达874万人`) still states what is. Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2018, 1, 11)
HEAD = "某市政府工作报告发布\n　　"
YEAR = {"period_start": "2018-01-01", "period_end": "2018-12-31"}


def _targets(*values: float) -> list[dict]:
    return [{"value": v, "status": "target", **YEAR} for v in values]


CASES = [
    ("the list's next sentence with 达到…左右",
     HEAD + "某市市长表示，今年经济社会发展主要预期目标是：地区生产总值增长6.5%左右，固定资产投资增长10%左右。"
     "产业结构继续优化，高技术制造业增加值占工业比重达到30%左右，研发经费支出占地区生产总值比重达到3%，一般公共预算收入增长6%。",
     _targets(6.5, 10, 30, 3, 6)),
    # kept: 达到 inside the list's own sentence was already a target
    ("达到 inside the list's own sentence",
     HEAD + "今年的主要预期目标是：地区生产总值增长7%，城镇化率达到62%，居民人均可支配收入增长7%。",
     _targets(7, 62, 7)),
    # negative: 达 alone states what is, in the target paragraph too
    ("达 alone states what is",
     HEAD + "今年主要预期目标是：地区生产总值增长6%左右。今年全市高校毕业生达8.7万人，稳就业任务繁重。",
     [{"value": 6, "status": "target", **YEAR}, {"value": 87000, "status": "actual"}]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_target_paragraph47(text: str, expected: list[dict]) -> None:
    assert_exactly(text, expected, PUBLISHED)
