"""A plan read as actual (audit class status): `计划` before a verb or a quota (`全年计划发放`, `安排招生计划`), a
future `将` before its act, with an adverb or a place between (`将主要投向`, `将在某地区新增`, `将抽调`), and `打算`
before an act and what comes next (`下一步将`) make a figure a target; `将` that only moves its object before the verb (`将确诊病例核增`, `将…控制在`)
a plan completed (`超额完成年度计划`, `按计划完成`) and funds arranged for a year already over leave it actual. Sentences are our own; each row gives ALL the facts'
(value, status), in text order."""

from datetime import date

import pytest
from factcase import facts_of

DAY = date(2021, 6, 15)

PLANS = [
    ("今年全省安排招生计划18万多人。", [(180000, "target")]),
    ("“十四五”期间,全省计划易地搬迁30万左右农村人口。", [(300000, "target")]),
    ("今年前5个月,该行发放涉农贷款820亿元,全年计划发放不低于1500亿元。", [(82000000000, "actual"), (150000000000, "target")]),
    ("基金表示,募集资金将主要投向9个革命老区贫困县。", [(9, "target")]),
    ("近日,国开行出台专项政策,明确今年将在湖南地区新增人民币贷款300亿元以上。", [(30000000000, "target")]),
    ("市政府将在各城区共设置首批40个社区老年食堂。", [(40, "target")]),
    ("农业农村部今日启动调查活动,将抽调60名机关业务干部深入各地。", [(60, "target")]),
    ("乡村旅游项目建成后,将解决50多名村民就业。", [(50, "target")]),
    ("园区规划年产量5万吨的负极材料项目去年落户。", [(50000, "target")]),
    ("全县今年打算发展400户庭院经济。", [(400, "target")]),  # one speaker's plan is no fact (test_not_a_fact_own_tallies)
    # a policy's goal: `明确将`, `要求将`, `提出将` before a cut or a rise, for every item it covers
    ("新出台的若干措施明确将企业开办时间压缩一半以上,物流成本降低12%以上。", [(-12, "target")]),
    ("实施方案要求将全市单位产值能耗降低8%。", [(-8, "target")]),
    ("会议提出,将农产品加工转化率提高到70%。", [(70, "target")]),
    # what comes next (`下一步将`, `接下来将`) is a plan; funds arranged this year are a budget's plan
    ("企业下一步将新建3条生产线。", [(3, "target")]),
    ("今年,全省统筹安排中央财政资金12.5亿元用于学生资助。", [(1250000000, "target")]),
    ("该县将按计划完成造林面积3万亩。", [(30000, "target")]),
    # negatives: 将 moves its object before the verb, a plan is already met, a programme's name
    ("该厂克服停工影响,按计划完成了生产线改造,产品合格率提高了5个百分点。", [(5, "actual")]),
    ("2019年,全省统筹安排中央财政资金12.5亿元用于学生资助。", [(1250000000, "actual")]),
    ("今年一季度,全县完成投资12亿元,占全年计划投资的26%。", [(1200000000, "actual"), (26, "actual")]),
    # the stock a plan acts on (`力争…剩余的…全部脱贫`) is what is left now, actual
    ("2020年,该县将持续开展脱贫攻坚,力争实现全县剩余的24个贫困村全部脱贫摘帽。", [(24, "actual")]),
    ("力争今年完成剩余的30公里道路建设。", [(30, "actual")]),
    ("市卫健委发布通报,将确诊病例核增12例。", [(12, "actual")]),
    ("景区将客流量控制在最大承载量的30%以下。", [(30, "actual")]),
    # a purpose (`为确保…`) names what a past act was for, no plan
    ("为确保易地搬迁户稳定脱贫,江苏援青工作组先后投入600多万元建设产业园。", [(6000000, "actual")]),
    ("为了确保受灾群众温暖过冬,该县已发放救灾资金2300万元。", [(23000000, "actual")]),
    ("全年粮食收购超额完成年度计划120%。", [(120, "actual")]),
    ("全县获批市级以上重点科技计划项目6项。", [(6, "actual")]),
    ("通过技术改造,该厂已将综合能耗降低了9%。", [(-9, "actual")]),
]


@pytest.mark.parametrize("text,expected", PLANS)
def test_plan_verbs(text, expected):
    assert [(f["value"], f["status"]) for f in facts_of(text, DAY)] == expected
