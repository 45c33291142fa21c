"""An uncatalogued figure a national paper gives with no time of its own is kept only when its sentence tells it as a
tally a report keeps (a whole's measure, a total, a level reached, a change against a time, an achievement, a count
as of now or over a span). A story's particulars (`羊有16只蹄子`, `离县城80多公里`, `有4个舱门`) are no facts there;
the same sentences in a report of no known scope, or dated, are read as before."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2023, 8, 5)
NATIONAL_PAPER = "rmrb-2023-08-05-07-01.txt"   # its file name says People's Daily: a national paper
OTHER = "case.txt"                             # a report of no known scope
TODAY = {"period_start": None, "period_end": "2023-08-05"}

DETAILS = [
    ("hooves", "老牧民算过一笔账,4只羊有16只蹄子,最伤草皮。\n", [16]),
    ("distance", "护林员的巡山路线往返有26公里。\n", [26]),
    ("hatches", "这个实验舱设有4个舱门和2个机械臂专用接口。\n", [4, 2]),
    ("building", "新馆建筑面积12万平方米,由三座展厅组成。\n", [1.2e5]),
    ("sewing machines", "120台全自动喷气织机在村里的车间里排列整齐。\n", [120]),
]
TALLIES = [
    ("whole", "全省共有博物馆412家。\n", [412]),
    ("as of now", "截至目前,该平台注册用户数达3200万人。\n", [3.2e7]),
    ("reached", "参会企业达1860家,比上届有所增加。\n", [1860]),
    ("running total", "各地累计建成口袋公园340个。\n", [340]),
    ("against last year", "河南,夏粮播种面积8500万亩,比上年增加30万亩。\n", [8.5e7, 3e5]),
    ("tallied acts", "常委会共审议议案26件,其中修改法规7件。\n", [26, 7]),
    ("newly added", "科技支撑成效明显,新增省级重点实验室12家。\n", [12]),
    ("money put in", "瑞典一家企业在合肥新建的工厂投资3亿元。\n", [3e8]),
]


@pytest.mark.parametrize("text, values", [c[1:] for c in DETAILS], ids=[c[0] for c in DETAILS])
def test_a_story_particular_on_a_national_paper_is_no_fact(text, values):
    assert_exactly(text, [], DAY, name=NATIONAL_PAPER)


@pytest.mark.parametrize("text, values", [c[1:] for c in DETAILS], ids=[c[0] for c in DETAILS])
def test_the_same_sentence_elsewhere_is_read_as_before(text, values):
    assert_exactly(text, [{"value": v, **TODAY} for v in values], DAY, name=OTHER)


@pytest.mark.parametrize("text, values", [c[1:] for c in TALLIES], ids=[c[0] for c in TALLIES])
def test_a_tally_on_a_national_paper_stays(text, values):
    got_values = [{"value": v} for v in values]
    assert_exactly(text, got_values, DAY, name=NATIONAL_PAPER)


def test_a_dated_particular_is_read_as_before():
    assert_exactly("2022年,这个村的果园产量480吨。\n", [{"value": 480}], DAY, name=NATIONAL_PAPER)
