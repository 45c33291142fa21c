"""A story's own scope from its headline and its holiday (kinds38): a portal's column tag opening a headline
(`【世界快报】湖南…`) names no place when the headline after it names one, so the headline's province holds for the
sentences naming none (headline_scope, lexicon `column_tag`); a base listed after a comparison's first
(`比全国、全省高…`) is a base too, not the figure's place (lexicon `comparison_margin_joined`); a long holiday named
by its kind alone (`长假期间`, `黄金周期间`) is the story's own holiday, the one holding the day in force or just over
(holidays._story_holiday, lexicon `time_holiday_bare`). Own sentences, figures made up."""

from datetime import date

import pytest

from extractors.pipeline import extract_text


def _facts(text: str, name: str, published: date) -> list[dict]:
    return [f.contract() for f in extract_text(text, name, published).facts]


LEAD = ("\n\n10月20日,记者从省统计局获悉,1至9月我省实现社会消费品零售总额1.36万亿元,增长4.1%。"
        "\n\n1至9月,限额以上汽车类零售额增长6.2%。")
OTHER_LEAD = ("\n\n10月20日,记者从统计部门获悉,1至9月社会消费品零售总额1.36万亿元,增长4.1%。"
              "\n\n1至9月,限额以上汽车类零售额增长6.2%。")

TAGGED = [
    # the tag's `世界` is the portal's column: the headline's province holds for every sentence
    ("【世界快报】湖南社会消费品零售总额增速居全国前列" + LEAD, ["湖南省"] * 3),
    ("〖世界看点〗湖南社会消费品零售总额平稳增长" + LEAD, ["湖南省"] * 3),
    ("[世界眼]湖南消费市场回暖" + LEAD, ["湖南省"] * 3),
    # negatives: a tag with nothing after it naming a place reads as before (its world is no place);
    # a tag that is itself the place still names it
    ("【世界快报】消费市场平稳增长" + LEAD, [None] * 3),
    ("【湖南】消费市场平稳增长" + OTHER_LEAD, ["湖南省"] * 3),
]


@pytest.mark.parametrize("text,regions", TAGGED)
def test_a_column_tag_names_no_place_of_the_story(text, regions):
    assert [f["region"] for f in _facts(text, "hunan-retail-2023-10-20.txt", date(2023, 10, 20))] == regions


COMPARED = [
    # each base listed before the margins is a base: the figure stays the city's
    ("1至9月,莆田市外贸进出口增速达20.5%,分别高于全国、全省3.2个和1.6个百分点。",
     [(20.5, "莆田市"), (3.2, "莆田市"), (1.6, "莆田市")]),
    pytest.param("1至9月,莆田市外贸进出口总值800亿元,增长20.5%,增速比全国、全省分别高3.2和1.6个百分点。",
                 [(8e10, "莆田市"), (20.5, "莆田市"), (3.2, "莆田市"), (1.6, "莆田市")],
                 marks=pytest.mark.xfail(strict=True, reason="the margins' subjects are their bases (`比全国`, `全省`): "
                                         "the first is dropped as a comparison's base alone; both should name the "
                                         "growth compared")),
    # negatives: the country's own figure after a comma keeps its place; bases joined by 和 stay bases
    ("1至9月,莆田市外贸进出口增长20.5%,增速比全省高1.6个百分点,全国进出口增长17.3%。",
     [(20.5, "莆田市"), (1.6, "莆田市"), (17.3, "全国")]),
    ("1至9月,莆田市出口增长20.5%,增速比全国和全省均高1.6个百分点。", [(20.5, "莆田市"), (1.6, "莆田市")]),
]


@pytest.mark.parametrize("text,expected", COMPARED)
def test_listed_bases_of_a_comparison_are_no_place(text, expected):
    facts = _facts(text, "putian-trade-2021-10-21.txt", date(2021, 10, 21))
    assert [(f["value"], f["region"]) for f in facts] == expected


NATIONAL_DAY_17 = ("2017-10-01", "2017-10-08")
SPRING_19 = ("2019-02-04", "2019-02-10")

HOLIDAYS = [
    # a bare long holiday after (or during) it: its days, for the paragraph it opens too
    ("本台遵义10月9日消息 10月1日至8日,遵义市共接待游客520万人次,同比增长30.5%。\n"
     "长假期间,遵义市各景区接待游客210万人次。全市星级酒店平均入住率达85%。", date(2017, 10, 9),
     [(5.2e6, *NATIONAL_DAY_17), (30.5, *NATIONAL_DAY_17), (2.1e6, *NATIONAL_DAY_17), (85, *NATIONAL_DAY_17)]),
    ("长假里,遵义市共接待游客300万人次,实现旅游收入25.6亿元。", date(2017, 10, 12),
     [(3e6, *NATIONAL_DAY_17), (2.56e9, *NATIONAL_DAY_17)]),
    # the spring one; a stock as of a day keeps its day
    ("黄金周期间,遵义市共接待游客300万人次,实现旅游收入25.6亿元。截至2月10日,全市A级景区达到86家。", date(2019, 2, 11),
     [(3e6, *SPRING_19), (2.56e9, *SPRING_19), (86, None, "2019-02-10")]),
    # a count of its days before it
    ("除夕至初六7天长假期间,遵义市共接待游客300万人次。", date(2019, 2, 11), [(3e6, *SPRING_19)]),
    # negatives: far from any holiday it names none; a school's holiday is none of these
    ("长假期间,遵义市共接待游客300万人次。", date(2019, 6, 20), [(3e6, None, "2019-06-20")]),
    ("长假期间,遵义市共接待游客300万人次。", date(2019, 10, 25), [(3e6, None, "2019-10-25")]),
    ("暑假期间,遵义市共接待游客300万人次。", date(2019, 8, 20), [(3e6, None, "2019-08-20")]),
]


@pytest.mark.parametrize("text,published,expected", HOLIDAYS)
def test_a_bare_long_holiday_is_the_storys_holiday(text, published, expected):
    facts = _facts(text, f"zunyi-tourism-{published.isoformat()}.txt", published)
    assert [(f["value"], f["period_start"], f["period_end"]) for f in facts] == expected
