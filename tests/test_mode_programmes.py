"""Projects a paragraph counts bare after a sentence that names a programme run by a way of funding are that
programme's (extractors/mode_programmes.py; lexicon/owners.toml `mode_programme`, `mode_programme_project`)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # the poverty-relief PPP programme owns the projects counted and their investment in the next sentences
    ("截至去年底，全省积极采用PPP模式推进脱贫攻坚。已纳入管理库的项目共计210个，投资额达860亿元。"
     "其中落地项目95个、投资额412亿元。",
     [("other", "纳入管理库的脱贫攻坚PPP项目", 210),
      ("investment", "纳入管理库的脱贫攻坚PPP项目投资额", 86000000000),  # the defining act 纳入…的 counts no length
      ("other", "落地脱贫攻坚PPP项目", 95), ("investment", "落地脱贫攻坚PPP项目投资额", 41200000000)]),
    ("截至2020年底，全省通过PPP模式支持乡村振兴。其中签约项目36个，投资额95亿元。",
     [("other", "签约乡村振兴PPP项目", 36), ("investment", "签约乡村振兴PPP项目投资额", 9500000000)]),
    ("截至去年底，全省积极运用政府和社会资本合作模式推进污水治理。已纳入管理库的项目共计48个。",
     [("other", "纳入管理库的污水治理政府和社会资本合作项目", 48)]),
    ("截至去年底，全省积极采用PPP模式推进脱贫攻坚。项目共计120个。", [("other", "脱贫攻坚PPP项目", 120)]),
]

NEGATIVES = [
    # a way only weighed runs no programme
    ("截至去年底，测算显示采用PPP模式能比传统方式节省投入。已纳入管理库的项目共计210个。",
     [("other", "纳入管理库的项目", 210)]),
    # another paragraph's programme never carries
    ("截至去年底，全省积极采用PPP模式推进脱贫攻坚。\n已纳入管理库的项目共计210个。", [("other", "纳入管理库的项目", 210)]),
    # projects that name their own kind keep their name
    ("截至去年底，全省积极采用PPP模式推进脱贫攻坚。全省重点项目共计120个。", [("investment", "重点项目", 120)]),
    # a programme named three sentences before is out of reach
    ("截至去年底，全省积极采用PPP模式推进脱贫攻坚。各地加强统筹。部门强化协调。已纳入管理库的项目共计210个。",
     [("other", "纳入管理库的项目", 210)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_mode_programme_projects(text, expected):
    assert named_values(text) == expected
