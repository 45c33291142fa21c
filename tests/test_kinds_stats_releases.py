"""Statistics bureaus' monthly and quarterly releases and district work-report news of other provinces (issue 10,
classes found on real reports outside every gold): a municipality is its own `全市`; a lead that cites a place's
statistics office as its source and speaks of its whole is about that place; a paper of Hong Kong or Macao is no
masthead place for mainland news; a lead's day at a press conference is when the figures were told, the span the
lead then names is what they cover. Own sentences, figures restated."""

from datetime import date

import pytest
from factcase import facts_of

from extractors.context import document_context
from extractors.normalize import normalize


def _regions(text: str, published: date) -> list[str | None]:
    return [f["region"] for f in facts_of(text, published)]


def _periods(text: str, published: date) -> list[tuple[str | None, str | None]]:
    return [(f["period_start"], f["period_end"]) for f in facts_of(text, published)]


# A municipality is its own `全市`, as a county-level city is (the innermost place named before it).
MUNICIPALITY_SCOPE = [
    ("今年前三季度,重庆全市规模以上工业增加值增长6.3%。", "重庆市"),
    ("上半年,北京全市社会消费品零售总额达到6520亿元。", "北京市"),
    ("1-5月,天津全市固定资产投资同比增长4.1%。", "天津市"),
    ("今年以来,上海全市一般公共预算收入完成3200亿元。", "上海市"),
    # negatives: a prefecture's 全市 is still the prefecture, a province's 全市 names no place
    ("上半年,宜宾全市规模以上工业增加值增长8.2%。", "宜宾市"),
    ("上半年,四川全市规模以上工业增加值增长8.2%。", None),
]


@pytest.mark.parametrize("text,region", MUNICIPALITY_SCOPE)
def test_a_municipality_is_its_own_city_scope(text, region):
    assert set(_regions(text, date(2023, 10, 20))) == {region}


# A page whose lead cites a place's statistics office as its source, and speaks of that place's whole, is that
# place's: every later paragraph's figures too.
STATS_SOURCE = [
    ("记者10月19日从重庆市统计局获悉,今年1-9月,全市规模以上工业增加值同比增长6.3%。\n"
     "分行业看,制造业增长7.0%,采矿业下降3.2%。", "重庆市"),
    ("据宜昌市统计局最新发布,上半年,全市地区生产总值同比增长6.1%。\n其中,第一产业增加值增长3.5%。", "宜昌市"),
    ("近日从甘肃省统计局了解到,前三季度,全省固定资产投资同比增长5.6%。\n民间投资增长2.2%。", "甘肃省"),
    ("从国家统计局辽阳调查队获悉,8月份,全市居民消费价格同比上涨1.2%。\n其中,食品价格上涨2.4%。", "辽阳市"),
]
STATS_SOURCE_NEGATIVE = [
    # a statistics office cited without the place's own whole is no page's place
    ("记者从重庆市统计局获悉,今年1-9月,汽车制造业增长7.0%。\n电子制造业增长9.1%。", None),
    # a statistics office's place beside a scope word of another level names nothing
    ("记者从宜昌市统计局获悉,今年1-9月,全省规模以上工业增加值同比增长6.3%。\n制造业增长7.0%。", None),
    # two places' offices name no single place
    ("记者从国家统计局湖南调查总队和湖北调查总队获悉,今年以来,全省外贸进出口增长9%。\n其中出口增长7%。", None),
    # the place moved to (`从…到`) is not a source
    ("记者从重庆市出发,今年1-9月,全市规模以上工业增加值同比增长6.3%。\n制造业增长7.0%。", None),
]


@pytest.mark.parametrize("text,region", STATS_SOURCE + STATS_SOURCE_NEGATIVE)
def test_a_statistics_office_cited_as_source_names_the_page(text, region):
    ctx = document_context(normalize(text).text, "x.txt")
    assert ctx.region_name == region
    if region is not None:
        assert ctx.region_source == "source"
        assert set(_regions(text, date(2023, 10, 20))) == {region}


# A paper of Hong Kong or Macao prints the mainland's news: its name is no masthead place; the page's own place
# (its title, its story) holds, or none.
ELSEWHERE_PAPERS = [
    "【香港商报网讯】2月19日,某区第六届人民代表大会第四次会议开幕。区属地区生产总值增长9.3%。",
    "澳门日报讯 3月2日,会议开幕。全区地区生产总值增长7.1%。",
    "【香港商報網訊】記者報道,會議開幕。區屬地區生產總值增長9.3%。",
]


@pytest.mark.parametrize("text", ELSEWHERE_PAPERS)
def test_a_hong_kong_or_macao_paper_is_no_pages_place(text):
    ctx = document_context(normalize(text).text, "x.txt")
    assert ctx.region_name is None
    assert None in _regions(text, date(2019, 2, 20))


def test_a_mainland_papers_masthead_still_names_its_place():
    ctx = document_context(normalize("温州日报\n全市经济").text, "x.txt")
    assert (ctx.region_name, ctx.region_source) == ("温州市", "publisher")


Q1_19 = ("2019-01-01", "2019-03-31")
M8_19 = ("2019-01-01", "2019-08-31")
HOLIDAY_19 = ("2019-10-01", "2019-10-07")

# The day a lead opens with (a press conference's) is when the figures were told; the span of that year, over
# by then, that the lead names before its first figure dates the article's later sentences and paragraphs.
TOLD_SPAN = [
    ("4月18日上午,在省政府新闻办召开的发布会上,省统计局负责人介绍,一季度全省生产总值5100亿元,增长6.9%。"
     "分产业看,第一产业增加值210亿元,增长3.0%。\n城镇居民人均可支配收入9800元,增长8.1%。",
     date(2019, 4, 19), [Q1_19] * 6),
    ("9月16日,市统计局举行新闻发布会,通报了1-8月全市经济运行情况:全市规模以上工业增加值增长5.5%。"
     "其中,制造业增长6.2%。\n固定资产投资增长3.3%。", date(2019, 9, 17), [M8_19] * 3),
    ("10月8日,记者从省文旅厅获悉,今年国庆假期,全省接待游客3100万人次,增长12%。\n重点景区接待游客700万人次,增长9%。",
     date(2019, 10, 8), [HOLIDAY_19] * 4),
]
TOLD_SPAN_NEGATIVE = [
    # a span named after the lead's first figure dates no article: its sentence is the day's, the rest as of it
    ("3月18日,全县46个重点项目集中开工,总投资389亿元,今年项目建设实现良好开局。\n其中工业项目28个。",
     date(2019, 3, 18), [("2019-03-18", "2019-03-18")] * 2 + [(None, "2019-03-18")]),
    # a span of an earlier year is no lead's period (a report delivered in January on last year)
    ("1月20日,县长在县人民代表大会上作报告,2018年全县地区生产总值120亿元。\n新增城镇就业3100人。",
     date(2019, 1, 21), [("2018-01-01", "2018-12-31"), (None, "2019-01-20")]),
]


@pytest.mark.parametrize("text,published,periods", TOLD_SPAN + TOLD_SPAN_NEGATIVE)
def test_a_leads_day_is_when_its_span_was_told(text, published, periods):
    assert _periods(text, published) == periods
