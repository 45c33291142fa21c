"""Numbers that are no reported figure (audit judged27b, classes N1/N2): a person the text introduces by role and
name acting in the figure's own clause, even where the figure names a catalogued indicator (an investment), the
counts inside a ranking's top list named as the frame, and one work's share of its total quantity done. Each class
in phrasings of our own, with neighbours in like wording that are reported figures and must stay facts: a person as
a source, a whole before the person, a plain `…中，有N家` frame that is no ranking, a whole's works."""

from datetime import date

import pytest
from factcase import facts_of

MAY = date(2020, 5, 10)

# (name, text, the values that must be facts, in text order)
CASES = [
    # [N1] a person introduced by role and name acts in the figure's clause: one person's figure
    ("a chairman invests", "去年，某纺织公司董事长刘春明投资3000万元，在山区乡里建起一座车间。", []),
    ("a founder puts money in", "创始人陈立伟又投资500万元扩建了厂房。", []),
    ("a grower invests", "种植户黄德山投资80万元建起了冷库。", []),
    ("the chairman as a source stays", "董事长刘春明介绍，全市去年完成固定资产投资1200亿元。", [1.2e11]),
    ("the mayor speaking stays", "市长黄春辉说，今年全市完成投资500亿元。", [5e10]),
    ("a whole before the person stays", "全县引进项目42个，董事长刘春明所在企业也落户园区。", [42]),
    ("a firm's investment without a person stays", "某纺织公司投资3000万元新建车间。", [3e7]),
    # [N2] counts inside a ranking's top list: places held in a ranking
    ("a world top fifty", "全球电梯制造商50强中，上榜的9家中国企业，有3家来自本省。", []),
    ("a top twenty list", "光伏组件企业20强榜单中，有6家总部设在江苏。", []),
    ("a hundred top firms", "行业百强中，有15家落户该园区。", []),
    ("a plain frame stays", "全省规模以上工业企业中，有120家营收超亿元。", [120]),
    # [N1] one work's construction progress: a venue's or a bridge's share of its total quantity done
    ("a stadium's progress", "新体育馆目前已完成总工程量的70%，年底封顶。", []),
    ("a bridge's progress", "跨江大桥完成了全部工程量的约85%。", []),
    ("a province's works stay", "全省重点工程已完成总工程量的65%。", [65]),
    ("a plan's share stays", "全市完成年度投资计划的92%。", [92]),
]


@pytest.mark.parametrize("name,text,values", CASES, ids=[c[0] for c in CASES])
def test_actors_and_rankings(name, text, values):
    assert [f["value"] for f in facts_of(text, MAY)] == values
