"""Tables written one cell per line (HTML tables as the loader reads them, scraped communiqués): each row's
level and change, in the scope the table stands in; prose never reads as a table."""

from datetime import date

import pytest
from factcase import assert_exactly

from extractors.html_text import html_to_text
from extractors.tables import find_tables

PUBLISHED = date(2016, 4, 1)
TITLE = ("某县2015年国民经济和社会发展统计公报\n"
         "全年全县规模以上工业增加值比上年增长8.0%,其中轻工业增长9.0%,重工业增长7.0%,工业经济运行总体平稳。\n")
PRODUCTS = ("主要工业产品产量\n产品名称\n计量单位\n产量\n较上年±%\n"
            "啤酒\n千升\n1200\n-3.5\n发电量\n万千瓦时\n4500\n12\n水泥\n万吨\n85.6\n—\n")


def test_a_product_table_gives_each_rows_level_and_change():
    y2015 = {"period_start": "2015-01-01", "period_end": "2015-12-31", "region": None}
    assert_exactly(TITLE + PRODUCTS + "全年粮食产量30万吨,农业生产保持稳定,主要农产品供给充足,价格总体平稳。\n", [
        {"value": 8.0, **y2015}, {"value": 9.0, **y2015}, {"value": 7.0, **y2015},
        {"subject": "啤酒产量", "value": 1200, "unit": "千升", **y2015},
        {"subject": "啤酒产量", "value": -3.5, "unit": "%", **y2015},
        {"subject": "发电量", "value": 45000000, "unit": "千瓦时", **y2015},
        {"subject": "发电量", "value": 12, "unit": "%", **y2015},
        {"subject": "水泥产量", "value": 856000, "unit": "吨", **y2015},   # an empty change cell: no change
        {"subject": "粮食产量", "value": 300000, "unit": "吨", **y2015},   # prose after the table reads as before
    ], PUBLISHED)


def test_a_row_quotes_its_caption_header_and_cells():
    figures = find_tables(PRODUCTS).figures
    assert figures[0].quote == "主要工业产品产量：产品名称 啤酒，计量单位 千升，产量 1200，较上年±% -3.5"


def test_an_html_table_reads_like_a_scraped_one():
    html = ("<p>主要工业产品产量</p><table><tr><th>产品名称</th><th>计量单位</th><th>产量</th><th>比上年增长(%)</th></tr>"
            "<tr><td>钢材</td><td>万吨</td><td>12.5</td><td>4.2</td></tr></table>")
    figures = find_tables(html_to_text(html)).figures
    assert [(f.kind, f.subject, f.value, f.unit) for f in figures] == [
        ("level", "钢材产量", 125000, "吨"), ("change", "钢材产量", 4.2, "%")]


NOT_TABLES = [
    "产品名称\n很多\n",                                          # a name header with no figure column
    "指标\n计量单位\n产量\n这是一段很长很长的正文而不是一个表格单元格的内容它还在继续写下去\n吨\n5\n",   # prose where a row should be
    "项目\n单位\n产量\n公路\n公里\n一百\n",                         # a number in words is no cell figure
]


@pytest.mark.parametrize("text", NOT_TABLES, ids=range(len(NOT_TABLES)))
def test_lines_that_only_look_like_a_table_give_nothing(text):
    assert find_tables(text).figures == []


ROW_TITLE = ("某市2021年国民经济和社会发展统计公报\n一、综合\n"
             "全年全市一般公共预算收入达到75.4亿元,比上年增长6.3%,其中税收收入占比保持在七成以上的较高水平。\n")
ROWS = ("表2 2021年主要指标完成情况\n指标 | 单位 | 绝对数 | 比上年增长(%)\n|---|---|---|---|\n"
        "| 工业用电量 | 亿千瓦时 | 33.7 | 5.2 |\n社会消费品零售总额 | 亿元 | 410.6 | -2.4\n"
        "港口吞吐量\t万吨\t1860\t—\n")


def test_rows_on_one_line_split_by_bars_or_tabs_give_their_level_and_change():
    y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31", "region": None}
    assert_exactly(ROW_TITLE + ROWS + "年末全市常住人口52.3万人,人口总量与上年基本持平。\n", [
        {"subject": "一般公共预算收入", "value": 7540000000, "unit": "CNY", **y2021},
        {"subject": "一般公共预算收入", "value": 6.3, "unit": "%", **y2021},
        {"subject": "工业用电量", "value": 3370000000, "unit": "千瓦时", **y2021},
        {"subject": "工业用电量", "value": 5.2, "unit": "%", **y2021},
        {"subject": "社会消费品零售总额", "value": 41060000000, "unit": "CNY", **y2021},
        {"subject": "社会消费品零售总额", "value": -2.4, "unit": "%", **y2021},
        {"subject": "港口吞吐量", "value": 18600000, "unit": "吨", **y2021},   # an empty change cell: no change
        {"subject": "常住人口", "value": 523000, "unit": "人", "region": None, "period_end": "2021-12-31"},
    ], date(2022, 3, 20))


def test_a_row_on_one_line_quotes_its_caption_header_and_cells():
    from extractors.normalize import normalize
    figures = find_tables(normalize(ROWS).text).figures
    assert figures[0].quote == "表2 2021年主要指标完成情况：指标 工业用电量，单位 亿千瓦时，绝对数 33.7，比上年增长(%) 5.2"


def test_a_caption_keeps_the_sentence_after_it_whole():
    """On a hard-wrapped page (short lines) a caption used to run into the sentence after it and cost it figures."""
    y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31", "region": None}
    for caption in ("图1 2017-2021年一般公共预算收入及其增长速度", "表3 2021年规模以上工业主要产品产量"):
        assert_exactly("某市2021年国民经济和社会发展统计公报\n一、综合\n全年全市税收收入52.1亿元。\n" + caption + "\n"
                       "全年全市外贸进出口总额128.9亿元,\n比上年增长11.5%。\n", [
            {"subject": "税收收入", "value": 5210000000, "unit": "CNY", **y2021},
            {"subject": "外贸进出口总额", "value": 12890000000, "unit": "CNY", **y2021},
            {"subject": "外贸进出口总额", "value": 11.5, "unit": "%", **y2021},
        ], date(2022, 3, 20))


NOT_ROW_TABLES = [
    "指标 | 说明\n粮食产量 | 万吨\n",                                         # no figure column
    "指标 | 单位 | 产量\n钢材 | 万吨 | 很多\n",                               # a word where a number should be
    "指标 | 单位 | 产量\n本市今年钢材产量继续增长,势头良好 | 万吨 | 12\n",     # prose where a name should be
    "指标 | 单位 | 产量 | 增长%\n钢材 | 万吨 | 12\n",                          # a row of fewer cells
    "项目 | 单位 | 产量\n钢材 || 万吨 | 12\n",                                  # an empty cell: columns unknown
    "他说:钢材 | 万吨 | 12 | 5.1,这是全年的数字\n",                            # prose with bars, no header
]


@pytest.mark.parametrize("text", NOT_ROW_TABLES, ids=range(len(NOT_ROW_TABLES)))
def test_lines_with_bars_that_only_look_like_rows_give_nothing(text):
    assert find_tables(text).figures == []


def test_prose_with_tabs_keeps_its_figures_and_reads_no_table():
    text = ("某市2021年国民经济和社会发展统计公报\n"
            "全年接待游客1200万人次,比上年增长8.1%,\t旅游总收入达到95.2亿元,\t比上年增长7.7%,旅游市场持续回暖向好。\n")
    from extractors.normalize import normalize
    assert find_tables(normalize(text).text).figures == []
    y2021 = {"period_start": "2021-01-01", "period_end": "2021-12-31", "region": None}
    assert_exactly(text, [
        {"subject": "接待游客", "value": 12000000, **y2021}, {"subject": "接待游客", "value": 8.1, **y2021},
        {"subject": "旅游总收入", "value": 9520000000, **y2021}, {"subject": "旅游总收入", "value": 7.7, **y2021},
    ], date(2022, 3, 20))


# A scraped page whose table cells come one per line, each closed by its bar (`农业 |`), with the unit on a line of
# its own under the caption, a spaced-out name header (`指 标`) and a year heading the level column.
BARRED_TITLE = ("某地区2023年国民经济和社会发展统计公报\n一、综合\n"
                "全年全区实现地区生产总值812.4亿元,比上年增长5.1%。\n")


def _barred(caption: str, unit_line: str | None, name_head: str, year_head: str, change_head: str, rows: str) -> str:
    lines = [caption] + ([unit_line] if unit_line else []) + [f"{name_head} |", f"{year_head} |", f"{change_head} |"]
    return BARRED_TITLE + "\n".join(lines) + "\n" + rows + "年末全区常住人口52.3万人,人口总量与上年基本持平。\n"


GDP_ROWS = "地区生产总值 |\n812.4 |\n5.1 |\n农林牧渔业 |\n61.3 |\n3.2 |\n金融业 |\n44.0 |\n-1.5 |\n第三产业 |\n402.7 |\n6.0 |\n"
Y2023 = {"period_start": "2023-01-01", "period_end": "2023-12-31", "region": None}
GDP_FACTS = [
    {"subject": "地区生产总值", "value": 81240000000, "unit": "CNY", **Y2023},
    {"subject": "地区生产总值", "value": 5.1, "unit": "%", **Y2023},
    {"subject": "农林牧渔业增加值", "value": 6130000000, "unit": "CNY", **Y2023},
    {"subject": "农林牧渔业增加值", "value": 3.2, "unit": "%", **Y2023},
    {"subject": "金融业增加值", "value": 4400000000, "unit": "CNY", **Y2023},
    {"subject": "金融业增加值", "value": -1.5, "unit": "%", **Y2023},
    {"subject": "第三产业增加值", "value": 40270000000, "unit": "CNY", **Y2023},
    {"subject": "第三产业增加值", "value": 6.0, "unit": "%", **Y2023},
    {"subject": "常住人口", "value": 523000, "unit": "人", "period_end": "2023-12-31"},   # prose after the table as before
]
BARRED_FORMS = [
    ("表1:地区生产总值及增速", "单位:亿元", "指 标", "2023年", "比上年增减(±%)"),
    ("表1 地区生产总值主要构成", "（单位：亿元）", "指标", "2023", "比上年增长(%)"),
    ("表1 地区生产总值及其增长速度 单位:亿元", None, "指  标", "2023年", "增长%"),
]


@pytest.mark.parametrize("form", BARRED_FORMS, ids=range(len(BARRED_FORMS)))
def test_cells_closed_by_bars_with_a_unit_line_give_each_rows_level_and_change(form):
    assert_exactly(_barred(*form, GDP_ROWS), GDP_FACTS, date(2024, 3, 20))


def test_a_barred_cell_quotes_the_caption_its_unit_line_and_the_cells():
    from extractors.normalize import normalize
    text = normalize(_barred(*BARRED_FORMS[0], GDP_ROWS)).text
    quotes = [f.quote for f in find_tables(text).figures]
    assert quotes[2] == "表1:地区生产总值及增速 单位:亿元：指 标 农林牧渔业，2023年 61.3，比上年增减(±%) 3.2"


def test_a_row_named_other_services_is_a_measure_not_a_pronoun():
    rows = "其他服务业 |\n120.5 |\n4.4 |\n"
    assert_exactly(_barred(*BARRED_FORMS[0], rows), [
        {"subject": "地区生产总值", "value": 81240000000, **Y2023}, {"subject": "地区生产总值", "value": 5.1, **Y2023},
        {"subject": "其他服务业增加值", "value": 12050000000, "unit": "CNY", **Y2023},
        {"subject": "其他服务业增加值", "value": 4.4, "unit": "%", **Y2023},
        GDP_FACTS[-1],
    ], date(2024, 3, 20))


def test_a_year_column_of_another_year_than_the_report_gives_nothing():
    """A 2022 column in a 2023 communiqué would be dated 2023 by its scope: the table is left unread."""
    rows = "农林牧渔业 |\n61.3 |\n3.2 |\n金融业 |\n44.0 |\n-1.5 |\n"
    assert_exactly(_barred("表1:地区生产总值及增速", "单位:亿元", "指 标", "2022年", "比上年增减(±%)", rows), [
        {"subject": "地区生产总值", "value": 81240000000, **Y2023}, {"subject": "地区生产总值", "value": 5.1, **Y2023},
        GDP_FACTS[-1],
    ], date(2024, 3, 20))


NOT_BARRED_TABLES = [
    "表1:地区生产总值及增速\n单位:亿元\n指 标 |\n2022年 |\n2023年 |\n比上年增减(±%) |\n农业 |\n1 |\n2 |\n3 |\n",  # two year columns
    "单位:亿元\n指 标 |\n2023年 |\n农业 |\n很多 |\n",                         # a word where a number should be
    "指 标 |\n2023年 |\n比上年增长(%) |\n农业 |\n61.3 |\n",                   # a row cut short: no level read without unit
]


@pytest.mark.parametrize("text", NOT_BARRED_TABLES, ids=range(len(NOT_BARRED_TABLES)))
def test_barred_lines_that_only_look_like_a_table_give_nothing(text):
    from extractors.normalize import normalize
    assert find_tables(normalize(text).text).figures == []


@pytest.mark.xfail(strict=True, reason="known gap: a table with a column per year (2022年, 2023年) is not read")
def test_a_table_with_a_column_per_year_gives_each_years_level():
    text = ("表1:地区生产总值\n单位:亿元\n指 标 |\n2022年 |\n2023年 |\n农业 |\n58.1 |\n61.3 |\n")
    from extractors.normalize import normalize
    assert [f.value for f in find_tables(normalize(text).text).figures] == [5810000000, 6130000000]
