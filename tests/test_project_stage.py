"""A project's stage and the money brought in: a project's size told with a start still ahead is planned (target),
one started, signed or being built is a fact (actual), an effect measured after a completion the story told done is
achieved (actual), money actually brought in from outside is investment attracted, and `超过了` is more than."""

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
PAPER = "rmrb-2021-03-05-10-01.txt"

PLANNED_SIZE = [
    # a start still ahead told in the figure's own `；` item: the size is planned
    ("total with a start planned",
     "产业新闻\n\n　　该项目总投资20亿元，计划明年开工。\n",
     [{"value": 2e9, "status": "target"}]),
    ("total with a start to come",
     "产业新闻\n\n　　总投资36亿元的某某化工新材料一期项目将于今年9月开工建设。\n",
     [{"value": 3.6e9, "status": "target"}]),
    ("total of a plant to be built",
     "产业新闻\n\n　　一家德国企业拟投资2亿欧元在太仓兴建新工厂。\n",
     [{"value": 2e8, "status": "target"}]),
    # a project started, signed, settled in or being built has its size as a fact (audit sheet 33 #77, #101)
    ("factory broke ground",
     "产业新闻\n\n　　位于绍兴的某某集团新材料产业园投资超过30亿元，正月初八已经开工。\n",
     [{"value": 3e9, "status": "actual", "qualifier": "more_than"}]),
    ("total told with a start",
     "产业新闻\n\n　　该项目总投资20亿元，目前已开工建设。\n",
     [{"value": 2e9, "status": "actual"}]),
    ("projects started together",
     "产业新闻\n\n　　18日，某某镇总投资超80亿元的一批项目集中开工签约。\n",
     [{"value": 8e9, "status": "actual", "qualifier": "more_than"}]),
    ("total told with a signing",
     "产业新闻\n\n　　前三季度，全县签约招商项目120个，总投资456.7亿元。\n",
     [{"value": 120, "status": "actual"}, {"value": 4.567e10, "status": "actual"}]),
    ("total of a project settling in",
     "产业新闻\n\n　　一家总投资15亿元的电池企业日前落户当地。\n",
     [{"value": 1.5e9, "status": "actual"}]),
    ("a total in euros",
     "产业新闻\n\n　　德国一家企业在太仓的新工厂总投资2亿欧元，上月开工建设。\n",
     [{"value": 2e8, "status": "actual"}]),
    ("factory under construction",
     "产业新闻\n\n　　2020年，泉州市总投资9.8亿元的智能家电工厂正在加紧建设。\n",
     [{"value": 9.8e8, "status": "actual"}]),
    # another project's start in another `；` item plans nothing of this one
    ("a start to come in the next item",
     "产业新闻\n\n　　总投资50亿元的某某产业城已部分投产；总投资120亿元的某某基地二期项目将在今年8月开工。\n",
     [{"value": 5e9, "status": "actual"}, {"value": 1.2e10, "status": "target"}]),
    # money put in, a project told done, or the projects a place has under way stay actual
    ("projects under way",
     "产业新闻\n\n　　2020年，该示范区实施合作项目73个，总投资409亿元。\n",
     [{"value": 73, "status": "actual"}, {"value": 4.09e10, "status": "actual"}]),
    ("completed investment",
     "产业新闻\n\n　　2020年，全区新开工项目58个，完成投资76亿元。\n",
     [{"value": 58, "status": "actual"}, {"value": 7.6e9, "status": "actual"}]),
    ("project told done",
     "产业新闻\n\n　　该项目总投资12亿元，去年已建成投产。\n",
     [{"value": 1.2e9, "status": "actual"}]),
    ("from start to trial run",
     "产业新闻\n\n　　2020年，宁德市总投资约100亿元的汽车项目从动工到试生产仅用了12个月。\n",
     [{"value": 1e10, "status": "actual"}]),
]

EFFECT_AFTER_COMPLETION = [
    ("commissioning told, effect measured",
     "农网工程全部完工\n\n　　本报西宁3月4日电　3月4日，某省农网改造工程投产仪式在西宁举行，标志着工程全部投运。\n"
     "　　工程投产后全省农网供电可靠率99.5%，比改造前提升0.2个百分点。\n",
     [{"value": 99.5, "status": "actual"}, {"value": 0.2, "status": "actual"}]),
    ("completion told done, effect measured",
     "新闻\n\n　　去年，某市污水处理厂已全面建成。建成后全市污水处理率达到96.5%。\n",
     [{"value": 96.5, "status": "actual"}]),
    # a forecast after the completion, or a completion not yet told, stays a plan
    ("forecast word after the cue",
     "新闻\n\n　　项目已建成投产。投产后将新增产值20亿元。\n",
     [{"value": 2e9, "status": "target"}]),
    ("completion ahead",
     "新闻\n\n　　某省农网改造工程明年开工。工程投产后全省农网供电可靠率将达99.5%。\n",
     [{"value": 99.5, "status": "target"}]),
    ("another project's completion told",
     "新闻\n\n　　去年，某市污水处理厂已全面建成。今年新材料产业园开工建设，建成后年产值30亿元。\n",
     [{"value": 3e9, "status": "target"}]),
    ("no completion told",
     "新闻\n\n　　该项目建成后年产值30亿元。\n",
     [{"value": 3e9, "status": "target"}]),
]

ATTRACTED = [
    ("foreign actual investment",
     "开放新闻\n\n　　截至6月底，苏州累计引进外商实际投资1200亿美元。\n",
     [{"value": 1.2e11, "indicator": "investment.attracted"}]),
    ("actual inflow of outside projects",
     "开放新闻\n\n　　2020年，利用省外项目实际进资8000.5亿元，增长7.1%。\n",
     [{"value": 8.0005e11, "indicator": "investment.attracted"}, {"value": 7.1, "indicator": None}]),
    ("funds brought in from outside the province",
     "开放新闻\n\n　　2020年，全市引进省外资金350亿元，实际到资85亿元。\n",
     [{"value": 3.5e10, "indicator": "investment.attracted"}, {"value": 8.5e9, "indicator": "investment.attracted"}]),
    ("a project's own actual spending is completed",
     "开放新闻\n\n　　2020年，该项目实际投资5亿元。\n",
     [{"value": 5e8, "indicator": "investment.completed"}]),
    ("counts and shares are no money attracted",
     "开放新闻\n\n　　2020年，全市外商投资企业达到1200家，外资占比达到35%。\n",
     [{"value": 1200, "indicator": None}, {"value": 35, "indicator": None}]),
]

MORE_THAN = [
    ("超过了", "科技新闻\n\n　　2020年，杭州市全社会研发投入超过了105亿元。\n", [{"value": 1.05e10, "qualifier": "more_than"}]),
    ("突破了", "科技新闻\n\n　　2020年，杭州市全社会研发投入突破了105亿元。\n", [{"value": 1.05e10, "qualifier": "more_than"}]),
    ("超过", "科技新闻\n\n　　2020年，杭州市全社会研发投入超过105亿元。\n", [{"value": 1.05e10, "qualifier": "more_than"}]),
]

CASES = PLANNED_SIZE + EFFECT_AFTER_COMPLETION + ATTRACTED + MORE_THAN


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_project_stage(text, expected):
    assert_exactly(text, expected, DAY, PAPER)
