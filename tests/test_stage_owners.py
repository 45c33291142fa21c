"""A later stage of works named alone in a list of stages (`…已开工1.2万户、竣工9000户`) counts the same works as
the stage before it: it takes that figure's owner (农村危房改造竣工), never reads as every completion of the place.
Two acts on cases named with one object before their counts (`受理和审结各类金融案件…，共受理…、审结…`) lend it to each
act told alone (金融案件审结; shared_objects.with_joint_objects).
Sentences are our own; each row gives ALL the facts of the sentence (subject, value), in order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)


def _facts(text: str) -> list[tuple]:
    return [(f["subject"], f["value"]) for f in facts_of(text, DAY)]


CASES = [
    ("houses begun then finished", "今年全省农村危房改造已开工3.2万户、竣工2.5万户。",
     [("农村危房改造开工", 32000), ("农村危房改造竣工", 25000)]),
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


# two acts on cases named with one object before their counts: each act told alone counts those cases
JOINT = [
    ("received and closed", "2020年，全市法院受理和审结各类金融案件数量明显上升，共受理5300件、审结5100件。",
     [("金融案件受理", 5300), ("金融案件审结", 5100)]),
    ("and their changes", "全年受理和审结涉外商事案件数量增长较快，共受理860件、审结820件，同比分别增长12%和9.5%。",
     [("涉外商事案件受理", 860), ("涉外商事案件审结", 820), ("涉外商事案件受理", 12), ("涉外商事案件审结", 9.5)]),
    # no one object named with the two acts: the acts stay bare
    ("no object", "全年受理和审结的数量持续上升，共受理5300件、审结5100件。", [("受理", 5300), ("审结", 5100)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in JOINT], ids=[c[0] for c in JOINT])
def test_acts_named_with_one_object_count_it(text, expected):
    assert _facts(text) == expected
