"""Places a figure's clause refers to without opening with them: a place after `位于`/`地处` (`位于绍兴的工厂投资…`),
after an example's opener (`一组是成都市…`), `当地` standing for the division its sentence named before, the
division a national body allots money to (`财政部下达河南的…`), and a model spread to a count of divisions
(`推广到12个省40个县`: its figures are no single county's). Precision first: a figure these do not settle keeps
the place it had, or none."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-03-01.txt"  # a national paper: its scope is 全国

CASES = [
    # a place after `位于`/`坐落于`/`地处` opens the clause: the firm's or facility's place
    ("located in a city",
     "民企新春开工忙\n\n　　位于绍兴的某新材料产业园投资超过30亿元,已于正月初八开工。\n",
     [{"value": 3e9, "region": "绍兴市"}]),
    ("located in a county",
     "民企新春开工忙\n\n　　地处山区的景宁县,去年接待游客800万人次。\n",
     [{"value": 8e6, "region": "景宁畲族自治县"}]),
    # an example's opener before the place
    ("one set of data",
     "抗疫成效显著\n\n　　有两组数据最能说明问题,一组是成都市重症患者救治成功率达92%。\n",
     [{"value": 92, "region": "成都市"}]),
    ("the other example",
     "抗疫成效显著\n\n　　另一个是西安市累计治愈出院患者120人。\n",
     [{"value": 120, "region": "西安市"}]),
    # `当地` after the sentence named a division
    ("local government after a province",
     "外资企业看好中国市场\n\n　　该公司负责人表示,公司在安徽省已经连续投资多年,近日又与当地政府签署了未来3年投资2亿美元的协议。\n",
     [{"value": 2e8, "region": "安徽省"}]),
    ("local schools after a partner city",
     "体育进校园\n\n　　团队去年与甘肃天水市合作,当地开展足球培训的中小学达28所。\n",
     [{"value": 28, "region": "天水市"}]),
    ("local after a foreign country keeps the country",
     "外资企业看好中国市场\n\n　　该集团在德国设有研发中心,当地员工超过500人。\n",
     [{"value": 500, "region": "德国"}]),
    # a county's organs named alone (`县委县政府`) after the sentence named the county, in a province's story
    ("county organs after the county",
     "贵州易地搬迁见成效\n\n　　针对赫章县山高坡陡的实际,县委县政府反复研究,共建成安置点12个。\n",
     [{"value": 12, "region": "赫章县"}]),
    ("county government after the county",
     "贵州易地搬迁见成效\n\n　　在赫章县,县政府今年投入资金3亿元改造危房。\n",
     [{"value": 3e8, "region": "赫章县"}]),
    ("county organs with two counties named are no single one's",
     "贵州易地搬迁见成效\n\n　　赫章县和威宁县山高坡陡,县委县政府共建成安置点12个。\n",
     [{"value": 12, "region": None}]),
    # a place acting with partners after `与` (`…与广州、佛山等城市合作`): the partners are no co-subjects
    ("a city with its partner cities",
     "东融枢纽\n\n　　目前,钦州市与广东省湛江、茂名等城市合作,共签约重点项目80个,总投资超500亿元。\n",
     [{"value": 80, "region": "钦州市"}, {"value": 5e10, "region": "钦州市"}]),
    ("a province signing with a partner province",
     "区域合作\n\n　　今年,江西省同浙江省签署协议,共建产业园区12个。\n",
     [{"value": 12, "region": "江西省"}]),
    # negatives: two places listed as co-subjects, and things sent to places listed
    ("two cities listed",
     "区域合作\n\n　　今年,钦州市与北海市新增企业共3000家。\n",
     [{"value": 3000, "region": None}]),
    ("countries signing together make a pair's figure",
     "论坛成果\n\n　　论坛上,法国与非洲国家签署了超过30个经济领域合作协议。\n",
     [{"value": 30, "region": None}]),
    ("sent to listed cities",
     "驰援一线\n\n　　该公司向武汉、黄冈等地捐赠口罩20万只。\n",
     [{"value": 200000, "region": None}]),
    # a site set up in a place (`在大湾区设立工作站，…`) is where it stands: later clauses stay the story's
    ("a station set up in a macro-region",
     "钦州融入湾区\n\n　　钦州市人社局在粤港澳大湾区设立招才工作站,举办专场招聘,今年以来共引进人才500多人。\n",
     [{"value": 500, "region": "钦州市"}]),
    ("an office set up in a city",
     "钦州融入湾区\n\n　　钦州市商务局在深圳设立招商联络处,今年以来共签约项目40个。\n",
     [{"value": 40, "region": "钦州市"}]),
    # negative: the site's own clause counts the sites there
    ("sites counted in their own clause",
     "钦州融入湾区\n\n　　今年以来,钦州市在深圳设立驻深招商联络处3个。\n",
     [{"value": 3, "region": "钦州市"}]),
    ("firms counted where they are set up",
     "企业出海\n\n　　截至去年底,在德国设立的中资企业超过2000家。\n",
     [{"value": 2000, "region": "德国"}]),
    # a place after `为` that gains what the figure measures (`为法国带来…收入`) is the figure's place
    ("revenue brought to a country",
     "老龄社会\n\n　　目前,养老产业每年可为德国带来超过300亿欧元的收入。\n",
     [{"value": 3e10, "region": "德国"}]),
    ("jobs created for a city",
     "文旅融合\n\n　　去年,旅游业为桂林创造就业岗位3万个。\n",
     [{"value": 30000, "region": "桂林市"}]),
    # negative: `为` before no place keeps the paper's scope
    ("brought to firms",
     "老龄社会\n\n　　目前,养老产业每年可为企业带来超过300亿欧元的收入。\n",
     [{"value": 3e10, "region": "全国"}]),
    # a county under its former name (a county made a city) is that division, written as the text names it
    ("a county now a city",
     "广西搬迁群众稳得住\n\n　　在平果县,去年底2000多户贫困户搬进新居。\n",
     [{"value": 2000, "region": "平果县"}]),
    # a national body allots to a division
    ("bonds allotted to a province",
     "专项债发力稳投资\n\n　　截至2月底,财政部提前下达河南的前两批560亿元2021年专项债券已全部发行完毕。\n",
     [{"value": 5.6e10, "region": "河南省"}]),
    ("relief allotted to a province",
     "救灾资金及时到位\n\n　　中央财政拨付给湖南的救灾资金共计12亿元。\n",
     [{"value": 1.2e9, "region": "湖南省"}]),
    ("allotted to every province stays national",
     "专项债发力稳投资\n\n　　财政部下达各省的专项债券额度达1.29万亿元。\n",
     [{"value": 1.29e12, "region": "全国"}]),
    # a model spread to a count of divisions: its figures are over them, not the county's
    ("model spread to counties",
     "脱贫攻坚\n\n　　在四川苍溪县,当地探索的产业扶贫模式推广到全国9个省（区）31个县,带动贫困人口12万多人。\n",
     [{"value": 120000, "region": None}]),
    ("network covering provinces",
     "脱贫攻坚\n\n　　江西赣县区的电商服务网络已覆盖15个省份,年销售额达3亿元。\n",
     [{"value": 3e8, "region": None}]),
    ("province's network over its cities stays the province's",
     "普惠金融\n\n　　浙江省农信系统服务网络覆盖11市60县,累计服务个人客户2000万户。\n",
     [{"value": 2e7, "region": "浙江省"}]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_referred_place(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
