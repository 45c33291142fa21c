"""A headline figure that restates a body figure of the same measure in round words (P4): the body's figure is kept,
with its own time, and the headline's repeat is dropped, not dated to the publication day. A document's first line
with a comma between its halves (`帮扶九万个村，产业投入逾五百亿元`) is read as a headline for this.

Each row is a small article in our own words (figures restated, never corpus text) and ALL the facts it must give.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.headline_repeats import is_round, rounds_to
from tests.factcase import assert_exactly

PUBLISHED = date(2019, 10, 30)
KEYS = ("subject", "value", "period_start", "period_end")
_BODY = "\n\n　　本报北京10月24日电 截至2019年6月底，{}。\n"

CASES = [
    # round restatements of body figures: only the body's, at its own time
    ("帮扶九万个村，产业投入逾五百亿元\n“百企帮百村”行动成效明显" + _BODY.format("行动累计帮扶9.1万个村，产业投入528.6亿元"),
     [("行动累计帮扶村", 91000, None, "2019-06-30"), ("产业投入", 52860000000, None, "2019-06-30")]),
    ("全省城乡居民医保参保人数已有四千多万人" + _BODY.format("全省城乡居民医保参保人数4312万人"),
     [("城乡居民医保参保人数", 43120000, None, "2019-06-30")]),
    # negatives: a headline figure far from the body's, of another measure, or not round stays (as of the day the
    # dateline filed the story, test_period_dateline_days.py)
    ("产业投入逾五百亿元" + _BODY.format("行动产业投入620亿元"),
     [("产业投入", 50000000000, None, "2019-10-24"), ("行动产业投入", 62000000000, None, "2019-06-30")]),
    ("公益投入逾五百亿元" + _BODY.format("行动产业投入528.6亿元"),
     [("公益投入", 50000000000, None, "2019-10-24"), ("行动产业投入", 52860000000, None, "2019-06-30")]),
    ("产业投入达528亿元" + _BODY.format("行动产业投入528.6亿元"),
     [("产业投入", 52800000000, None, "2019-10-24"), ("行动产业投入", 52860000000, None, "2019-06-30")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[row[0][:10] for row in CASES])
def test_headline_round_repeat_of_a_body_figure_is_dropped(text, expected):
    assert_exactly(text, [dict(zip(KEYS, row, strict=True)) for row in expected], PUBLISHED)


ROUNDING = [
    # (body, headline, qualifier, restates)
    (752.6, 700, "more_than", True), (10.27, 10, "exact", True), (4312, 4000, "more_than", True),
    (52392, 50000, "more_than", True), (46.0, 50, "less_than", True),
    (620, 500, "more_than", False), (690, 700, "more_than", False), (528.6, 528, "exact", False),
    (52.0, 50, "less_than", False), (700, 700, "exact", False),
]


@pytest.mark.parametrize("body,head,qualifier,restates", ROUNDING)
def test_rounds_to(body, head, qualifier, restates):
    assert rounds_to(body, head, qualifier) is restates


def test_is_round():
    assert is_round(70000000000) and is_round(1.5) and is_round(100000)
    assert not is_round(528) and not is_round(0) and not is_round(10.27)
