"""Numbers that are no reported figure (audit sheet 35): a duration split at its half (`3个半小时`), a proposal weighed
in a choice question, a classification's own category count, a rule's floor amount, a batch of samples in a
chronology, a photo caption's scene, how far off a site lies and one unspecified object's parts. Each class in
phrasings of our own, with neighbours in like wording that are reported figures and must stay facts."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # a duration with its half or more: no count of `半小时`
    ("a half-hour journey", "新线开通后，两市之间的最短行车时间缩短到2个半小时。", []),
    ("hours and more walked", "巡逻队员翻山越岭，走了7个多小时才到达哨所。", []),
    ("months and a half", "工程比原计划提前了两个半月完工。", []),
    ("weeks and more", "这批货物在港口滞留了3个多星期。", []),
    ("a count after 个 stays", "全市今年新建5个半导体产业园。", [5]),
    ("a half-hour circle stays", "全省已建成县城半小时生活圈12个。", [12]),
    # a proposal weighed in a choice question
    ("a project to take or not", "总投资超过3亿元的化工项目，接还是不接？", []),
    ("an order to want or not", "一笔8000万元的外地订单，要不要？", []),
    ("a plant to build or not", "年产5万吨的造纸厂该不该上？", []),
    ("a questioned target stays", "方案提出全县牛存栏达到10万头，这个目标是不是定低了？", [1e5]),
    ("an answered question stays", "全市去年投资增长8%，原因是什么？", [8]),
    # a classification's own categories
    ("first-level categories", "按诉求内容划分，一级分类共12项。", []),
    ("second-level categories", "热线工单的二级类别有45个。", []),
    ("requests handled stay", "全市12345热线全年共受理群众诉求5万件。", [5e4]),
    # a rule's floor
    ("a relief floor", "通知要求，按照每人不低于400元的标准发放临时救助。", []),
    ("two relief floors", "按城镇居民不低于600元、农村居民不少于350元的补助标准发放物资。", []),
    ("relief paid out stays", "全省已发放临时救助资金3.5亿元。", [3.5e8]),
    # a batch of samples in a chronology
    ("the first samples received", "1月5日，检测中心收到某医院送来的第一批6例患者标本。", []),
    ("the first batch of cases stays", "全省累计报告确诊病例6例。", [6]),
    # a caption's scene
    ("a job fair pictured", "图为3月2日，某市春季人才交流会在体育馆举行，现场设展位800余个。", []),
    ("a bracketed caption", "（图为工人在生产线上装配，车间里共有40台机器人。）", []),
    ("a report's booths stay", "本届交流会共设展位800余个，达成就业意向1.2万人。", [800, 1.2e4]),
    # one unspecified object's parts: an illustration
    ("a phone's parts", "一部手机的组装需要10多个国家提供零件，一台电脑的零件来自800个大公司和2万家小企业。", []),
    ("a country's makers stay", "全国共有零部件生产企业2万家。", [2e4]),
    # how far off a site lies
    ("a tunnel some way off", "在东山隧道20公里外，另一座特大桥也在加紧施工。", []),
    ("a village far off", "在县城60多公里以外的山村里，孩子们迎来了新校舍。", []),
    ("an exception stays", "除新建农村公路300公里外，全县还改造危桥20座。", [300, 20]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_sheet35_no_facts(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
