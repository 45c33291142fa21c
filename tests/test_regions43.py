"""Regions of a national paper's figures (round 43): the localities taken together (`各地…`, `指导各地…`) total the
country's figures (lexicon `localities_whole`); an organ's own staff and units (`局级单位`, `部机关干部`, `司局级干部`)
are its internal account, not the country's (lexicon `organ_internal_unit`); and the place a part under a national
feature's sub-heading opens its first example with is not that part's place (`place_overrides._example_under_subheading`);
places listed at the head of a `…的` modifier (`渗透率较高的北京和上海两个城市，`) spread over a `分别` clause's figures
(`clause_place_lists._modified`); and a count of poor counties takes the place of a higher level just before it
(`赴凉山州11个深度贫困县` → 凉山彝族自治州: lexicon `counted_divisions_after`).
Each row is our own text: ALL its facts as (value, subject, region)."""

from datetime import date

import pytest

from extractors.pipeline import extract_text

NATIONAL_PAPER = "rmrb-2021-06-02-02-01.txt"
PUBLISHED = date(2021, 6, 2)
DATELINE = "　　本报北京6月1日电  "

LOCALITIES = [
    ("the localities' total of funds",
     "稳就业成效明显\n" + DATELINE + "记者从人力资源社会保障部获悉：目前，各地用于职业技能培训的资金规模已超过300亿元。\n",
     [(3e10, "各地用于职业技能培训的资金规模", "全国")]),
    ("a ministry guiding the localities",
     "退役军人服务保障水平提升\n" + DATELINE + "（记者王五）退役军人事务部出台意见支持创业；指导各地举办专场招聘会3000多次，"
     "达成就业意向20万人次。\n",
     [(3000, "指导各地举办专场招聘会", "全国"), (2e5, "达成就业意向", "全国")]),
    ("the localities' grants and those they reach",
     "学生资助政策落实有力\n" + DATELINE + "记者从教育部获悉：今年以来，各地累计发放助学金45亿元，惠及学生300万人次。\n",
     [(4.5e9, "各地累计发放助学金", "全国"), (3e6, "惠及学生", "全国")]),
    ("the localities' works of a year",
     "农村公路建设提速\n" + DATELINE + "记者从交通运输部获悉：去年各地新建改建农村公路18万公里。\n",
     [(1.8e5, "各地新建改建农村公路", "全国")]),
    ("the whole country's localities",
     "电商助农成效显著\n" + DATELINE + "记者从商务部获悉：一季度，全国各地农产品网络零售额增长12%。\n",
     [(12, "各地农产品网络零售额", "全国")]),
    # negatives: a province's story, some places only, where things were collected from
    ("the localities of a province's story",
     "四川：助学金发放及时\n　　本报成都6月1日电  记者从四川省教育厅获悉：今年以来，各地累计发放助学金4.5亿元。\n",
     [(4.5e8, "各地累计发放助学金", None)]),
    ("some places, not all",
     "稳就业成效明显\n" + DATELINE + "记者从人力资源社会保障部获悉：目前，多地用于职业技能培训的资金规模已超过30亿元。\n",
     [(3e9, "多地用于职业技能培训的资金规模", None)]),
    ("things collected from everywhere",
     "纪念展开幕\n" + DATELINE + "展览展出从各地征集而来的150幅照片以及300余件珍贵实物藏品，吸引观众参观。\n",
     [(300, "珍贵实物藏品", None)]),
]

SPEECH = "建设模范机关\n　　某部办公厅负责同志 李四\n　　2020年以来，该部认真推进机关党建。"
ORGANS = [
    ("an organ's bureaus rotating their heads",
     SPEECH + "认真实施职务职级并行改革，去年局级单位主要负责同志轮岗占60%。\n",
     [(60, "局级单位主要负责同志轮岗占比", None)]),
    ("a ministry's own cadres sent to communities",
     SPEECH + "疫情期间，部机关干部下沉到40个社区参与防控。\n",
     [(40, "部机关干部下沉社区(参与防控)", None)]),
    ("an organ's senior cadres exchanged",
     "建设模范机关\n　　某部办公厅负责同志 李四\n　　2020年以来，该部认真推进机关党建，全年司局级干部交流轮岗32人。\n",
     [(32, "司局级干部交流轮岗", None)]),
    # negatives: the organs of a kind as a whole, a place's own cadres
    ("the procuratorates of the whole country",
     "建设模范机关\n" + DATELINE + "记者从最高人民检察院获悉：今年以来，全国检察机关共起诉1.2万人。\n",
     [(12000, "检察机关起诉人数", "全国")]),
    ("a city's cadres",
     "基层减负见实效\n" + DATELINE + "（记者孙七）疫情期间，广州市共有机关干部1.2万人次参与社区防控。\n",
     [(12000, "机关干部(参与社区防控)", "广州市")]),
    ("a city's bureaus",
     "基层减负见实效\n" + DATELINE + "（记者孙七）去年，广州市局级单位主要负责同志轮岗占40%。\n",
     [(40, "局级单位主要负责同志轮岗占比", "广州市")]),
]

SUBHEADINGS = [
    ("a province's bond issue opening a national feature's part",
     "专项债发力稳投资\n　　今年以来，我国专项债发行加快，我国积极的财政政策更加有为。财政部已提前下达新增专项债额度1万亿元。\n"
     "　　安全灵活，强化逆周期调节\n　　专项债主要为公益性项目筹资\n　　3月5日，湖北省首次发行水利专项债，发行规模15亿元。\n"
     "　　越来越多的地方正通过发行专项债补短板。\n　　市场预计全年专项债发行额将超过3万亿元。\n",
     [(1e12, "已提前下达新增专项债额度", "全国"), (1.5e9, "发行规模", "湖北省"), (3e12, "专项债发行额", "全国")]),
    ("a city's vouchers opening a national feature's part",
     "消费券激活市场\n　　近期，我国多个城市发放消费券，我国消费潜力正在释放。\n　　精准发放，撬动消费增长\n"
     "　　政府补贴带动居民消费\n　　4月10日，宁波市发放首批消费券，金额1亿元。\n　　专家认为，消费券应精准投放。\n"
     "　　据测算，全年消费券发放规模有望超过500亿元。\n",
     [(5e10, "消费券发放规模有望", "全国")]),
    # negative: a story filed from the city, its lead's place is the story's
    ("a city's own story",
     "消费券激活市场\n　　本报宁波6月1日电  （记者赵六）4月10日，宁波市发放首批消费券，金额1亿元。\n"
     "　　专家认为，消费券应精准投放。\n　　据测算，全年消费券发放规模有望超过5亿元。\n",
     [(5e8, "消费券发放规模有望", "宁波市")]),
]

RESPECTIVE = [
    ("two cities at the head of a modifier",
     "春节消费\n" + DATELINE + "某平台数据显示，外卖渗透率较高的北京和上海两个城市，节日期间下单用户数分别增长12%和18%。\n",
     [(12, "下单用户数", "北京市"), (18, "下单用户数", "上海市")]),
    ("three cities at the head of a modifier",
     "春节消费\n" + DATELINE + "数据显示，消费较旺的北京、上海、广州三个城市，假日期间客流量分别增长7%、9%和11%。\n",
     [(7, "客流量", "北京市"), (9, "客流量", "上海市"), (11, "客流量", "广州市")]),
    ("two provinces at the head of a modifier, no count",
     "春耕生产\n" + DATELINE + "记者获悉，粮食主产的河南和山东，春播面积分别增加3%和4%。\n",
     [(3, "春播面积", "河南省"), (4, "春播面积", "山东省")]),
]

COUNTED_COUNTIES = [
    ("a prefecture's poorest counties the cadres go to",
     "脱贫攻坚\n　　本报成都2月24日电  去年6月，四川从全省各单位选派5700多名干部，分赴凉山州11个深度贫困县开展帮扶。\n",
     [(5700, "从全省各单位选派干部", "四川省"), (11, "凉山州深度贫困县", "凉山彝族自治州")]),
    ("a prefecture's poor counties named after a verb",
     "脱贫攻坚\n" + DATELINE + "去年，省里选派干部赴凉山州11个深度贫困县开展帮扶。\n",
     [(11, "深度贫困县", "凉山彝族自治州")]),
    # negatives: the country's and a province's own counts keep their place
    ("the country's poor counties",
     "脱贫攻坚\n" + DATELINE + "截至去年底，全国832个贫困县中已有436个摘帽。\n",
     [(832, "贫困县", "全国"), (436, "摘帽的贫困县", "全国")]),
    ("a province's poor counties",
     "脱贫攻坚\n　　本报成都2月24日电  截至去年底，四川省88个贫困县中已有68个摘帽。\n",
     [(88, "贫困县", "四川省"), (68, "摘帽的贫困县", "四川省")]),
]


def _facts(text: str) -> list[tuple]:
    return [(f.contract()["value"], f.contract()["subject"], f.contract()["region"])
            for f in extract_text(text, NATIONAL_PAPER, PUBLISHED).facts]


@pytest.mark.parametrize("label,text,expected", LOCALITIES + ORGANS + SUBHEADINGS + RESPECTIVE + COUNTED_COUNTIES)
def test_regions43(label, text, expected):
    assert _facts(text) == [(pytest.approx(v), s, r) for v, s, r in expected]
