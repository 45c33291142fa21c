"""A count's classifier and the noun after it are read whole: a noun runs through a word `在` opens (`在逃`, `在建`,
`在岗`, not `在岗位上`), ends before a verb of its clause (`享受`, `发布`), and `享受…` after a count that opens
its clause says which things are counted; a counting word that is a word's first character (`万家庭…`, `万台湾…`) is no
classifier: with no unit, a count of students is of people; a count's noun ends before `来自`, and a share after
only a scope word (`农村95%的村居…`) names no measure (dropped). Lexicon subjects.toml noun_inner_zai, noun_after_end;
scope_word_alone, scope_share_of_things; units.toml counter_opens_word; owners.toml count_defining_verb. Each row is our own sentence: ALL its facts."""

from datetime import date

import pytest
from factcase import assert_exactly

MAY = date(2020, 5, 14)


def _row(subject: str, value: float, unit: str) -> dict:
    return {"subject": subject, "value": value, "unit": unit}


EXACT = [
    ("fugitives at large", "警方对8名重点在逃人员发布悬赏通告。", [_row("警方对重点在逃人员", 8, "人")]),
    ("projects under construction", "全市有45个续建在建项目。", [_row("续建在建项目", 45, "个")]),
    ("staff on duty", "全县有300名在岗职工。", [_row("在岗职工", 300, "人")]),
    ("在 then a place word ends the noun", "有50多名医生在岗位上值守。", []),  # `医生` without 在岗位上值守: dropped
    ("households' students, not firms", "全县共有3.6万家庭经济困难学生享受营养餐补助。",
     [_row("享受营养餐补助的家庭经济困难学生", 36000, "人")]),
    ("students who receive a grant", "全省有1.5万学生享受国家助学金政策。", [_row("享受国家助学金政策的学生", 15000, "人")]),
    ("an adverb before 享受 keeps the clause", "全镇有1200多名老人继续享受免费体检。", [_row("老人继续享受免费体检", 1200, "人")]),
    ("a press conference is a noun", "全区有12家企业参加新闻发布会。", [_row("参加新闻发布会的企业", 12, "家")]),
    ("no machines in 万台湾", "两岸有2300万台湾同胞。", []),
    ("relics come from elsewhere", "英国有至少5万件文物来自西亚地区。", []),  # `文物` without 来自西亚地区: dropped
    ("relics from there, after the count", "博物馆收藏了约3万件来自西亚的文物。", [_row("博物馆收藏文物", 30000, "件")]),
    ("a share of villages, no measure of 农村", "全县农村90.5%的村居完成产权改革。", []),
]


@pytest.mark.parametrize("name,text,expected", EXACT, ids=[row[0] for row in EXACT])
def test_all_facts(name, text, expected):
    assert_exactly(text, expected, MAY)
