"""A figure that describes the thing named after it (measure_owners.attributed, lexicon/owners.toml `attributed_*`):
`投资120万元的电网改造项目` is that project's investment, `占地620亩的湿地公园` that park's land, not all investment
or land of the place; and a release's population opened without `在` (`全年规模以上工业中，`) owns its parts.
Sentences are our own; each row: text, the figure's value, the subject it must have."""

from __future__ import annotations

import pytest
from factcase import facts_of

ATTRIBUTED = [
    # the thing after `的` (a plan word before the measure is status, not name)
    ("投资120万元的村级电网改造项目已于上月竣工。", 1_200_000, "村级电网改造项目投资"),
    ("总投资2.6亿元的城南污水处理厂扩建工程正式开工。", 260_000_000, "城南污水处理厂扩建工程总投资"),
    ("计划投资8000万元的冷链物流中心预计明年投用。", 80_000_000, "冷链物流中心投资"),
    # a building verb before `的`, or a clause up to its `的`, or a count of the things
    ("投资230万元建成的乡村物流服务站已投入使用。", 2_300_000, "乡村物流服务站投资"),
    ("去年，该县投资860万元建设的3座污水处理站均已完工。", 8_600_000, "污水处理站投资"),
    ("投资95万元涉及4个行政村的饮水安全工程，已全部通水。", 950_000, "饮水安全工程投资"),
    # a building verb without `的` names the new thing
    ("投资310万元建成山货农产品销售中心，帮助农户卖货。", 3_100_000, "山货农产品销售中心投资"),
    # another property of the same thing between the figure and it
    ("投资1.5亿元、占地180亩的新基地即将落成。", 150_000_000, "新基地投资"),
    ("投资1.5亿元、占地180亩的新基地即将落成。", 180, "新基地占地"),
    ("占地620亩的青山湿地公园向游客开放。", 620, "青山湿地公园占地"),
    # a release's population opened without `在` owns its parts
    ("全年规模以上工业中，纺织业比上年增长6.1%，通用设备制造业增长9.4%。", 9.4, "规模以上工业通用设备制造业"),
    ("工业增加值增长5%。\n全年规模以上工业中，纺织业比上年增长6.1%。", 6.1, "规模以上工业纺织业"),
]

NOT_ATTRIBUTED = [
    # a threshold (`以上的项目`), an aim, a short generic thing, a measure that names its own thing, no `的`
    ("全市完成投资120亿元的目标提前实现。", 12_000_000_000, "完成投资"),
    ("全年完成固定资产投资580亿元，同比增长8%。", 58_000_000_000, "完成固定资产投资"),
    ("该企业今年投资2亿元扩建生产线。", 200_000_000, "该企业投资"),
    ("外商投资总额4.2亿元的企业有12家。", 420_000_000, "外商投资总额"),
    # a population without `在` that is no release's set stays unowned
    ("全年工业中，纺织业比上年增长6.1%。", 6.1, "纺织业"),
]


def _subject(text: str, value) -> list[str]:
    return [f["subject"] for f in facts_of(text) if abs(float(f["value"]) - float(value)) < 1e-6]


ALL = ATTRIBUTED + NOT_ATTRIBUTED


@pytest.mark.parametrize("text,value,subject", ALL, ids=[r[2] for r in ALL])
def test_the_figure_is_the_things(text, value, subject):
    assert subject in _subject(text, value), _subject(text, value)


def test_a_threshold_names_no_project():
    """`投资5000万元以上的项目`: the figure is a threshold (a modifier), no project's investment."""
    assert all("项目投资" not in s for s in _subject("今年新开工投资5000万元以上的项目36个。", 50_000_000))
