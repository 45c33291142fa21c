"""A firm or a lab named by its own name and a kind word firm_kind leaves out (`…科技`, `…实验室`), opening its sentence
as the actor with its act right after it, owns its figures: no region from the city the story is set in, its name
on a firm's measure named alone, and never twice. A place's own total in another sentence keeps its region; a field
or a class (`农业科技`, `省重点实验室`) is no firm. Each row is our own sentence: ALL its facts as (subject, region)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 6, 10)
LEAD = "本报绍兴6月9日电　绍兴市今年新增市场主体3200户。"  # the story's city, with a total of its own
CITY = ("新增市场主体", "绍兴市")

CASES = [
    ("a tech firm's revenue and growth after its act",
     LEAD + "云帆科技去年实现营业收入12亿元，同比增长20%。\n",
     [CITY, ("云帆科技实现营业收入", None), ("云帆科技实现营业收入", None)]),
    ("a tech firm's measure named alone in a later clause",
     LEAD + "东岭科技联合两家医院研发出筛查系统，营业收入增长3倍。\n",
     [CITY, ("东岭科技营业收入", None)]),
    ("a tech firm after a time lead, its sales",
     LEAD + "今年一季度，北辰科技推出新版平台，销售收入达到3亿元。\n",
     [CITY, ("北辰科技销售收入", None)]),
    ("a lab's count right after its act",
     LEAD + "西湖材料实验室引进12名两院院士。\n",
     [CITY, ("西湖材料实验室引进两院院士", None)]),
    ("a lab's revenue in a later clause",
     LEAD + "之江实验室引进12名两院院士，营业收入达到5亿元。\n",
     [CITY, ("之江实验室引进两院院士", None), ("之江实验室营业收入", None)]),
    ("past the partners' clause and the world the firm works in",
     LEAD + "东岭科技联合杭州和宁波两地的医院，研发出筛查系统，全球累计处理病例超过27万例。\n",
     [CITY, ("累计处理病例", None)]),
    ("past the partners' clause of a named group",
     LEAD + "东升集团携手杭州三所高校，建成联合研发中心，累计申请专利120项。\n",
     [CITY, ("东升集团累计申请专利", None)]),
    ("a project sized by its investment and its output",
     LEAD + "2019年12月，投资3.5亿元，年产8000吨的一期工程正式投产。\n",
     [CITY, ("一期工程投资", None)]),
    ("a project sized by its investment and its floor area",
     LEAD + "去年，总投资6亿元，建筑面积12万平方米的会展中心建成开放。\n",
     [CITY, ("会展中心总投资", None), ("建筑面积", "绍兴市")]),
    ("a project sized by its investment and its capacity, with 、",
     LEAD + "今年，投资2亿元、年产能5000台的装配车间开工建设。\n",
     [CITY, ("装配车间投资", None)]),
    ("a firm pointed at where it works, its revenue in a later clause",
     LEAD + "东升集团中国区总经理李明表示，该公司在浙江保持着较快增长，去年营业收入增长12%。\n",
     [CITY, ("东升集团营业收入", None)]),
    ("a firm pointed at in the next sentence, its profit",
     LEAD + "北岭银行成立于1998年。该行一直在杭州深耕小微金融，今年一季度净利润达到8亿元。\n",
     [CITY, ("北岭银行净利润", None)]),
    ("a firm pointed at where it has grown roots, its output",
     LEAD + "东江集团董事长介绍，该集团扎根绍兴20年，去年产值突破50亿元。\n",
     [CITY, ("东江集团产值", None)]),
    # negatives: a field or a class of labs is no firm; a place named in the figure's clause keeps its region
    ("a field's contribution is the city's",
     LEAD + "农业科技进步贡献率达到62%。\n",
     [CITY, ("农业科技进步贡献率", "绍兴市")]),
    ("a class of labs counted is the city's",
     LEAD + "省重点实验室新增8家。\n",
     [CITY, ("省重点实验室新增", "绍兴市")]),
    ("a partner that is a firm leaves the place's region",
     LEAD + "东升集团联合杭州的北岭公司，在绍兴新建工厂3座。\n",
     [CITY, ("新建工厂", "绍兴市")]),
    ("a place after the partners' clause is the figure's own",
     LEAD + "东升集团联合两所高校，在绍兴新建工厂3座。\n",
     [CITY, ("新建工厂", "绍兴市")]),
    ("a set of projects sized so is the place's",
     LEAD + "今年，投资3亿元，年产8000吨的10个项目集中开工。\n",
     [CITY, ("投资", "绍兴市"), ("项目集中开工", "绍兴市")]),
    ("the place's own total after a firm's site stays the place's",
     LEAD + "东升集团成立于1998年。该公司在浙江建厂，当地工业产值增长12%。\n",
     [CITY, ("当地工业产值", "浙江省")]),
    ("a deal with the local government keeps the local place",
     LEAD + "东升集团总经理李明表示，该公司在江苏省设有3座工厂，前不久还与当地政府签署了投资5亿美元的协议。\n",
     [CITY, ("东升集团在江苏省设工厂", "绍兴市"), ("投资", "江苏省")]),
    ("a field's research named with its act is no firm",
     LEAD + "长三角三地科技研发投入增长15%。\n",
     [CITY, ("长三角三地科技研发投入", "长三角")]),
    ("a verb's object is no firm",
     LEAD + "聚焦科技服务，全市新建孵化器12家。\n",
     [CITY, ("新建孵化器", "绍兴市")]),
    ("a tech firm listed with another is no one actor",
     LEAD + "云帆科技与东岭科技共同投资5亿元。\n",
     [CITY, ("云帆科技与东岭科技共同投资", "绍兴市")]),
]


@pytest.mark.parametrize("label,text,expected", CASES)
def test_owners41(label, text, expected):
    got = [(f["subject"], f["region"]) for f in facts_of(text, PUBLISHED)]
    assert got == expected
