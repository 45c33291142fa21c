"""A later stage of works named alone in a list of stages (`…已开工1.2万户、竣工9000户`) counts the same works as
the stage before it: it takes that figure's owner (农村危房改造竣工), never reads as every completion of the place.
Sentences are our own; each row gives ALL the facts of the sentence (subject, value), in order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)


def _facts(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, DAY)]


CASES = [
    ("houses begun then finished", "今年全省农村危房改造已开工3.2万户、竣工2.5万户。",
     [("农村危房改造已开工", 32000), ("农村危房改造竣工", 25000)]),
    ("three stages of key projects", "一季度,全市重点项目新开工42个、竣工17个、投产9个。",
     [("重点项目新开工", 42), ("重点项目竣工", 17), ("重点项目投产", 9)]),
    ("a comma between the stages", "全县棚户区改造开工1800套,建成1200套。",
     [("棚户区改造开工", 1800), ("棚户区改造建成", 1200)]),
    # a stage that names its own works, or a first stage with no works, takes nothing
    ("each stage names its works", "全区新开工项目30个、竣工项目12个。",
     [("新开工项目", 30), ("竣工项目", 12)]),
]

NEGATIVES = [
    # a stage after a figure of another unit counts other things: it takes no owner (its bare `竣工` should give no
    # fact either, a known gap)
    ("another unit before", "全省农村危房改造投入资金12亿元,竣工2.5万户。", [("农村危房改造投入资金", 1.2e9)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_later_stage_takes_the_works_before(text, expected):
    assert _facts(text) == expected


@pytest.mark.xfail(strict=True, reason="a bare stage with no owner is still a fact named 竣工")
@pytest.mark.parametrize("text, expected", [c[1:] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_a_stage_after_another_unit_keeps_nothing(text, expected):
    assert _facts(text) == expected
