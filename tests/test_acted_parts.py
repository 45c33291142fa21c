"""A part after `其中` of a count its act picks (extractors/acted_parts.py, lexicon/owners.toml `acted_whole`): `抓获在逃
人员…,其中A级逃犯139名` counts the A-level fugitives caught, not all of them (audit class S3, judged14 139); and a firm's
`在华累计投资` keeps `在华` (judged14 120: the debris 华累计投资). Each row: a sentence of our own and ALL its facts as
(subject, value); an extra fact fails."""

from __future__ import annotations

import pytest
from factcase import facts_of

ACTED = [
    ("去年，全省公安机关共抓获在逃人员3.2万名，其中公安部B级通缉令逃犯88名。",
     [("公安机关抓获在逃人员", 32_000), ("抓获公安部B级通缉令逃犯", 88)]),
    ("今年全县新建学校12所，其中小学5所。", [("新建学校", 12), ("新建小学", 5)]),
    ("海关查获走私香烟2.5万条，其中外国品牌卷烟1.1万条。", [("海关查获走私香烟", 25_000), ("查获外国品牌卷烟", 11_000)]),
    ("截至去年底，该公司在华累计投资210亿美元。", [("该公司在华累计投资", 21_000_000_000)]),
    ("截至去年底，在华累计投资210亿美元。", [("在华累计投资", 21_000_000_000)]),
]

NOT_ACTED = [
    # a whole with no act; a part that is a rate or reports an act of its own; a part in another unit
    ("全市有在逃人员320名，其中网上逃犯88名。", [("在逃人员", 320), ("网上逃犯", 88)]),
    ("共抓获犯罪嫌疑人120名，其中已起诉95名。", [("抓获犯罪嫌疑人", 120), ("起诉人数", 95)]),
    ("去年新建学校12所，其中投资金额3亿元。", [("新建学校", 12), ("投资金额", 300_000_000)]),
    ("南山镇在华山脚下建成步道12公里。", [("南山镇在华山脚下建成步道", 12)]),  # 华山 is no 在华
    ("职业培训机构32家，其中民办机构20家。", [("职业培训机构", 32), ("民办机构", 20)]),  # an act inside a name
]


def _facts(text: str) -> list[tuple[str, float]]:
    return [(f["subject"], float(f["value"])) for f in facts_of(text)]


@pytest.mark.parametrize(("text", "facts"), ACTED + NOT_ACTED, ids=[r[0][:12] for r in ACTED + NOT_ACTED])
def test_a_part_is_picked_by_the_wholes_act(text, facts):
    assert _facts(text) == [(s, float(v)) for s, v in facts]
