"""Holiday tourism and trade stories (kinds35): a visitor site opening its clause with its visitors is one body, its figure no
city's (firm_figures.site_span, lexicon/owners.toml `site_visit_after`); the National Day holiday named as a
`超长假` is the schedule's days; an undated page (a month in its file name only) names the holiday again while its
days are in force: those days, not none (time_forms_named._holiday_in_force); a photo's caption ended by its credit is a
paragraph of its own, so the paragraph after it opens with its own time (`同期` after it is that time). Own sentences,
figures restated."""

from datetime import date

import pytest
from factcase import extract_text

HOLIDAY_20 = ("2020-10-01", "2020-10-08")


def _facts(text: str, name: str, published: date | None = None) -> list[dict]:
    return [f.contract() for f in extract_text(text, name, published).facts]


SITES = [
    # each clause opens with its own site: the site's figure
    ("五一假期,南昌市游人如织。\n滕王阁景区接待游客12.5万人次;八一起义纪念馆接待游客3.2万人次。",
     [("滕王阁景区接待游客", None), ("八一起义纪念馆接待游客", None)]),
    ("五一假期,南昌市游人如织。\n万寿宫历史文化街区的人气也很旺,绳金塔风情街共接待游客8.6万人次。",
     [("绳金塔风情街接待游客", None)]),
    ("五一假期,南昌市游人如织。\n凤凰沟植物园接待游客2.3万人次;梅岭野生动物园接待游客4.1万人次。",
     [("凤凰沟植物园接待游客", None), ("梅岭野生动物园接待游客", None)]),
    # negatives: a kind of site, the city's sites as a whole, a site's name of two characters before its kind
    ("五一假期,南昌市游人如织。\n全市A级景区接待游客56万人次;重点景区接待游客30万人次。",
     [("A级景区接待游客", "南昌市"), ("重点景区接待游客", "南昌市")]),
    ("五一假期,南昌市游人如织。\n红色景区接待游客20.5万人次。", [("红色景区接待游客", "南昌市")]),
    ("五一假期,南昌市游人如织。\n全市接待游客120万人次;实现旅游收入8.5亿元。",
     [("接待游客", "南昌市"), ("旅游收入", "南昌市")]),
]


@pytest.mark.parametrize("text,expected", SITES)
def test_a_site_opening_its_clause_owns_its_visitors(text, expected):
    facts = _facts(text, "nanchang-2021-05-06.txt")
    assert [(f["subject"], f["region"]) for f in facts] == expected


UNDATED = [
    # the joined holiday as a `超长假`, with and without its year
    ("2020年的国庆中秋超长假期结束,8天里,南昌市共接待游客980万人次。", [HOLIDAY_20]),
    ("国庆中秋超长假,南昌市共接待游客980万人次。", [HOLIDAY_20]),
    # a lead names the holiday; a later paragraph names it again by another name: the same days
    ("国庆长假期间,南昌市秋水广场游人如织。\n“十一”黄金周期间,各区县开展民俗活动。滕王阁景区接待游客12.5万人次。",
     [HOLIDAY_20]),
]


@pytest.mark.parametrize("text,periods", UNDATED)
def test_an_undated_pages_holiday_is_the_schedules_days(text, periods):
    facts = _facts(text, "nanchang-tourism-2020-10.txt")
    assert [(f["period_start"], f["period_end"]) for f in facts] == periods


def test_an_undated_page_of_a_year_the_schedule_lacks_names_no_days():
    facts = _facts("国庆长假期间,南昌市游人如织。\n“十一”黄金周期间,滕王阁景区接待游客12.5万人次。",
                   "nanchang-tourism-1998-10.txt")
    assert [(f["period_start"], f["period_end"]) for f in facts] == [(None, None)]


CAPTIONED = [
    # the caption's credit ends it: the next paragraph's `今年上半年` dates its `同期` sentence (a page of paragraph lines)
    ("上半年南湖省外贸增长8%\n\n  本报南昌7月20日电 南湖省政府新闻办公室20日举行新闻发布会,今年上半年,南湖省外贸进出口"
     "1.2万亿元,增长8%。\n\n发布会现场。李明 摄\n\n  据介绍,今年上半年,南湖省对主要贸易伙伴进出口均实现正增长。其中,"
     "对东盟进出口增长10%。同期,对欧盟进出口增长5%。\n",
     [("2024-01-01", "2024-06-30")] * 4),
]


@pytest.mark.parametrize("text,periods", CAPTIONED)
def test_a_captions_credit_ends_its_paragraph(text, periods):
    facts = _facts(text, "trade-2024-07-20.txt", date(2024, 7, 20))
    assert [(f["period_start"], f["period_end"]) for f in facts] == periods
