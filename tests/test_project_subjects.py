"""Subjects of project figures a reader can read alone: the set of projects, firms or plots just counted owns the
amount named alone after it (lexicon/owners.toml `counted_owner`, `counted_measure`), a figure that describes the
thing after it is that thing's and never the previous figure's (`attributed_describes`, `attributed_thing_head`), and
the words of progress, a measure word or `首次` left around a name are trimmed (lexicon/subjects.toml), and a total
named alone is the project the clause before opens with (project_topics.py)."""

from __future__ import annotations

import pytest
from factcase import named_values

CASES = [
    # the act the things counted did names the set (入驻企业, 集中签约项目), which owns the amount after it
    ("通过多轮招商，临江产业园先后吸引了40余家企业入驻，协议投资总额近9亿美元。",
     [("investment", "入驻企业协议投资总额", 900000000)]),  # 企业入驻 without its park: a bare name (round 50)
    ("会上，25个项目集中签约，签约额达120多亿元。",
     [("other", "项目集中签约", 25), ("investment", "集中签约项目签约额", 12000000000)]),
    # plots of land counted, and where the amount is (`…宗土地中，`)
    ("在德清县已入市的150宗土地中，投资额已超过8亿元。",
     [("other", "入市土地", 150), ("investment", "入市土地投资额", 800000000)]),
    # the firms a place drew in own their actual investment, which is brought in, not completed
    ("今年贵州省吸引沿海来黔投资企业210家，实际投资额达96亿元。",
     [("other", "沿海来黔投资企业", 210), ("investment", "沿海来黔投资企业实际投资额", 9600000000)]),
    # the progress of the projects counted is no part of them
    ("今年一月，园区新增企业12家，260余个在建项目有序推进。",
     [("other", "园区新增企业", 12), ("investment", "在建项目", 260)]),
    ("全市98个重点项目加快建设。", [("investment", "重点项目", 98)]),
    # a measure word before a figure that describes the thing after it belongs to the thing
    ("这座总投资8.5亿元的智能家电工厂，正在加紧建设。", [("investment", "智能家电工厂总投资", 850000000)]),
    ("其中有一个总投资超5亿元的项目，创下纪录。", [("investment", "总投资", 500000000)]),
    # told after what holds the thing (`还包括`, `还建有`): the thing's, never the holder's verb phrase
    ("援建内容中还包括总投资超过500万美元的社区供水改造项目。", [("investment", "社区供水改造项目总投资", 5000000)]),
    ("园区还建有总投资超过6亿元的冷链物流中心。", [("investment", "冷链物流中心总投资", 600000000)]),
    # a figure that describes a firm after it is no measure of the area before it
    ("园区面积已达260亩，有投资6000万元的高新技术企业某某电器、投资4000万元的某某机械公司等6家企业入驻。",
     [("other", "园区面积", 260), ("investment", "投资", 60000000), ("investment", "某某机械公司投资", 40000000)]),
    ("占地180亩、投资约15亿元的某某水乡，如今游人寥寥。",
     [("other", "某某水乡占地", 180), ("investment", "某某水乡投资", 1500000000)]),
    # a bare act after a measure of the thing's build (its length, site, floor area) is the thing's, not the measure's
    ("北岭至南湖高铁全长533公里，投资740亿元。",
     [("other", "北岭至南湖高铁全长", 533), ("investment", "北岭至南湖高铁投资", 74000000000)]),
    ("某某水乡占地180亩，投资约15亿元。", [("investment", "某某水乡投资", 1500000000)]),
    ("某某中心总建筑面积12万平方米，投资8亿元。", [("investment", "某某中心投资", 800000000)]),
    # `首次` left once the verb it went with is cut
    ("全省常住人口城镇化率首次超过55%。", [("other", "常住人口城镇化率", 55)]),
    ("前不久，某区举行重大项目集中开工仪式，集中开工9个项目，单季集中开工投资首次超过200亿元。",
     [("investment", "集中开工项目", 9), ("investment", "单季集中开工投资", 20000000000)]),
]

TOPICS = [
    # the project the clause just before opens with owns the total named alone (project_topics.py)
    ("某某360剧场位于某某新城，项目总投资约6亿元，预计明年完工。", [("investment", "某某360剧场项目总投资", 600000000)]),
    ("某某柑橘小镇坐落于江边，总投资3亿元。", [("investment", "某某柑橘小镇总投资", 300000000)]),
    # a project's name may hold a slash (`万吨/年`): the project a reported clause opens with `是` owns the total
    ("东升集团负责人介绍，东升2000万吨/年炼化一体化项目是经审议通过的特大型石化项目，总投资约600亿元。",
     [("investment", "东升2000万吨/年炼化一体化项目总投资", 60000000000)]),
    # a total that points back (`该项目总投资`) opening its sentence is the project's the sentence before opens at the site of
    ("在北岭化工新材料基地项目建设现场，工人们正在加紧施工。该项目总投资达500亿元，是当地又一标志性工程。",
     [("investment", "北岭化工新材料基地项目总投资", 50000000000)]),
    ("在南湖污水处理厂项目工地上，机器轰鸣。该项目总投资约8亿元。", [("investment", "南湖污水处理厂项目总投资", 800000000)]),
    # negatives: a site of a kind of projects, or a sentence before that opens at no site, names no one project
    ("在重点项目建设现场，工人们正在加紧施工。该项目总投资达500亿元。", [("investment", "该项目总投资", 50000000000)]),
    ("北岭大桥连接两岸。该项目总投资达50亿元。", [("investment", "该项目总投资", 5000000000)]),
    # a pointer, a scope or another sentence names no one project
    ("该项目位于某某新城，总投资约6亿元。", [("investment", "总投资", 600000000)]),
    ("全市重点项目位于城区，总投资约6亿元。", [("investment", "总投资", 600000000)]),
    ("某某360剧场位于某某新城。总投资约6亿元。", [("investment", "总投资", 600000000)]),
]

NEGATIVES = [
    # a count of things that are no projects, firms or land owns no amount
    ("全市已入市的208名人员中，投资额已超过12亿元。", [("other", "入市人员", 208), ("investment", "投资额", 1200000000)]),
    # a rate of firms that moved in is no set
    ("园区企业入驻率达90%，协议投资总额近9亿美元。", [("other", "园区企业入驻率", 90), ("investment", "协议投资总额", 900000000)]),
]


@pytest.mark.parametrize("text,expected", CASES + TOPICS + NEGATIVES)
def test_project_subjects(text, expected):
    assert named_values(text) == expected
