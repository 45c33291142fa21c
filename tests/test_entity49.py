"""One institution's figure with a place inside its name (round 49): a port named after its city (`天津港`), a site whose
name opens with a province spelt with a character a body's name used to keep out (`新疆…景区`, `福建…景区`), a theatre
spelt with digits (`…360剧场`), a firm's whole staff pointed at by `全公司` and the figures of a sentence that says what its
one firm has become (`…已发展成为一家…集团，…品牌价值…`) are the institution's own: no region,
never the city, province or 全国 the name or the page holds. Aggregates keep their place. Each row is our own text:
ALL its facts (value, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 13)
PAPER = "rmrb-2020-05-13-05-01.txt"   # a national paper's page: its scope is the country
LOCAL = "case.txt"                    # a page of no known scope: its headline and lead name its place

CASES = [
    # a port named after its city: the port's throughput, not the city's
    ("a city's port opening the sentence", PAPER,
     "港口生产回升\n　　今年前4个月，天津港集装箱吞吐量达到560万标准箱，同比增长3.2%。\n",
     [(5600000, None), (3.2, None)]),
    ("a port after its province and city", PAPER,
     "港口生产回升\n　　一季度，江苏南通港完成货物吞吐量6000万吨。\n",
     [(60000000, None)]),
    ("a port whose city's name ends in 港", PAPER,
     "港口生产回升\n　　今年以来，连云港港集装箱吞吐量增长8%。\n",
     [(8, None)]),
    ("a port's throughput told after what it is", PAPER,
     "北部湾港口繁忙\n　　地处铁海联运节点的钦州港，去年跨入亿吨大港行列，今年上半年集装箱吞吐量突破120万箱。\n",
     [(1200000, None)]),
    # a site whose name opens with a province (新, 建 and 和 were kept out of a body's name)
    ("a site opening with 新疆 after a span lead", PAPER,
     "冬季旅游升温\n　　今年入冬以来，新疆喀纳斯景区共接待游客5万人次，同比增长30%。\n",
     [(50000, None), (30, None)]),
    ("a site opening with 福建 and its takings", PAPER,
     "假日出游\n　　春节假期，福建土楼景区接待游客18万人次，门票收入1200万元。\n",
     [(180000, None), (12000000, None)]),
    # a theatre spelt with digits, one project's total after where it stands
    ("a theatre with digits in its name, its project total", PAPER,
     "新城建设提速\n　　南京星光360剧场位于江北新区，项目总投资约4亿元，预计明年建成。\n",
     [(400000000, None)]),
    # a firm's whole staff: 全公司 points back at the firm a manager speaks for
    ("a firm's wage level told as 全公司", PAPER,
     "就业形势总体稳定\n　　去年全国城镇新增就业1361万人。某车辆厂总经理说：“去年底，全公司6000多人全部按时足额发放工资，"
     "工资水平比上年提高8%！”\n",
     [(13610000, "全国"), (8, None)]),
    # a sentence that says what its one firm has become: its figures are the firm's
    ("a firm's brand value after what it has become", PAPER,
     "老字号焕发新活力\n　　苏州某某斋创立于清代。目前已发展成为一家集研发、生产、销售为一体的大型食品集团，2019年品牌价值达90亿元。\n",
     [(9000000000, None)]),
    ("a county's figures beside one firm said to be a private firm", LOCAL,
     "县域经济\n　　凤阳县今年新增规上企业30家，全县工业产值增长8%，某某食品是一家民营企业。\n",
     [(30, "凤阳县"), (8, "凤阳县")]),
    # negatives: a province's ports, a city's museums, a province's tourism, a city's projects, big banks as a group
    ("a province's ports as a whole", PAPER,
     "港口生产回升\n　　一季度，广东港口完成货物吞吐量4亿吨，湖北省定点医院收治患者3000人。\n",
     [(400000000, "广东省"), (3000, "湖北省")]),
    ("a province's visitors and takings", PAPER,
     "冬季旅游升温\n　　今年以来，新疆接待游客3000万人次，新疆旅游收入增长20%。\n",
     [(30000000, "新疆维吾尔自治区"), (20, "新疆维吾尔自治区")]),
    ("a city's museums and a theatre it builds", PAPER,
     "文化消费\n　　福州市新建一座大剧院，总投资5亿元。全市博物馆接待观众120万人次。\n",
     [(500000000, None), (1200000, "福州市")]),
    ("a city's projects counted", PAPER,
     "项目建设\n　　1—4月，沈阳市新签约亿元以上项目553个，同比增长303.6%。全市重点项目总投资1200亿元。\n",
     [(553, "沈阳市"), (303.6, "沈阳市"), (120000000000, "沈阳市")]),
    ("five big banks' loans are the country's", PAPER,
     "金融支持\n　　截至9月末，五家大型银行小微企业贷款余额是2.52万亿元，较2018年末增加8148亿元。\n",
     [(2520000000000, "全国"), (814800000000, "全国")]),
    ("a county-level city named 张家港", PAPER,
     "县域经济\n　　张家港市今年一季度地区生产总值增长5%。\n",
     [(5, "张家港市")]),
]

GAPS = {
    # left: a firm's plants counted 在全国 in the sentence that says what it has become (the scope word keeps the scopes')
    ("a firm's plants across the country", LOCAL,
     "老字号焕发新活力\n　　苏州某某斋创立于清代。目前在全国拥有8个食品加工中心，已发展成为一家大型食品集团。\n",
     ((8, None),)),
    # left: a county's court named without its county (`大邑全县…，县法院…`): one court's, but the county opens the sentence
    ("a county's court after the county's own figure", PAPER,
     "基层治理\n　　去年，凤阳全县矛盾纠纷调解成功数同比上升50%，县法院收案数同比下降12%。\n",
     ((50, "凤阳县"), (12, None))),
}
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_entity49(label, name, text, expected):
    assert_exactly(text, [{"value": v, "region": r} for v, r in expected], PUBLISHED, name)
