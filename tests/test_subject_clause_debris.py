"""Clause debris a subject may keep (audit sheet 28, class S1): a concessive opener (`虽然…，但…`) is trimmed; a share's
`占比` keeps its `比`; a margin over a comparison base (`高出…`), an adverb and a verb with no measure (`进一步…`), a
preposition of the act's object (`对于…`, `对全部…`), a former state (`…前有…`), a back-reference inside (`…该指标…`) and a
concessive with its modal (`…虽然会`) leave no name, so the figure is dropped (lexicon subjects.toml subject_leading,
subject_trailing, subject_debris). Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MARCH = date(2021, 3, 5)


def _row(subject: str, value: float, unit: str, qualifier: str = "exact") -> dict:
    return {"subject": subject, "value": value, "unit": unit, "qualifier": qualifier}


EXACT = [
    ("concessive opener trimmed", "虽然王庄村温室大棚已有320多座，但新建的仍受欢迎。", [_row("王庄村温室大棚", 320, "座", "more_than")]),
    ("share kept whole", "其中，老年游客占比同比增加27%。", [_row("老年游客占比", 27, "%")]),
    ("margin over a base, lower", "某县工业用电量增速低于全市平均水平1.5个百分点。", []),
    ("object preposition", "对于登记的300多名群众提出帮扶方案。", []),
    ("concessive with modal", "据预测，今年全球贸易虽然会萎缩8%，但明年将回升。", []),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_clause_debris(text, expected):
    assert_exactly(text, expected, MARCH)


# known gaps: a margin whose clause names its owner keeps the owner's form (`某区网络零售额(增速高出全省)`), a rate's
# `增速进一步加快至` is read as the rate, and a former state after a count of the same sentence drops the sentence
GAPS = [
    ("margin over a base", "某区网络零售额增速高出全省平均增速2.3个百分点。", []),
    ("adverb and verb only", "4月，出口增速进一步加快至9.4%。", []),
    ("former state", "某社区共安置村民420户，搬迁前有低保户56户。", [_row("某社区安置村民", 420, "户")]),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in GAPS])
def test_known_gaps(text, expected):
    assert_exactly(text, expected, MARCH)
