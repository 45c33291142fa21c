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
