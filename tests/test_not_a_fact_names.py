"""Numbers that are no reported figure, eleventh round (audit judged19, classes N1–N3): a capacity that names one
project, a five-year plan's list, one building's area, one station's modules, one charity's capital, the fallen of
one battle, one project's transformers, one broadcast's set-up, one city's task forces, the `吨粮田` bar, a service
list's items by handling time and a selected set's size. Each class in phrasings of our own, with neighbours in like
wording that are reported figures and must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # a capacity that names one project (N3)
    ("a base brought in", "今年,临江市成功引进80万吨钛白粉一体化产业基地等一批重大项目。", []),
    ("projects put into production", "随着60万吨乙二醇、120万吨聚丙烯等大型化工项目的投产,园区产业链逐步完善。", []),
    ("a project signed", "开发区签约30万吨再生铝项目。", []),
    ("capacity added stays", "今年全市新增产能80万吨。", [8e5]),
    ("projects' total stays", "目前,集团在建的28个、总装机容量190万千瓦的风电项目已全部复工。", [28, 1.9e6]),
    ("annual output stays", "该港去年货物吞吐量1200万吨,增长8%。", [1.2e7, 8]),
    # a five-year plan's list (N2/N3)
    ("a plan's projects", "实施好“十四五”规划102项重大工程项目。", []),
    ("a plan's indicators", "“十三五”规划确定的8项约束性指标中,多数提前完成。", []),
    # one start-up's funding round (catalogued as investment, still a particular)
    ("a student's start-up round", "他参与创办的公司获天使投资200万元。", []),
    ("a firm's series A", "今年3月,这家企业完成A轮融资8000万元。", []),
    ("a province's investment stays", "去年,全省完成固定资产投资8000亿元。", [8e11]),
    ("projects started stay", "今年全省开工建设重大项目102项。", [102]),
    # one object's particulars (N1)
    ("one building's floor area", "总部大楼建筑面积25万平方米,由4座塔楼组成。", []),
    ("housing built stays", "全市竣工住宅面积25万平方米。", [2.5e5]),
    ("a station's modules", "据介绍,空间站基本构型有3个舱段,核心舱有4个对接口和1个停泊口。", []),
    ("craft launched stay", "今年共发射载人飞船2艘。", [2]),
    ("one charity's capital", "2016年,她注册了一家公益组织,公益组织注册资金8万元。", []),
    ("a place's new capital stays", "今年以来,全市新登记市场主体注册资本1200亿元。", [1.2e11]),
    ("the fallen of one battle", "那场战斗中,4名战士和1名民兵壮烈牺牲。", []),
    ("the fallen before the count", "这场战斗中牺牲的4名战士被追认为烈士。", []),
    ("one project's transformers", "供电所为该项目快速办理3台630千伏安变压器的报装接电。", []),
    ("transformers a grid adds stay", "全省今年新增变压器1200台。", [1200]),
    ("one broadcast's set-up", "电视台搭建了由1个总系统、5个分系统共86个机位组成的直播系统。", []),
    ("a broadcaster's channels for one show", "央视通过新闻频道等12个电视频道同步直播晚会。", []),
    ("a station's frequencies for one show", "某省广播电视台调动8个广播频率联合直播。", []),
    ("channels of a province stay", "截至去年底,全省各级电视台共开办电视频道120个。", [120]),
    ("a province's channels stay", "全省共有45个电视频道。", [45]),
    ("one city's task forces", "南川市成立用工、运输等9个专项领导小组,帮助企业复工。", []),
    # rule values, a list's content, a set's definition (N2)
    ("the ton-of-grain bar", "如今,这里两季粮食亩产都突破了1吨。", []),
    ("a county's grain stays", "全县粮食总产量突破1万吨。", [1e4]),
    ("a service list's items", "清单中即时办结的为15项,占比达52%。", []),
    ("a set's size", "据统计,承办建议数量较多的20家单位共确定内部重点办理建议85件。", [85]),
    ("the largest firms", "规模最大的10家企业营业收入增长12%。", [12]),
    ("a province's proposals stay", "全省共确定重点建议85件。", [85]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_names_and_particulars(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
