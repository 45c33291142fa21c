"""Sentences shown with their number marked: escaped first, then marked; numbers found in any scale."""

from __future__ import annotations

import pytest

from dashboard.highlight import highlight_html, number_span


@pytest.mark.parametrize("quote, value, marked", [
    ("全市地区生产总值增长6.5%，高于全省。", 6.5, "6.5%"),
    ("全年完成投资181.68亿元。", 18168000000, "181.68亿元"),
    ("实际利用外资5000万美元。", 50000000, "5000万美元"),
    ("工业产值下降2.4%。", -2.4, "2.4%"),
    ("本周受理群众诉求1,234件。", 1234, "1,234件"),
    ("吸纳就业1.49万余人。", 14900, "1.49万余人"),
    ("签约订单5000多万元。", 50000000, "5000多万元"),
    ("第3季度增长3%。", 3, "3"),  # the first number of that value wins: a known limit without offsets
])
def test_number_is_found_and_marked(quote, value, marked):
    span = number_span(quote, value)
    assert span is not None
    assert quote[span[0]:span[1]] == marked
    assert f"<mark>{marked}</mark>" in highlight_html(quote, span)


@pytest.mark.parametrize("quote, value", [
    ("新增三个项目。", 3),          # Chinese numerals: nothing to mark, the sentence is still shown
    ("增长5%。", 6),
    ("", 1),
])
def test_no_mark_when_the_number_is_not_there(quote, value):
    assert number_span(quote, value) is None
    assert "<mark>" not in highlight_html(quote, None)


def test_matched_text_wins_when_known():
    quote = "去年增长5%，今年预期增长5%左右。"
    assert number_span(quote, 5, matched="预期增长5%") == (9, 15)


@pytest.mark.parametrize("quote", [
    "<script>alert('x')</script>增长5%",
    "<img src=x onerror=alert(1)>增长5%",
    "增长5%<b>&amp;</b>",
    "\"quoted\" & 'single' 增长5%",
])
def test_report_text_is_escaped_before_marking(quote):
    html = highlight_html(quote, number_span(quote, 5))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert html.count("<mark>") == 1 and "&lt;" in html or "&quot;" in html or "&amp;" in html


@pytest.mark.parametrize("text, shown", [
    ("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"),
    ("**粗体**", "\\*\\*粗体\\*\\*"),
    ("<img src=x>", "\\<img src=x\\>"),
    ("辽源市 · 2021-12-31", "辽源市 · 2021\\-12\\-31"),
])
def test_labels_from_report_text_are_markdown_escaped(text, shown):
    from dashboard.widgets import plain
    assert plain(text) == shown
