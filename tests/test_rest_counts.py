"""A count after `其余`/`剩余` is of the whole its sentence counted before it, with the things both counts name
(extractors/rest_counts.py; lexicon/owners.toml `rest_of_whole`, `rest_whole_count`)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # the rest still being built: the whole's projects, without the act said of them
    ("截至6月底，省运会场馆20个项目已完工12个，其余在建的8个项目全部复工。", [("investment", "省运会场馆在建项目", 8)]),
    # a rest nothing is said of is named the rest
    ("截至6月底，省运会场馆20个项目已完工12个，剩余的8个项目正在加紧施工。", [("other", "省运会场馆剩余项目", 8)]),
    ("截至6月底，省运会场馆20个项目已完工12个，余下8个项目年内完工。", [("other", "省运会场馆余下项目", 8)]),
]

NEGATIVES = [
    # a whole that names its things before the count gives the rest no name
    ("截至6月底，全市已完工项目30个，其余18个项目全部复工。",
     [("other", "完工项目", 30), ("other", "其余全部复工的项目", 18)]),
    # other things than the whole's are no rest of it
    ("截至6月底，全市已完工30个项目，其余18个企业全部复工。",
     [("other", "完工项目", 30), ("other", "其余全部复工的企业", 18)]),
    # `另外` counts more, not the rest
    ("截至6月底，全县另外18个项目全部复工。", [("other", "全部复工的项目", 18)]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES)
def test_rest_of_whole(text, expected):
    assert named_values(text) == expected
