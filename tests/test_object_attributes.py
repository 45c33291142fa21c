"""A national paper's figure told right after an attribute word of one object (`铁路全长`, `医院占地`, `展览面积`)
is that object's attribute, dated or not, no reported figure, unless its sentence measures a whole (`我国海岸线全长`,
`全省…全长`); on a paper of no known scope it is read as before."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 8, 5)
NATIONAL_PAPER = "rmrb-2023-08-05-07-01.txt"   # its file name says People's Daily: a national paper
OTHER = "case.txt"                             # a report of no known scope

ATTRIBUTES = [
    ("line length", "沿江高铁全长356公里,是区域骨干线路。\n", [356]),
    ("dated line length", "8月3日,沿江高铁全长356公里的线路完成铺轨。\n", [356]),
    ("hospital site", "这座应急医院占地约6万平方米,10天建成。\n", [6e4]),
    ("floor area", "新落成的图书馆建筑面积达4.8万平方米。\n", [4.8e4]),
    ("show area", "本届车展展览面积达22万平方米。\n", [2.2e5]),
]
ATTRIBUTE_WHOLES = [
    ("national coastline", "我国大陆海岸线全长1.8万多公里。\n", [1.8e4]),
    ("province roads", "全省农村公路全长达到21万公里。\n", [2.1e5]),
]


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTES], ids=[c[0] for c in ATTRIBUTES])
def test_one_objects_attribute_on_a_national_paper_is_no_fact(text, values):
    assert_exactly(text, [], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTES], ids=[c[0] for c in ATTRIBUTES])
def test_one_objects_attribute_elsewhere_is_read_as_before(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=OTHER)


@pytest.mark.parametrize("text, values", [c[1:] for c in ATTRIBUTE_WHOLES], ids=[c[0] for c in ATTRIBUTE_WHOLES])
def test_a_wholes_length_stays(text, values):
    assert_exactly(text, [{"value": v} for v in values], DAY, name=NATIONAL_PAPER)
