"""Subjects cut inside a word or built from debris on paths the subject cleaner does not reach (audit sheet 28): a
one-character verb of a move (`降到`, `降为`, `升至`) is no noun after a count nor the name of the level reached (was
`贫困发生率降`); a verb of attracting followed by `的` is a relative clause, not a causative whose actor goes in
brackets (was `的外资总量(中国吸引)`); a subject longer than any name is none, not cut at a count of characters
inside a word (was `…企业实现业务`); a list of features ending in `功能的` is what the head noun after it has (was
`引进自动感应开门`); a forecast's modal after its measure goes with its verb (was `经济增速会`); a rate then a move of that rate is one measure's, no pair spread over the levels before. Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

OCTOBER = date(2019, 10, 20)


def _row(subject: str, value: float, unit: str, **extra) -> dict:
    return {"subject": subject, "value": value, "unit": unit, **extra}


EXACT = [
    ("a rate fell to", "全县贫困发生率从38.2%降到4.1%，有望明年摘帽。",
     [_row("贫困发生率", 38.2, "%"), _row("贫困发生率", 4.1, "%")]),
    ("a forecast's modal", "有机构预计，全球今年经济增速会降到1.8%。",
     [_row("经济", 1.8, "%", region="全球", status="estimate", period_start="2019-01-01", period_end="2019-12-31")]),
    ("a count fell to", "全县农村贫困人口从2015年初的6.2万人降到目前的0.9万人。",
     [_row("农村贫困人口", 62000, "人"), _row("农村贫困人口", 9000, "人")]),
    ("a cost became", "企业开户成本由3.5万元降为0元。", [_row("企业开户成本", 35000, "CNY"), _row("企业开户成本", 0, "CNY")]),
    ("silt fell to", "每年流入河道的泥沙由1.8亿吨降至0.4亿吨。",
     [_row("每年流入河道的泥沙", 1.8e8, "吨"), _row("每年流入河道的泥沙", 4e7, "吨")]),
    ("a count reduced to", "全省贫困人口从2013年底的450万人减到去年底的26万人。",
     [_row("贫困人口", 4.5e6, "人"), _row("贫困人口", 2.6e5, "人")]),
    ("attracted, as a relative clause", "今年以来，中国吸引的外资总量逆势增长4%。",
     [_row("中国吸引的外资总量", 4, "%", region="全国")]),
    ("bins with features", "景区新购置了60台自动称重、满溢提醒、语音提示功能的智能垃圾箱。",
     [_row("景区新购置智能垃圾箱", 60, "台")]),
    ("features with 等", "村里配备了25台防水、防尘等性能的巡检终端。", [_row("村里配备巡检终端", 25, "台")]),
    # a subject longer than any name loses the first items of the list it opens with, not the end of its last word
    ("a long list of platforms", "以提供交通出行服务平台、生活消费服务平台、文化娱乐服务平台、医疗健康服务平台等为主的企业营业收入同比增长15.4%。",
     [_row("生活消费服务平台、文化娱乐服务平台、医疗健康服务平台等为主的企业营业收入", 15.4, "%")]),
    ("a long list of industries", "全年新能源汽车、生物医药、电子信息、高端装备、新材料、绿色食品、现代纺织和节能环保等八大重点产业工业增加值同比增长8.7%。",
     [_row("电子信息、高端装备、新材料、绿色食品、现代纺织和节能环保等八大重点产业工业增加值", 8.7, "%")]),
    # a rate then a move of that rate is one measure's, not a pair spread over the two levels before
    ("a rate and its move", "某类信息服务收入规模达520亿元，占全部业务收入比重为38%；平台企业实现业务收入310亿元，同比增长12.5%，较上月提升1.6个百分点。",
     [_row("某类信息服务收入规模", 5.2e10, "CNY"), _row("某类信息服务收入规模(占全部业务收入比重)", 38, "%"),
      _row("平台企业实现业务收入", 3.1e10, "CNY"),
      _row("平台企业实现业务收入", 12.5, "%"), _row("平台企业实现业务收入增速", 1.6, "个百分点")]),
    # negatives: a noun opened by the verb's character, a list of things counted, a causative with its actor
    ("rainfall counted", "今年该县出现5次降雨过程。", [_row("降雨过程", 5, "次")]),  # `出现` only carries the count (debris43)
    ("a list of people", "该县组织120名村医、乡镇卫生院的医生开展培训。", [_row("组织村医", 120, "人")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=i) for i, t, e in EXACT])
def test_subject_cut_words(text, expected):
    assert_exactly(text, expected, OCTOBER)
