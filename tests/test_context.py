"""Document context: published date (masthead, file name, inferred, given), issue number, home city."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import SHARED, corpus_pages
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.context import document_context
from extractors.load import load_text
from extractors.normalize import normalize
from extractors.report_dates import filename_date, filename_year, inferred_date, masthead_date

MASTHEADS = [
    ("吉D微风\nLIAO YUAN RI BAO\n2021年11月19日 星期五\n总第8401期 今日4版\n本报讯...", date(2021, 11, 19)),
    ("长春日报\n2018年3月5日 星期一 农历正月十八\n", date(2018, 3, 5)),
    ("四平日报 2023年12月31日 周日", date(2023, 12, 31)),
    ("江城日报\n总第12345期\n2022年7月1日\n全市上半年...", date(2022, 7, 1)),          # next to the issue number
    ("南方日报 2020年2月3日\n疫情防控", date(2020, 2, 3)),                               # next to the paper's name
    ("二〇二一年十一月十九日 星期五\n", date(2021, 11, 19)),                              # Chinese numerals
    ("2099年1月1日 星期四\n", date(2099, 1, 1)),
    ("电子版 2022-03-05 星期六\n", date(2022, 3, 5)),
    ("湖北日报 2021/7/9\n", date(2021, 7, 9)),
    ("第2版 2021.13.40 周一 2021.12.31 周五", date(2021, 12, 31)),                                        # the future: accepted as written
    ("2021年2月30日 星期二\n2021年3月2日 星期二", date(2021, 3, 2)),                       # a date that does not exist
]


@pytest.mark.parametrize("text,expected", MASTHEADS)
def test_masthead_date(text, expected):
    assert masthead_date(normalize(text).text) == expected


@pytest.mark.parametrize("text", [
    "会议于2021年11月18日召开,研究了工作。",          # a date in running text is no masthead
    "2021年2月30日 星期二",                           # does not exist
    "",
])
def test_no_masthead(text):
    assert masthead_date(normalize(text).text) is None


FILENAMES = [
    ("2019-08-30.txt", date(2019, 8, 30)), ("20190830.txt", date(2019, 8, 30)),
    ("lyrb20190830.txt", date(2019, 8, 30)), ("2019_08_30_page1.txt", date(2019, 8, 30)),
    ("report.2020.7.6.txt", date(2020, 7, 6)), ("政府工作报告2021年1月27日.txt", date(2021, 1, 27)),
    ("/some/dir/jlrb-2022-02-28.pdf", date(2022, 2, 28)),
    ("000_4a8463776dd1c93b.txt", None), ("2019-02-30.txt", None), ("20191399.txt", None), ("report.txt", None),
]


@pytest.mark.parametrize("name,expected", FILENAMES)
def test_filename_date(name, expected):
    assert filename_date(name) == expected


INFERRED = [
    # the latest dateline plus one day, in the year the text names
    ("本报讯 2019年第十次会议。\n8月29日,市长主持会议。\n8月27日上午,签约仪式举行。", date(2019, 8, 30)),
    ("新华社北京9月16日电 记者获悉。\n2019年国庆活动。", date(2019, 9, 17)),
    # an announced future date is not news yet
    ("2019年城市节\n8月28日上午,记者来到文化馆。活动将于9月6日,正式开幕。", date(2019, 8, 29)),
    # the year nearest before the dateline wins over the most frequent one
    ("本报讯 2018年2018年2018年总结。\n2020年工作:\n12月31日,全市召开大会。", date(2021, 1, 1)),
    # outside news (an essay, a history) a dateline's year is not guessed
    ("我爱这座城市。1952年为省属县。\n5月6日,城市解放。", None),
    # a report's subtitle says when it was delivered (`——2024年3月5日在…会议上`)
    ("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n过去一年,经济回升向好。", date(2024, 3, 6)),
    ("6月3日在市政府召开的会议上,市长强调。", None),
    ("2022年工作回顾。6月3日在市政府召开的会议上,市长强调。", date(2022, 6, 4)),
    ("没有日期的文字。", None),
    ("2月30日,不存在的日子。", None),
]


@pytest.mark.parametrize("text,expected", INFERRED)
def test_inferred_date(text, expected):
    assert inferred_date(normalize(text).text) == expected


def test_sources_in_order():
    masthead = "辽源日报\n2021年11月19日 星期五\n总第8401期\n9月1日,开会。2019年"
    assert document_context(masthead, "lyrb20200101.txt").published_source == "masthead"
    body = "本报讯 8月29日,开会。2019年"
    ctx = document_context(body, "lyrb20200101.txt")
    assert (ctx.published, ctx.published_source) == (date(2020, 1, 1), "filename")
    ctx = document_context(body, "page.txt")
    assert (ctx.published, ctx.published_source) == (date(2019, 8, 30), "inferred")
    ctx = document_context(masthead, "page.txt", published=date(2000, 1, 2))
    assert (ctx.published, ctx.published_source, ctx.published_iso) == (date(2000, 1, 2), "given", "2000-01-02")
    assert document_context("无日期", "page.txt").published is None


@pytest.mark.parametrize("text,issue", [("总第8401期 今日4版", 8401), ("总第 123 期", 123), ("第5期", None)])
def test_issue_number(text, issue):
    assert document_context(text, "x.txt").issue_no == issue


# (text, file name) → (the document's place, where it came from)
PLACES = [
    ("辽源日报社出版\n2021年11月19日", "x.txt", ("辽源市", "publisher")),
    ("LIAO YUAN RI BAO\n", "x.txt", ("辽源市", "publisher")),
    ("吉林日报\n全省经济", "x.txt", ("吉林省", "publisher")),
    ("长江日报 2020年", "x.txt", ("武汉市", "publisher")),
    ("温州日报\n全市经济", "x.txt", ("温州市", "publisher")),        # a paper named after its place
    ("人民日报\n国内生产总值增长5.2%", "x.txt", ("全国", "publisher")),
    ("标题\n国内生产总值增长5.2%", "rmrb-2019-10-01-01-03.txt", ("全国", "publisher")),   # the paper's file code
    ("来源:舜网—济南日报\n作者:王飞\n本周热线受理事项", "x.txt", ("济南市", "publisher")),
    ("政府工作报告\n——2020年5月22日在第十三届全国人民代表大会第三次会议上", "x.txt", ("全国", "issuer")),
    ("国务院关于国民经济和社会发展计划执行情况的报告", "x.txt", ("全国", "issuer")),
    ("万载县2015年国民经济和社会发展统计公报\n2015年,全县人民在县委、县政府的正确领导下,国民经济保持平稳增长,民生持续改善。\n"
     "一、综合\n国民经济继续健康稳定发展,全县实现生产总值110亿元,按可比价格计算,比上年增长9.3%。",
     "x.txt", ("万载县", "title")),
    # no masthead: a page about its own city's institutions that names one city far more than any other
    ("我市东丰县、东辽县和龙山区的项目。辽源经济。", "x.txt", ("辽源市", "content")),
    # …but a city named a few times is not the home of every figure
    ("今天的新闻。成都、成都、成都的消息。", "x.txt", (None, None)),
    ("长春一次,四平一次,通化一次,市政府", "x.txt", (None, None)),
    ("据《人民日报》报道,国内生产总值增长", "x.txt", (None, None)),   # a cited paper is not the publisher
    ("没有地名", "x.txt", (None, None)),
]


@pytest.mark.parametrize("text,name,expected", PLACES, ids=[p[0][:12] for p in PLACES])
def test_document_place(text, name, expected):
    ctx = document_context(normalize(text).text, name)
    assert (ctx.region_name, ctx.region_source) == expected


def test_declared_metadata_wins():
    ctx = document_context("辽源日报\n2021年11月19日 星期五", "x.txt", date(2021, 1, 1), "东丰县", "东丰报")
    assert (ctx.published_source, ctx.region_name, ctx.region_source, ctx.publisher) == (
        "given", "东丰县", "given", "东丰报")
    assert (ctx.city, ctx.province) == ("辽源市", "吉林省")


@pytest.mark.parametrize("text,name,kind,year", [
    ("万载县2015年国民经济和社会发展统计公报\n", "x.txt", "communique", 2015),
    ("政府工作报告\n——2020年5月22日在会议上", "x.txt", "work-report", None),
    ("2020年1月28日0-24时,温州市报告新增新型冠状病毒感染的肺炎确诊病例54例", "x.txt", "covid-bulletin", None),
    ("辽源日报\n2021年11月19日 星期五", "x.txt", "newspaper", None),
    ("某市政府工作报告", "2019年政府工作报告.txt", "work-report", 2019),
    ("某市政府工作报告", "2019年政府工作报告2020-01-05.txt", "work-report", None),
    ("一篇文章", "x.txt", "article", None),
])
def test_kind_and_year(text, name, kind, year):
    ctx = document_context(normalize(text).text, name)
    assert (ctx.kind, ctx.year) == (kind, year)


@pytest.mark.parametrize("name,year", [("2019年政府工作报告.txt", 2019), ("report-2019.pdf", 2019),
                                        ("2019-08-30.txt", None), ("2018-2019.txt", None), ("x.txt", None)])
def test_filename_year(name, year):
    assert filename_year(name) == year


def test_published_dates_of_the_sample_pages(corpus):
    gold_file = SHARED / "gold" / "seed_docs.jsonl"
    if not gold_file.is_file():
        pytest.skip(f"gold dates not found at {gold_file}")
    gold = {d["doc"]: d for d in map(json.loads, gold_file.read_text(encoding="utf-8").splitlines())}
    for page in corpus_pages():
        expected = gold[page.name]
        ctx = document_context(normalize(load_text(page).text).text, page.name)
        low, high = expected.get("window", [expected["published"]] * 2)
        assert low <= ctx.published_iso <= high, page.name
        assert ctx.published_source == expected["source"]
        assert ctx.issue_no == expected["issue_no"]
        assert (ctx.city, ctx.province) == ("辽源市", "吉林省")


_PIECES = st.sampled_from(["2021年", "二〇二一年", "13月", "2月", "30日", "31日", "9月", "1日", ",", "上午,", "电",
                           "星期五", "周日", "总第", "8401", "期", "将于", "辽源日报", "《人民日报》", "\n", " ",
                           "99999999999999999999年", "0年", "十一月", "十九日", "lyrb"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from(["x.txt", "20190230.txt", "lyrb20191301.txt",
                                                                    "2019-08-30.txt"]))
def test_context_never_raises(text, name):
    ctx = document_context(normalize(text).text, name)
    assert ctx.published is None or isinstance(ctx.published, date)
    assert ctx.published_source in (None, "masthead", "title", "filename", "delivery", "inferred")


def test_a_bulletin_comes_out_the_day_after_the_day_it_counts():
    from extractors.context import document_context

    ctx = document_context("某省卫生健康委员会关于疫情的通报\n2020年2月10日0—24时,全省新增病例20例。\n", "x.txt")
    assert (ctx.published, ctx.published_source) == (date(2020, 2, 11), "inferred")


def test_a_source_line_dates_the_release_and_a_speech_subtitle_does_not():
    from extractors.context import document_context

    release = document_context("2024年1—10月全省经济运行情况\n浙江省统计局　2024-11-20\n正文。\n", "x.txt")
    assert (release.published, release.published_source) == (date(2024, 11, 20), "title")
    speech = document_context("关于提案工作情况的报告\n——在全体会议上（二〇二〇年五月二十一日）\n正文。\n",
                              "rmrb-2020-05-28-04-02.txt")
    assert speech.published == date(2020, 5, 28)


def test_a_date_the_story_cites_is_not_the_issues():
    """A paper's name beside a date in the story (`1956年7月14日，人民日报头版刊发…`) is a citation: the file
    name's date, far from it and with no weekday printed, is the issue's."""
    text = "第一辆国产卡车\n　　1956年7月14日，人民日报头版刊发消息，庆祝第一批汽车诞生。\n"
    assert document_context(text, "rmrb-2019-02-02-05-02.txt").published == date(2019, 2, 2)


@pytest.mark.parametrize("title,published,start,end", [
    ("市民热线周工作综述(11.17-11.23)", date(2012, 11, 17), date(2012, 11, 17), date(2012, 11, 23)),
    ("12345热线周报（12.28—1.3）", date(2021, 1, 4), date(2020, 12, 28), date(2021, 1, 3)),
])
def test_a_hotline_title_dates_its_week_with_dots(title, published, start, end):
    ctx = document_context(f"{title}\n本周共受理市民诉求8000件。\n", f"x-{published.isoformat()}.txt")
    assert (ctx.period.start, ctx.period.end) == (start, end)


def test_dots_in_a_body_are_no_title_days():
    ctx = document_context("市民热线周报\n本周受理诉求8000件,满意率在(11.5-12.3)区间。\n", "x-2012-11-17.txt")
    assert ctx.period is None


@pytest.mark.parametrize("text, published", [
    ("《政府工作报告》摘登:2023年 全县任务完成\n日期:2024年01月18日 作者: 来源:某县融媒体中心\n1月15日,县长作报告。\n",
     date(2024, 1, 18)),
    ("某县新闻\n1月20日,县长在会上作报告。\n", None),
])
def test_a_labelled_date_line_dates_the_page(text, published):
    ctx = document_context(normalize(text).text, "x.txt")
    assert ctx.published == published and (published is None or ctx.published_source == "title")


@pytest.mark.parametrize("text,published", [
    # a delivery line of its own without the subtitle's dash (a PDF's or a mirror's copy of a county's report)
    ("某县人民政府工作报告\n2021年1月8日在某县第十七届人民代表大会第五次会议上\n各位代表:\n过去一年,全县经济稳中有进。",
     date(2021, 1, 8)),
    ("某市政府工作报告\n（2023年2月14日在市第十五届人民代表大会第二次会议上）\n各位代表:\n报告如下。", date(2023, 2, 14)),
])
def test_a_delivery_line_without_its_dash_dates_the_report(text, published):
    ctx = document_context(text, "report.txt")
    assert (ctx.published, ctx.published_source) == (published, "delivery")


def test_a_news_paragraph_opening_with_a_day_and_a_meeting_is_no_delivery_line():
    ctx = document_context("全县工作简报\n2021年1月8日在县委常委会议上,县委书记强调要抓好春耕。\n", "brief.txt")
    assert ctx.published_source != "delivery"
