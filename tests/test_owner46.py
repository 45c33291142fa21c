"""Owners of round 46: one institution's figure names its institution. A measure named alone in a clause whose owner
is one firm, bank, hospital or named body (the sentence's or the clause's actor, or the one a pointing word such as
`全行`, `该院`, `其` stands for) takes that name (`东岭银行惠及农户`), and such a figure has no region; a kind of
firm (`外国公司`, `影子银行`), a subject with its own scope (`中方员工`, `全市企业`) and a thing counted after a verb
(`设立自助银行2000个`) stay as they were. Each row is our own text: ALL its facts (value, subject, region)."""

from datetime import date

import pytest
from factcase import assert_exactly

PUBLISHED = date(2020, 5, 23)
PAPER = "rmrb-2020-05-23-05-01.txt"   # a national paper's page: its scope is the country
LOCAL = "case.txt"                    # a page of no known scope: its headline and lead name its place
LEAD = "本报北京5月22日电  "

CASES = [
    # the sentence's actor owns a measure named alone in a later clause
    ("a bank's second clause", PAPER,
     "银行助力脱贫\n　　" + LEAD + "截至去年末，东岭银行累计服务小微企业客户5万户，惠及农户2.3万户。\n",
     [(50000, "东岭银行累计服务小微企业客户", None), (23000, "东岭银行惠及农户", None)]),
    ("a power company's share after its count", LOCAL,
     "东江市电网建设\n　　目前，东江电网公司已实现30项用电业务全部在线办理，线上办理比例达95%。\n",
     [(30, "东江电网公司用电业务", None), (95, "东江电网公司线上办理比例", None)]),
    ("a scenic area's total after its daily peak", LOCAL,
     "东江市旅游回暖\n　　国庆假期，九江市庐山风景区单日最高接待游客4万人次，总接待15万人次。\n",
     [(40000, "庐山风景区单日最高接待游客", None), (150000, "九江市庐山风景区总接待游客", None)]),
    ("a station's name and the measure share words", PAPER,
     "春运见闻\n　　复工复产后，晋城东站日均乘客也已回升至4000人。\n",
     [(4000, "晋城东站日均乘客", None)]),
    # a pointing word stands for the one institution named before
    ("全行 after the bank the paragraph named", PAPER,
     "银行助力脱贫\n　　" + LEAD + "北岭银行坚持服务乡村。去年末，全行精准扶贫贷款余额300亿元，带动贫困人口3万人。\n",
     [(30000000000, "北岭银行精准扶贫贷款余额", None), (30000, "北岭银行带动贫困人口", None)]),
    ("该院 after the hospital the paragraph named", LOCAL,
     "东江市医疗服务提升\n　　东江市第一人民医院是一家三级医院。该院去年接诊门诊患者120万人次。\n",
     [(1200000, "东江市第一人民医院接诊门诊患者", None)]),
    ("其 after a museum opening the sentence", PAPER,
     "博物馆上云\n　　湖州市博物馆自3月闭馆以来，其网站访问人数较去年同期增长80%。\n",
     [(80, "湖州市博物馆网站访问人数", None)]),
    # negatives: a kind of firm, a subject with its own scope, a thing counted after a verb
    ("foreign companies are a kind of firm", PAPER,
     "外资看好中国\n　　" + LEAD + "外国公司近来纷纷扩大在华业务，今年1月货物贸易进出口总值同比增长8.7%。\n",
     [(8.7, "货物贸易进出口总值", "全国")]),
    ("a part with its own scope keeps it", PAPER,
     "企业扬帆出海\n　　" + LEAD + "东升集团目前有员工2000人，其中中方员工1500名。\n",
     [(2000, "东升集团有员工", None), (1500, "东升集团中方员工", None)]),  # the dateline is a lead (round 51)
    # a time before the pointer is no part of a name (test_negative.py holds the name before 等 of examples)
    ("a time before 该集团", LOCAL,
     "东江市企业扩产\n　　日前该集团投资5000万元扩建厂房。\n",
     [(50000000, "该集团投资", None)]),
    ("a city's class of firms is no firm", LOCAL,
     "东江市工业运行\n　　东江市规模以上工业企业营业收入增长5%，全市企业利润增长3%。\n",
     [(5, "东江市规模以上工业企业营业收入", None), (3, "企业利润", None)]),
]

GAPS = {
    # left: a clause after the pointer's clause with no actor of its own (`完成手术…`) is not read as the hospital's
    ("a second clause after 该院", LOCAL,
     "东江市医疗服务提升\n　　东江市第一人民医院是一家三级医院。该院去年接诊门诊患者120万人次，完成手术2.1万台。\n",
     ((1200000, "东江市第一人民医院接诊门诊患者", None), (21000, "东江市第一人民医院完成手术", None))),
    # left: an outlet counted after a verb is the bank's, but its subject keeps only the outlet (`自助银行`)
    ("outlets a bank set up", PAPER,
     "银行助力脱贫\n　　" + LEAD + "截至去年末，西岭银行在贫困县开设网点800个，设立自助银行2000个。\n",
     ((800, "西岭银行在贫困县开设网点", None), (2000, "西岭银行设立自助银行", None))),
}
CASES += [pytest.param(label, name, text, list(expected), marks=pytest.mark.xfail(strict=True, reason="known gap"))
          for label, name, text, expected in sorted(GAPS)]


@pytest.mark.parametrize("label,name,text,expected", CASES)
def test_owner46(label, name, text, expected):
    assert_exactly(text, [{"value": v, "subject": s, "region": r} for v, s, r in expected], PUBLISHED, name)
