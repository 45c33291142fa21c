"""One named body's own figure (firm_figures.named_bodies, lexicon/owners.toml `one_body`, `body_kind`): a station, a
power station, a school or a museum named after its place, opening the figure's subject or its sentence as actor, or
a steel firm known by its short name (`firm_brand`). The place in its name is not the figure's: no region. A kind of
body after no place (`参观博物馆`, `资助中职学校`) or bodies counted or taken as a whole (`新建学校`, `中小学`) keep the
place's or the country's scope. Sentences are our own; each row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"  # a national paper: its scope is 全国

ONE_BODY = [
    ("a station's own travellers", "春运期间，南京站预计发送旅客310万人次。", [{"value": 3.1e6, "region": None}]),
    ("a station as actor", "今年春运，南京站推出多项措施，增设人脸识别闸机40台。", [{"value": 40, "region": None}]),
    ("a power station's output", "截至去年底，三门峡电站累计发电3000亿千瓦时。", [{"value": 3e11, "region": None}]),
    ("a school's investment", "南宁市青秀区滨湖学校总投资1.8亿元。", [{"value": 1.8e8, "region": None}]),
    ("a steel firm's short name as actor", "为提高质量，首钢新增检测设备45台。", [{"value": 45, "region": None}]),
]

PLACE_KEPT = [
    ("schools built by a city", "今年，南京市新建学校12所。", [{"value": 12, "region": "南京市"}]),
    ("a city's schools as a whole", "今年，南京市中小学新增学位3万个。", [{"value": 30000, "region": "南京市"}]),
    ("a visit to museums is no body", "春节期间，参观博物馆的游客比例达40%。", [{"value": 40, "region": "全国"}]),
    ("graduates of universities", "上半年，应届大学毕业生月薪增长9%。", [{"value": 9, "region": "全国"}]),
    ("pupils of a kind of school", "去年，资助中职学校学生1500万人次。", [{"value": 1.5e7, "region": "全国"}]),
    ("a kind of station after no place", "去年，全国新建充电站1.2万座。", [{"value": 12000, "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", ONE_BODY + PLACE_KEPT, ids=[c[0] for c in ONE_BODY + PLACE_KEPT])
def test_a_bodys_figure_has_no_region(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
