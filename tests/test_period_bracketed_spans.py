"""A span in brackets right after a named period (`国庆假期(1日—7日)，…`): the bracket's days are the period of
the sentence's figures, not the last day it names; a bracket that tells something else sets no span."""

from datetime import date

import pytest
from factcase import assert_exactly

HOLIDAY = {"period_start": "2021-10-01", "period_end": "2021-10-07"}

CASES = [
    ("holiday with its days in brackets",
     "本报讯(记者 李明 通讯员 王芳)国庆假期(1日—7日)，市12345热线共受理市民诉求2310件，其中咨询1500件。\n",
     date(2021, 10, 9), [{"value": 2310, **HOLIDAY}, {"value": 1500, **HOLIDAY}]),
    ("full-width brackets and 至",
     "国庆假期（1日至7日），全区共接待游客12万人次。\n",
     date(2021, 10, 9), [{"value": 120000, **HOLIDAY}]),
    ("an event week in brackets, no holiday schedule behind it",
     "元宵活动周（3日至9日），全区共接待游客8万人次。\n",
     date(2023, 3, 12), [{"value": 80000, "period_start": "2023-03-03", "period_end": "2023-03-09"}]),
    ("days of last month when this month has not reached them",
     "春节假期(28日—31日)，全市接待游客9万人次。\n",
     date(2022, 2, 3), [{"value": 90000, "period_start": "2022-01-28", "period_end": "2022-01-31"}]),
]


@pytest.mark.parametrize("label,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_bracketed_span(label, text, published, expected):
    assert_exactly(text, expected, published)
