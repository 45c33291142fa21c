"""A from-to move told with a two-character verb (`由12家扩大到40家`, `从6小时缩短至4小时`) names the thing before
`由`/`从` for both levels, never the verb after the first count (was `扩大`, `检测机构扩大`, and `扩大至` lost both
facts); a word ending in `为` (`违法行为`) keeps its last character when the subject is cut before the number; `部`
counts sets in the ten thousands (`出货量达621.5万部`: the amount was lost and its growth named `出货量部`); `已` before a
moved `累计` and a manner adverb `普遍` are no part of the name. Each row is our own sentence: ALL its facts (value, unit,
subject)."""

from datetime import date

import pytest
from factcase import facts_of

PUBLISHED = date(2020, 5, 12)

CASES = [
    ("扩大到",
     "目前全省具备核酸检测资质的机构由23家扩大到71家。\n",
     [(23, "家", "具备核酸检测资质的机构"), (71, "家", "具备核酸检测资质的机构")]),
    ("扩大至",
     "目前全省具备核酸检测资质的机构由23家扩大至71家。\n",
     [(23, "家", "具备核酸检测资质的机构"), (71, "家", "具备核酸检测资质的机构")]),
    ("扩展到",
     "全市定点救治医院由5家扩展到12家。\n",
     [(5, "家", "定点救治医院"), (12, "家", "定点救治医院")]),
    ("缩减为",
     "全区行政审批事项由186项缩减为97项。\n",
     [(186, "项", "行政审批事项"), (97, "项", "行政审批事项")]),
    ("跃升至",
     "全县规模以上工业企业从38家跃升至65家。\n",
     [(38, "家", "规模以上工业企业"), (65, "家", "规模以上工业企业")]),
    ("a word ending in 为, cut before its number",
     "五一假期，全省交警查处交通违法行为8.2万起。\n",
     [(82000, "起", "交警查处交通违法行为")]),
    ("a word ending in 为, before its copula",
     "五一假期，全省查处的交通违法行为为8.2万起。\n",
     [(82000, "起", "查处的交通违法行为")]),
    ("sets counted in the ten thousands",
     "4月份全国智能手机出货量达2180万部，环比增长36%。\n",
     [(21800000, "部", "智能手机出货量"), (36, "%", "智能手机出货量(环比)")]),
    ("已 before 累计",
     "目前全区注册志愿者已累计达到6.3万人。\n",
     [(63000, "人", "累计注册志愿者")]),
    ("a manner adverb before the change verb",
     "全县主要河流断面氨氮浓度普遍下降20%以上。\n",
     [(-20, "%", "主要河流断面氨氮浓度")]),
    # negatives: departments are no count of sets; a move verb inside a noun after a count, a copula 为 after a measure
    ("a count before a noun opened by 发展",
     "全市新培育12家发展潜力大的科技企业。\n",
     [(12, "家", "新培育科技企业")]),
    ("departments acting together",
     "全省5部门联合开展专项行动，检查企业1200家。\n",
     [(1200, "家", "检查企业")]),
    ("a copula after a measure",
     "一季度全市粮食产量为12.5万吨。\n",
     [(125000, "吨", "粮食产量")]),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_subject_moves38(label, text, expected):
    got = [(f["value"], f["unit"], f["subject"]) for f in facts_of(text, PUBLISHED)]
    assert got == [(pytest.approx(v), u, s) for v, u, s in expected]
