"""Numbers that are no reported figure, seventh round (audit judged15, class N1): the parts one structure is built
of (`共有86个桥墩`), the frame a site lies in (`4.2平方公里的范围内`, `武汉到九江260公里江段上`) and a unit's record
told as its attribute (`5次担负阅兵任务的英雄部队`). Each class in phrasings of our own, with neighbours in like
wording that are reported figures and must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # one structure's parts
    ("a bridge's piers", "这座跨江大桥共有86个桥墩、87孔,是当地最长的桥。", []),
    ("piers after cables", "全桥共设112根斜拉索和180个桥墩。", []),
    ("bridges built stay", "全省今年新建桥梁120座,改造危桥300座。", [120, 300]),
    # the frame a site lies in
    ("an old town's area as a frame", "在老城墙围起的4.2平方公里的范围内,保存着几十处古建筑。", []),
    ("a river stretch by its ends", "在武汉到九江260公里江段上,货轮往来不断。", []),
    ("a road stretch by its ends", "从青山镇至石门村12公里长的路段上,新栽了行道树。", []),
    ("a river stretch cleaned stays", "今年以来,全市整治了50公里河段,清理河道垃圾3万吨。", [50, 3e4]),
    ("an area governed stays", "全县治理范围达300平方公里。", [300]),
    ("a road length built stays", "全县新建农村公路路段85公里。", [85]),
    # a unit's record told as its attribute
    ("parades of a unit", "这是一支传承着优良作风、5次担负阅兵任务的英雄部队。", []),
    ("a unit the marchers come from", "受阅方队来自一支4次参加阅兵任务的英雄部队。", []),
    ("a year's rescues stay", "全市消防救援队伍全年执行灭火救援任务1200次。", [1200]),
    ("a brigade's missions stay", "今年,支队先后8次参加抢险救援,转移群众2300人。", [8, 2300]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_object_and_record_numbers(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
