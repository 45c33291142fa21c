"""Region classes of round 48: a figure whose sentence speaks of the story's village without naming it (`村里…`,
`那是村集体投资…`) is the village the article introduced after its county and named last before it, when no place is
named as a subject after that village, no other village's name comes between and no firm of the sentence owns the
figure. Each row is our own text: ALL its facts (value, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 23)
PAPER = "rmrb-2020-05-23-05-01.txt"   # a national paper's page: its scope is the country

CASES = [
    ("a village's collective investment told as 那是村集体", PAPER,
     "城中村换新颜\n　　从天河区龙洞街道青石村走出去的大学生陈某，毕业后回到家乡。每次有客人来，他都要领到村口的"
     "广场，那是村集体投资300万元修建的。\n",
     [(3000000, "青石村")]),
    ("a village's rent income after 原来，村里", PAPER,
     "旧厂变新园\n　　在江西省南康区唐江镇卢屋村，老厂房换了新用途。原来，村里破旧的作坊被拆除，"
     "一年为村里增加租金收入500多万元。\n",
     [(5000000, "卢屋村")]),
    ("a village's plan after 村里计划, named before in its sentence", PAPER,
     "第一书记的账本\n　　广西桂平市社坡镇木根村第一书记王某到任后，先摸清了家底。为改变木根村产业薄弱的局面，"
     "2019年初，村里计划流转土地300亩，涉及40户村民。\n",
     [(300, "木根村"), (40, "木根村")]),
    ("a village's later paragraph, 如今村里", PAPER,
     "山村的路\n　　四川省平昌县白衣镇杨柳村地处深山。\n　　这些年，大家一起修路、种茶。如今村里建成茶园800亩。\n",
     [(800, "杨柳村")]),
    ("a village's collective income opening its sentence", PAPER,
     "村子富起来\n　　湖南省古丈县默戎镇牛角村近年来发展旅游。村集体经济收入从3万元增加到40万元。\n",
     [(30000, "牛角村"), (400000, "牛角村")]),
    # negatives: no sure village, another village, a firm in the sentence, a phrase read as a name
    ("another village named again after the introduced one", PAPER,
     "两个村的故事\n　　河北省阜平县龙泉关镇石门村今年脱贫。邻近的石桥村也在发展，石桥村的村民种起了香菇。"
     "村里建成香菇大棚60亩。\n",
     [(60, "阜平县")]),
    ("a phrase about a village is no village's name", PAPER,
     "穷村变富村\n　　甘肃省古浪县远近闻名的穷村这几年变了样。村里建成大棚15亩。\n",
     [(15, "古浪县")]),
    ("a village's sentence with no village introduced stays empty", PAPER,
     "山村新事\n　　记者来到一个山村。村里建成茶园8亩。\n",
     [(8, None)]),
]

GAPS = {
    # left: a farm of the village in an earlier clause of the sentence keeps the county in force (its own clause
    # names no firm), where the farm's figure is no place's
    ("a farm of the village owns its figure", PAPER,
     "养鸽致富\n　　广西博白县江宁镇木田村发展养鸽。村里最大的一家养鸽场，鸽子达3万多只。\n",
     ((30000, None),)),
}
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_region48(label, name, text, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], PUBLISHED, name)
