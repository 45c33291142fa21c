"""Investment: completed, attracted, special bonds, funds secured (base units) and project counts."""

import pytest
from factcase import assert_facts, facts_of

CASES = [
    # a count of projects by size, contract funds, and what construction put in over the years
    ("去年引进项目20个,合同资金额55亿元,亿元项目9个,其中10亿元项目3个。",
     [("investment.contracted", 5500000000, "CNY"), ("investment.projects", 9, "个"), ("investment.projects", 3, "个")]),
    ("全年城市基础设施建设投入16亿元。", [("investment.completed", 1600000000, "CNY")]),
    ("2020年,全市实施500万元以上项目327个,完成投资181.68亿元。",
     [("investment.completed", 18168000000, "CNY"), ("investment.projects", 327, "个")]),
    ("2020年,获批地方政府专项债券项目35个,发行23.89亿元。", [("investment.special_bonds", 2389000000, "CNY")]),
    ("2020年招商引资到位资金118亿元。", [("investment.attracted", 11800000000, "CNY", {"period_end": "2020-12-31"})]),
    ("2020年争取各类资金75.9亿元,增长41%。", [("investment.funds_secured", 7590000000, "CNY")]),
    ("2020年实施48个民生项目,完成投资12.9亿元。",
     [("investment.completed", 1290000000, "CNY"), ("民生项目", 48, "个")]),
    ("2019年全年完成固定资产投资148.6亿元。", [("investment.completed", 14860000000, "CNY")]),
    ("通化市2020年招商引资到位资金210亿元。", [("investment.attracted", 21000000000, "CNY", {"region": "通化市"})]),
    ("2020年全省发行地方政府专项债券31.5亿元。", [("investment.special_bonds", 3150000000, "CNY")]),
    ("2019年争取中央预算内投资资金5.6亿元。", [("investment.funds_secured", 560000000, "CNY")]),
    ("全年实际利用外资5000万美元。", [("investment.attracted", 50000000, "USD")]),
    ("谋划储备亿元以上项目225个。", [("investment.projects", 225, "个")]),
    # projects under construction, completed or put into use; funds of projects brought in above a threshold
    ("全年在建施工项目1800个,竣工投产或投入使用项目60个。",
     [("investment.projects", 1800, "个"), ("investment.projects", 60, "个")]),
    ("实际引进市外3000万元以上项目资金500亿元。", [("investment.attracted", 50000000000, "CNY")]),
    ("新开工亿元以上重点项目58个,完成投资76亿元。",
     [("investment.projects", 58, "个"), ("investment.completed", 7600000000, "CNY")]),
    ("吉林省2021年计划发行专项债券200亿元。", [("investment.special_bonds", 20000000000, "CNY", {"status": "target"})]),
    ("争取上级资金约12亿元。", [("investment.funds_secured", 1200000000, "CNY", {"qualifier": "approx"})]),
    ("招商引资到位资金突破100亿元。", [("investment.attracted", 10000000000, "CNY", {"qualifier": "more_than"})]),
    ("完成辽河流域污染治理项目43个。", [("investment.projects", 43, "个")]),
    ("全市完成投资1,250万元。", [("investment.completed", 12500000, "CNY")]),
    ("招商引资签约项目56个,签约额320亿元。",
     [("investment.projects", 56, "个"), ("investment.contracted", 32000000000, "CNY")]),
    ("全年协议引资85.6亿元,实际到位资金41亿元。",
     [("investment.contracted", 8560000000, "CNY"), ("investment.attracted", 4100000000, "CNY")]),
    ("本报讯 今年以来,梅河口市新签约项目42个,其中亿元以上项目28个。",
     [("investment.projects", 42, "个", {"region": "梅河口市"}), ("亿元以上新签约项目", 28, "个", {"region": "梅河口市"})]),
    # a project's size is its total, not investment completed; the money sized before the project it names too
    ("这所中学占地80亩,总投资约3.1亿元,可容纳学生2400人。", [("investment.project_total", 310000000, "CNY")]),
    ("入库的扶贫PPP项目共计900个,项目投资额达8000亿元。",
     [("investment.project_total", 800000000000, "CNY")]),
    ("下一步将加快推进投资12亿元的智能装备产业园项目建设。",
     [("investment.project_total", 1200000000, "CNY", {"status": "target"})]),
    # a signed project's size is a fact of the agreement, no plan (a start still ahead would make it one)
    ("总投资60亿美元的乙烯项目正式签署合资协议。", [("investment.project_total", 6000000000, "USD", {"status": "actual"})]),
    ("总投资60亿美元的乙烯项目计划明年开工。", [("investment.project_total", 6000000000, "USD", {"status": "target"})]),
    # a country's direct investment abroad, a year's flow or its stock, is outward investment
    ("截至去年底,中国对东盟全行业直接投资存量超过900亿美元。", [("investment.outward", 90000000000, "USD")]),
]

# money put in with what it built after it, no project sized: still investment completed
PUT_IN = [
    ("去年投资380万元建成镇农产品展销中心。", 3800000),
    ("2020年完成投资5亿元的基础上,今年再上台阶。", 500000000),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_investment(text, expected):
    assert_facts(text, "investment", expected)


@pytest.mark.parametrize("text,value", PUT_IN, ids=[c[0][:16] for c in PUT_IN])
def test_money_put_in_is_completed(text, value):
    found = [f["indicator"] for f in facts_of(text) if f["value"] == value]
    assert found == ["investment.completed"], found


# projects a development or demonstration zone carries out are its investment projects (`示范区` names the zone,
# not a kind of project); a demonstration or pilot project itself is no investment count
ZONE_PROJECTS = [
    ("自2016年以来,该示范区累计实施产业合作项目210个,完成投资320亿元。", 210),
    ("两市共建的产业示范园区实施亿元以上项目46个。", 46),
    ("这个协同发展示范区实施与沪苏合作亿元以上项目73个。", 73),
    ("试点园区今年新开工项目17个。", 17),
]


@pytest.mark.parametrize("text,value", ZONE_PROJECTS, ids=[c[0][:16] for c in ZONE_PROJECTS])
def test_a_zones_projects(text, value):
    assert_facts(text, "investment", [("investment.projects", value, "个")])


NOT_PROJECT_COUNTS = [
    "今年全省共创建国家级示范项目12个。",
    "该县新增省级试点项目8个。",
    "全市建成示范基地项目6个。",
]


@pytest.mark.parametrize("text", NOT_PROJECT_COUNTS, ids=[t[:16] for t in NOT_PROJECT_COUNTS])
def test_a_demonstration_project_is_no_investment_count(text):
    assert [f for f in facts_of(text) if f["family"] == "investment"] == []
