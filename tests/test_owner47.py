"""Owners of round 47: one institution's figure names its institution, and has no region. Round 46 put the actor's
name before a measure named alone (`东岭银行惠及农户`); these rows reach the institutions it missed: a court, a
tribunal, a procuratorate, a police station, a launch centre or an incubator named after its place (lexicon
`body_kind`), the parts after `其中` of such a body's whole, a name that opens with `贵` or `本` (`贵阳…机场`, `本钢集团`:
no pointing word), a subject that cut the body's place off (`中级人民法院共受理案件` of `某市中级人民法院`), and an owner
whose name and measure together pass sixteen characters (the name does not count against the measure's length).
A place's courts (`杭州市人民法院`, `全省法院`) stay the place's. The bodies of one kind as a whole (`全国检察机关`)
opening a sentence as its actor own its later clauses' measures (检察机关收到群众来信), their region the scope's.
Each row is our own text: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 23)
PAPER = "rmrb-2020-05-23-05-01.txt"   # a national paper's page: its scope is the country
LOCAL = "case.txt"                    # a page of no known scope: its headline and lead name its place
LEAD = "本报北京5月22日电  "

CASES = [
    # a tribunal, a court, a procuratorate, a police station named after its place: its caseload is its own
    ("a tribunal's whole and its parts", PAPER,
     "法治观察\n　　" + LEAD + "截至今年6月，修文县环境资源审判庭已受理各类环境案件1200件，其中刑事案件300件、民事案件500件。\n",
     [(1200, "环境资源审判庭受理各类环境案件", None), (300, "修文县环境资源审判庭刑事案件", None),
      (500, "修文县环境资源审判庭民事案件", None)]),
    ("a tribunal's long part keeps its figure", LOCAL,
     "贵州法治\n　　截至今年6月，修文县环境资源审判庭已受理各类案件900件，其中行政非诉审查案件210件。\n",
     [(900, "环境资源审判庭受理各类案件", None), (210, "修文县环境资源审判庭行政非诉审查案件", None)]),
    ("a city's intermediate court", LOCAL,
     "杭州法治\n　　去年，杭州市中级人民法院共受理案件1.2万件，审结1.1万件。\n",
     [(12000, "杭州市中级人民法院受理案件", None), (11000, "杭州市中级人民法院审结案件", None)]),
    ("an internet court", LOCAL,
     "杭州法治\n　　去年，杭州互联网法院共受理案件1.2万件，审结1.1万件。\n",
     [(12000, "杭州互联网法院受理案件", None), (11000, "杭州互联网法院案件审结", None)]),
    # since round 67 a place's procuratorate is its place's, as its courts are (kinds67c)
    ("a county procuratorate's part", PAPER,
     "检察\n　　去年，修文县人民检察院共办理公益诉讼案件86件，其中行政公益诉讼案件70件。\n",
     [(86, "人民检察院办理公益诉讼案件", "修文县"), (70, "行政公益诉讼案件", "修文县")]),
    ("a police station's second clause", LOCAL,
     "修文县春节平安\n　　春节期间，修文县龙场派出所共出动警力120人次，处理警情15起。\n",
     [(120, "龙场派出所出动警力", None), (15, "修文县龙场派出所处理警情", None)]),
    # an incubator: the teams it counts are no firms of its city
    ("an incubator's teams", LOCAL,
     "深圳创业\n　　截至目前，深圳青年梦工场累计孵化创业团队446家，其中港澳团队227家。\n",
     [(446, "青年梦工场累计孵化创业团队", None), (227, "深圳青年梦工场孵化港澳团队", None)]),
    # `贵` and `本` open names, they point only before a kind
    ("an airport whose name opens with 贵", PAPER,
     "机场\n　　2019年，贵阳龙洞堡国际机场国际航线增至25条，货邮吞吐量12万吨。\n",
     [(25, "龙洞堡国际机场国际航线", None), (120000, "贵阳龙洞堡国际机场货邮吞吐量", None)]),
    # a long owner's name: the measure alone is held to the narrative length
    ("公司 standing for a branch named before", PAPER,
     "企业见闻\n　　在东岭新能源汽车分公司，公司总经理向记者介绍新车型。在当地政府推动下，公司去年有6家汽车零部件本地供应商，今年将达到12家。\n",
     [(6, "东岭新能源汽车分公司汽车零部件本地供应商", None), (12, "东岭新能源汽车分公司汽车零部件本地供应商", None)]),
    # the bodies of one kind as a whole opening the sentence own its later clauses' measures; the scope stays the region
    ("the country's procuratorates, an act clause first", PAPER,
     "检察工作成效\n　　" + LEAD + "全国检察机关认真落实部署，1至9月共收到群众来信25万件。\n",
     [(250000, "检察机关收到群众来信", "全国")]),
    ("the country's courts, a third clause", PAPER,
     "司法工作成效\n　　" + LEAD + "2019年，全国法院共受理执行案件1000万件，执结950万件，执行到位金额1.7万亿元。\n",
     [(10000000, "法院受理执行案件", "全国"), (9500000, "法院执行案件执结", "全国"),
      (1700000000000, "法院执行案件执行到位金额", "全国")]),
    # negatives: a place's courts keep the place
    ("a city's courts are the city's", LOCAL,
     "杭州法治\n　　去年，杭州市人民法院共受理案件1.2万件，审结1.1万件。\n",
     [(12000, "人民法院受理案件", "杭州市"), (11000, "人民法院案件审结", "杭州市")]),
    ("a province's courts are the province's", LOCAL,
     "浙江法治\n　　去年，全省法院共受理案件120万件，审结110万件。\n",
     [(1200000, "法院受理案件", "浙江省"), (1100000, "法院案件审结", "浙江省")]),
    ("an airport's routes, then the city's trade", PAPER,
     "机场\n　　2019年，贵阳龙洞堡国际机场国际航线增至25条，进出口总额41亿美元。\n",
     [(25, "龙洞堡国际机场国际航线", None), (4100000000, "进出口总额", None)]),
    ("a firm opening with 本 was read before too", PAPER,
     "企业扩产\n　　本钢集团去年实现营业收入500亿元，利润总额20亿元。\n",
     [(50000000000, "本钢集团实现营业收入", None), (2000000000, "本钢集团利润总额", None)]),
]

GAPS = {
    # left: a count after the act of an earlier clause keeps the thing alone (公安机关打掉恶势力犯罪集团)
    ("things counted after the system's act", PAPER,
     "公安工作成效\n　　" + LEAD + "一年来，全国公安机关共打掉涉黑组织1292个，恶势力犯罪集团5593个。\n",
     ((1292, "公安机关共打掉涉黑组织", "全国"), (5593, "公安机关打掉恶势力犯罪集团", "全国"))),
    # left: a launch centre's count keeps the paper's country, its subject the act alone (`发射`)
    ("a launch centre's launches", PAPER,
     "航天\n　　目前，西昌卫星发射中心已执行150余次发射任务。\n",
     ((150, "西昌卫星发射中心执行发射任务", None),)),
    # left: a firm known by its name alone (no kind word) opening the paragraph owns no later sentence's figures
    ("a firm named without its kind, then a sentence with no actor", PAPER,
     "老字号\n　　苏州稻香村创立于1773年。目前在全国拥有10个食品生产加工中心。\n",
     ((10, "苏州稻香村食品生产加工中心", None),)),
}
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_owner47(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s, "region": r} for v, s, r in expected], PUBLISHED, name)
