"""Counts listed after one act (extractors/measure_owners.py `listed_act`, lexicon/owners.toml `listed_count_act`):
`东方日报共刊发120个全彩专版、35个公益广告` counts the paper's advertisements, not all advertisements (audit class S3,
judged14 132/174). Each row: a sentence of our own and ALL its facts as (subject, value); an extra fact fails."""

from __future__ import annotations

import pytest
from factcase import facts_of

LISTED = [
    ("截至10月5日，东方日报共刊发120个全彩专版、35个公益广告。",
     [("东方日报刊发全彩专版", 120), ("东方日报刊发公益广告", 35)]),
    ("2019年，恒远集团在西部山区建造了210所村卫生室和3所乡镇卫生院。",
     [("恒远集团建造村卫生室", 210), ("恒远集团建造乡镇卫生院", 3)]),
    ("全年，市消防支队共整改了120多处火灾隐患、300多处违规通道。",
     [("市消防支队整改火灾隐患", 120), ("市消防支队整改违规通道", 300)]),
    pytest.param("去年，南山县公安机关顺藤摸瓜，抓获36名“内鬼”和75名中间商。",
                 [("抓获内鬼", 36), ("抓获中间商", 75)], id="去年，南山县公安机关顺藤",
                 marks=pytest.mark.xfail(strict=True, reason="bare-name rule (bare_names.py) drops a right fact: one act with two listed catches (`抓获36名“内鬼”和75名中间商`: the other item and the quotes read as said)")),
    ("高峰时，湖南省共设立150家定点医院、420家发热门诊。",
     [("定点医院", 150), ("发热门诊", 420)]),
]

NOT_LISTED = [  # a trip's places after the things (the county count's garbled subject is a bare name, dropped: round 50), a count in another unit, a list with no act before it
    ("省纪委监委组织3个调研组赴各地市及28个县实地调研。", [("省纪委监委组织调研组赴各地市", 3)]),  # 县实地调研: a bare name, no fact (round 50)
    ("全市新建学校12所、幼儿园30所。", [("新建学校", 12), ("新建幼儿园", 30)]),
    ("东方日报推出120个专版、35万份号外。", [("东方日报推出专版", 120), ("号外", 350_000)]),
]


def _facts(text: str) -> list[tuple[str, float]]:
    return [(f["subject"], float(f["value"])) for f in facts_of(text)]


@pytest.mark.parametrize(("text", "facts"), LISTED + NOT_LISTED, ids=[r[0][:12] for r in LISTED + NOT_LISTED])
def test_a_listed_count_is_the_same_acts(text, facts):
    assert _facts(text) == [(s, float(v)) for s, v in facts]
