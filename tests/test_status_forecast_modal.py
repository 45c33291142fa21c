"""A forecast's modal `会` with its verb of change right before a figure makes the figure an estimate (`增速会放缓到5%`,
`产量会突破700亿斤`), not what is; `将会` stays with `将`, a habit (`每年都会`) and a noun ending in `会` (`发布会`,
`博览会`, `机会`) are no forecast. Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2019, 3, 5)
PAPER = "rmrb-2019-03-05-01-01.txt"
Y2019 = {"period_start": "2019-01-01", "period_end": "2019-12-31"}


def _fact(value, unit, status, **extra):
    return {"value": value, "unit": unit, "status": status, **extra}


CASES = [
    ("growth slows to",
     "专家认为，全国今年经济增速会放缓到5%。\n",
     [_fact(5, "%", "estimate", region="全国", **Y2019)]),
    ("output passes",
     "业内人士说，今年全国粮食产量会突破7000亿斤。\n",
     [_fact(7000e8, "斤", "estimate", subject="粮食产量", region="全国", **Y2019)]),
    ("a workforce shrinks, with an adverb",
     "有研究认为，今年全国劳动力数量会继续减少到8亿人。\n",
     [_fact(8e8, "人", "estimate", region="全国", **Y2019)]),
    ("only its own clause: the year before stays actual",
     "去年全国粮食产量达到6500亿斤，今年全国粮食产量会超过6600亿斤。\n",
     [_fact(6500e8, "斤", "actual", period_start="2018-01-01", period_end="2018-12-31"),
      _fact(6600e8, "斤", "estimate", **Y2019)]),
    # negatives: a noun ending in 会, a habit
    ("associations, a noun ending in 会",
     "去年全国行业协会增加到7万家。\n",
     [_fact(7e4, "家", "actual", period_start="2018-01-01", period_end="2018-12-31")]),
    ("a habit of every year",
     "去年全国粮食产量达到6500亿斤，每年秋粮都会占到七成以上。\n",
     [_fact(6500e8, "斤", "actual")]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_forecast_modal(label, text, expected):
    assert_exactly(text, expected, PUBLISHED, PAPER)
