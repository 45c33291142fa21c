"""`公司` in a subject points back at the one firm its paragraph named before (firm_references, lexicon/owners.toml
`subject_firm_anaphor`, `firm_short_name`, `firm_legal_form`): by its kind, or by the short name the story gave it.
Two firms named before, or none, leave `公司` as it is; a subject opening with `公司` is a firm's figure either way,
so never the national paper's 全国. Sentences are our own; each row: text, every fact as {value, subject, region}."""

from __future__ import annotations

from datetime import date

import pytest
from factcase import assert_exactly

DAY = date(2021, 3, 5)
NATIONAL_PAPER = "rmrb-2021-03-05-06-01.txt"  # a national paper: its scope is 全国

OWNED = [
    ("the firm's full name, its legal form dropped",
     "在东江华达新材料股份有限公司的车间里，生产线高速运行。去年公司出口额超3亿美元。",
     [{"value": 3e8, "subject": "东江华达新材料公司出口额", "region": None}]),
    ("the short name the story gives it",
     "南岭宏远能源集团股份有限公司（简称“宏远能源”）成立于2008年。宏远能源先行布局氢能产业。公司立足当地资源优势，规划投资9亿元。",
     [{"value": 9e8, "subject": "宏远能源规划投资", "region": None}]),
    ("a short name after `以下`",
     "东岭食品有限公司（以下简称“东岭食品”）位于城郊。东岭食品去年扩建了车间，公司销售收入达到3.5亿元。",
     [{"value": 3.5e8, "subject": "东岭食品销售收入", "region": None}]),
    ("`该公司` in a later sentence",
     "北岭重工集团正在扩建厂区。今年，该公司研发投入将超过6亿元。",
     [{"value": 6e8, "subject": "北岭重工集团研发投入", "region": None}]),
]

NOT_OWNED = [
    ("two firms before", "西岭公司与东升集团签约合作。去年公司出口额超2亿美元。",
     [{"value": 2e8, "subject": "公司出口额", "region": None}]),
    ("no firm named before: still a firm's figure, not the country's", "“今年公司新种600多亩油菜。”",
     [{"value": 600, "subject": "公司新种", "region": None}]),
    ("a firm named in another paragraph", "东升集团在园区设立了服务中心。\n他把业务委托给了中心。去年，公司出口总额达900万美元。",
     [{"value": 9e6, "subject": "公司出口总额", "region": None}]),
    ("a law's short name is no firm", "《农产品质量安全条例》（以下简称《条例》）明确了责任。去年，全国农产品抽检合格率达97.8%。",
     [{"value": 97.8, "subject": "农产品抽检合格率", "region": "全国"}]),
    ("the whole sector (全行业) is no firm's", "1—8月，全行业实现营业利润520亿元。",
     [{"value": 5.2e10, "subject": "全行业实现营业利润", "region": "全国"}]),
]


@pytest.mark.parametrize("label, text, expected", OWNED + NOT_OWNED, ids=[c[0] for c in OWNED + NOT_OWNED])
def test_company_points_back_at_the_paragraphs_firm(label, text, expected):
    assert_exactly(text, expected, DAY, name=NATIONAL_PAPER)
