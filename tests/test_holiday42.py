"""A holiday named by a bare word (`今年假期中`, `假期期间`, `节日期间`, `假日里`) is the story's own holiday, the public
holiday whose days hold the day in force or ended at most a week before it (never the year so far; `今年` names the
holiday's year); and the word that opens an example (`如某景区接待…`, `比如`) is no part of the subject. Each row is our
own sentence: ALL its facts (subject, value, period)."""

from datetime import date

import pytest
from factcase import facts_of

MAYDAY25 = ("2025-05-01", "2025-05-05")
NATIONAL23 = ("2023-09-29", "2023-10-06")

CASES = [
    ("今年 and a bare 假期中 after May Day", date(2025, 5, 6),
     "今年假期中，全市各景区游客众多，古城景区接待游客约6.2万人次。\n",
     [("古城景区接待游客", 62000, MAYDAY25)]),
    ("a bare 假期期间 after National Day", date(2023, 10, 7),
     "假期期间，东湖景区接待游客41.5万人次，同比增长12.3%。\n",
     [("东湖景区接待游客", 415000, NATIONAL23), ("东湖景区接待游客", 12.3, NATIONAL23)]),
    ("a bare 节日期间 during the Spring Festival", date(2024, 2, 16),
     "节日期间，全县旅游收入达3.6亿元。\n",
     [("旅游收入", 3.6e8, ("2024-02-10", "2024-02-17"))]),
    ("a bare 假日里 opening a clause", date(2025, 5, 5),
     "记者获悉，假日里，博物馆接待观众2.4万人次。\n",
     [("博物馆接待观众", 24000, MAYDAY25)]),
    ("an example opened by 如", date(2025, 5, 6),
     "今年假期中，各地景区人气旺盛，如南山景区接待游客约3.1万人次。\n",
     [("南山景区接待游客", 31000, MAYDAY25)]),
    ("an example opened by 如 after 节日期间", date(2023, 10, 8),
     "节日期间，各公园人流如织，如西山公园接待游客5.3万人次。\n",
     [("西山公园接待游客", 53000, NATIONAL23)]),
    # negatives: a holiday far from the report names none (the time in force holds); a school's holiday is no
    # public holiday; a named holiday keeps its own days; a word 如 begins keeps it
    ("今年假期中 far from any holiday: the year so far holds", date(2024, 6, 20),
     "今年假期中，南山景区接待游客3万人次。\n",
     [("南山景区接待游客", 30000, ("2024-01-01", "2024-06-20"))]),
    ("a school's 暑假期间 just after May Day", date(2024, 5, 6),
     "2024年，暑假期间，科技馆接待学生3万人次。\n",
     [("科技馆接待学生", 30000, ("2024-01-01", "2024-05-06"))]),
    ("a named holiday keeps its days", date(2023, 10, 7),
     "“五一”假期期间，东湖景区接待游客20万人次。\n",
     [("东湖景区接待游客", 200000, ("2023-04-29", "2023-05-03"))]),
    ("如期 is a word, not an example's opener", date(2024, 12, 30),
     "2024年，如期完成改造项目12个。\n",
     [("如期完成改造项目", 12, ("2024-01-01", "2024-12-31"))]),
]


@pytest.mark.parametrize("label,published,text,expected", CASES)
def test_holiday42(label, published, text, expected):
    got = [(f["subject"], f["value"], (f["period_start"], f["period_end"])) for f in facts_of(text, published)]
    assert got == [(s, pytest.approx(v), p) for s, v, p in expected]


# A district or county a headline names by its short name, in a story that names it so again and says `全区`/`全县`:
# the story's own whole is that division. Each row: a whole short story, ALL its facts (subject, value, region).
OCT23 = date(2023, 10, 7)
HEADLINE_CASES = [
    ("a district of a municipality by its short name, with 全区",
     "国庆假期圆满收官 涪陵旅游市场持续升温\n\n10月6日，记者获悉，国庆假期期间，涪陵各景区人气旺盛。涪陵文旅部门统计，"
     "全区共接待游客98.3万人次，同比增长21.5%。\n",
     [("接待游客", 983000, "涪陵区"), ("接待游客", 21.5, "涪陵区")]),
    ("a county by its short name, with 全县, under a column tag",
     "文旅\n\n黄金周收官 婺源乡村旅游火爆\n\n10月7日，婺源各景区游客如织，婺源的古村一房难求。国庆假期期间，全县接待游客120万人次。\n",
     [("接待游客", 1200000, "婺源县")]),
    # negatives: the short name only in the headline and once more; a scope word of another kind (a county's
    # `全区`); the body's own short name never in the headline
    ("named too few times",
     "国庆假期圆满收官 涪陵旅游市场持续升温\n\n10月6日，记者获悉，国庆假期期间，各景区人气旺盛。据统计，全区共接待游客98.3万人次。\n",
     [("接待游客", 983000, None)]),
    ("a county's short name with 全区",
     "黄金周收官 婺源乡村旅游火爆\n\n10月7日，婺源各景区游客如织，婺源的古村一房难求。国庆假期期间，全区接待游客120万人次。\n",
     [("接待游客", 1200000, None)]),
    ("a district's short name inside a headline's word (乡村振兴, not 振兴区)",
     "文旅融合助力乡村振兴\n\n10月6日，记者获悉，乡村振兴成效明显，振兴产业带动增收。国庆假期期间，全区共接待游客30万人次。\n",
     [("接待游客", 300000, None)]),
    ("a district's short name that is a common word, opening the headline (光明, not 光明区)",
     "光明前景催人奋进\n\n10月6日，记者获悉，光明产业园扩容，光明未来可期。国庆假期期间，全区共接待游客30万人次。\n",
     [("接待游客", 300000, None)]),
    ("the short name in the body only",
     "黄金周收官 乡村旅游火爆\n\n10月7日，婺源各景区游客如织，婺源的古村一房难求，婺源民宿爆满。国庆假期期间，全县接待游客120万人次。\n",
     [("接待游客", 1200000, None)]),
]


@pytest.mark.parametrize("label,text,expected", HEADLINE_CASES)
def test_headline_county42(label, text, expected):
    got = [(f["subject"], f["value"], f["region"]) for f in facts_of(text, OCT23)]
    assert got == [(s, pytest.approx(v), r) for s, v, r in expected]
