"""One project's own size (project_regions, lexicon/owners.toml `one_project_sized`, `generic_project_name`,
`project_topic_opening`): a total that sizes one named project (`总投资2亿元的商业中心`), or a total named alone in a
sentence one project opens (`该项目…，总投资…`, `某某光源被称为…，总投资…`), is the project's, so it gets no region,
never the city or province its story is set in. A set of projects, a bare kind (`的项目`), a count (`的两个…工程`) or a
clause that opens with a place keeps the place. Sentences are our own; each row: text, every fact as {value, region}."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
CITY_PAPER = "rmrb-2021-03-05-10-01.txt"


def _story(body: str) -> str:
    return "绍兴市重大项目建设提速\n\n　　绍兴市加快推进重大项目建设。" + body + "\n"


ONE_PROJECT = [
    ("a size before one centre", "总投资3亿元的物流中心，由8家合作社共同出资，目前已基本完工。",
     [{"value": 3e8, "region": None}, {"value": 8, "region": "绍兴市"}]),
    ("a size before one works, another verb", "数十台吊车正在作业，总投资逾150亿元的东江港五期工程正在紧张施工。",
     [{"value": 1.5e10, "region": None}]),
    ("a size before a capacity-named base", "总投资900亿元的50万吨新能源材料产业基地一期项目将于年内开工。",
     [{"value": 9e10, "region": None}]),
    ("a size before an industrial city", "总投资120亿元的北辰新材料产业城已部分投产。",
     [{"value": 1.2e10, "region": None}]),
    ("a pointer opens the sentence", "该项目占地80亩，总投资12.5亿元，预计2024年建成。",
     [{"value": 1.25e9, "region": None}]),
    ("a named facility opens the sentence", "南岭散裂中子源被称为探测物质结构的利器，占地600亩，总投资23亿元。",
     [{"value": 2.3e9, "region": None}]),
    ("a named park and where it stands", "东岭云数据中心位于城东新区，总投资45亿元。",
     [{"value": 4.5e9, "region": None}]),
    # a size told after what holds the thing (`还包括`, `还建有`) sizes the thing named after it
    ("a size after what holds it", "园区还建有总投资超过6亿元的冷链物流中心。", [{"value": 6e8, "region": None}]),
    ("a size in what a project includes", "援建内容中还包括总投资超过500万美元的社区供水改造项目。",
     [{"value": 5e6, "region": None}]),
    # a pointer or `一个` before the size makes even a bare kind after it one project
    ("a pointer and the area before the size", "村书记说，这项占地900亩、总投资2.4亿元的项目将带动全村增收。",
     [{"value": 2.4e8, "region": None}]),
    ("one project counted before its size", "某外资企业去年继续加码，其中有一个总投资超5亿元的项目，刷新其单笔投资纪录。",
     [{"value": 5e8, "region": None}]),
]

KEPT = [
    ("a bare kind after the size: several projects", "全市总投资超130亿元的项目集中开工。",
     [{"value": 1.3e10, "region": "绍兴市"}]),
    ("a bare kind after what holds it", "全市还建有总投资超过60亿元的项目。", [{"value": 6e9, "region": "绍兴市"}]),
    ("a set counted before", "今年新开工项目56个，总投资380亿元。",
     [{"value": 56, "region": "绍兴市"}, {"value": 3.8e10, "region": "绍兴市"}]),
    ("a threshold is no one project", "总投资亿元以上的项目达到46个。", [{"value": 46, "region": "绍兴市"}]),
    ("every one of the projects", "每一个总投资超亿元的项目都有专班跟进，全市共有这类亿元以上项目46个。",
     [{"value": 46, "region": "绍兴市"}]),
    ("a set of key projects", "总投资300亿元的一批重点项目集中签约。", [{"value": 3e10, "region": "绍兴市"}]),
    ("the place's own investment", "去年全市完成固定资产投资增长8%。", [{"value": 8, "region": "绍兴市"}]),
]


@pytest.mark.parametrize("label, body, expected", ONE_PROJECT + KEPT, ids=[c[0] for c in ONE_PROJECT + KEPT])
def test_one_projects_size_has_no_region(label, body, expected):
    assert_exactly(_story(body), expected, DAY, name=CITY_PAPER)
