"""Members counted alone in a clause are the team the clause right before ends with (extractors/team_owners.py;
lexicon/owners.toml `team_named_before`, `team_members_alone`). Sentences are our own; each row: text -> ALL facts."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    ("市疾控中心组建了市、区两级疾控机构的流调队伍，拥有队员近1500人。", [("other", "流调队伍队员", 1500)]),
    ("该县成立了应急救援队，现有队员260名。", [("other", "应急救援队队员", 260)]),
    ("全区组建党员志愿服务队，共有成员900人。", [("other", "党员志愿服务队成员", 900)]),
]

NEGATIVES = [
    # no team named in the clause before: the members keep their bare name
    ("该队伍建设不断加强。拥有队员300人。", [("other", "队员", 300)]),
    ("该区成立了应急救援队，配备车辆20辆，拥有队员120人。", [("other", "配备车辆", 20), ("other", "队员", 120)]),
    # a count that names its own team
    ("全县组建志愿服务队伍，招募救援队员80人。", [("other", "救援队员招募", 80)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_team_owner(text, expected):
    assert named_values(text) == expected
