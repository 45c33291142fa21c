"""Report sentences rendered through st.markdown(unsafe_allow_html=True): neither HTML nor Markdown takes effect.

The browser proof is tests/browser/test_browser_report_text.py; these check the string handed to Streamlit.
"""

from __future__ import annotations

import html
import re

import pytest

from dashboard.highlight import highlight_html, number_span

SENTENCES = [
    "[点我领奖](https://evil.example/phish)全市增长5%。",  # a link, and a bare URL that autolinking would take
    "# 大标题 **粗体** _斜体_ `代码` ~~删除~~ 增长5%。",
    "<img src=x onerror=alert(1)>增长5%。",
    "$x^2$ :warning: |表格| 增长5%。\n\n第二段 增长5%。",  # math, emoji shortcodes, a blank line
    "\\*转义\\* ![图](x.png) 增长5%。",
]
ACTIVE = "[]()*_`~$:#|!<>\\\n"


@pytest.mark.parametrize("quote", SENTENCES)
def test_no_markdown_or_html_character_reaches_streamlit(quote):
    out = highlight_html(quote, number_span(quote, 5))
    assert out.startswith("<div>") and out.endswith("</div>")  # an HTML block: Markdown does not apply inside
    inner = out[len("<div>"):-len("</div>")].replace("<mark>", "").replace("</mark>", "")
    assert not set(re.sub(r"&#?\w+;", "", inner)) & set(ACTIVE), inner  # only character references
    assert html.unescape(inner) == quote  # and it shows exactly the sentence


def test_the_number_is_still_marked():
    quote = "[x](https://e.example)完成投资181.68亿元。"
    assert "<mark>181.68亿元</mark>" in highlight_html(quote, number_span(quote, 18168000000))
