"""Decoding decisions (decode_bytes, plausibility) and HTML text extraction, without files."""

from __future__ import annotations

import pytest

from extractors.errors import ReportError
from extractors.html_text import html_to_text
from extractors.load import decode_bytes, plausible_chinese

TEXTS = [
    "2022年全省地区生产总值增长4.5%。",
    "Hello, plain ASCII report 2023.",
    "粮食产量30亿斤,城镇新增就业1.49万人,居民人均可支配收入增长7.1%。" * 50,
    "繁體中文報告:全年經濟增長百分之五。",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_round_trip(text, encoding):
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_utf8_wins_over_gb18030_when_both_decode():
    # Pure ASCII is valid in both; it is reported as UTF-8.
    assert decode_bytes(b"ascii only") == ("ascii only", "utf-8")


def test_gb18030_reading_of_utf8_bytes_is_implausible():
    utf8 = "经济运行稳中向好,增长5%".encode()
    mojibake = utf8.decode("gb18030", errors="replace")
    assert not plausible_chinese(mojibake)
    assert plausible_chinese("经济运行稳中向好,增长5%")


@pytest.mark.parametrize("data,fragment", [
    (b"\xff\xd8\xff\xe0" + b"\x00" * 50, "JPEG"),
    (b"\x7fELF\x02\x01\x01", "program"),
    ("半个字".encode()[:-1], "truncated"),
    (b"\x00\x01\x02" * 100, "binary"),
])
def test_refusals(data, fragment):
    with pytest.raises(ReportError, match=fragment):
        decode_bytes(data, "x.txt")


HTML = [
    ("<p>增长5%</p><p>投资10亿元</p>", "增长5%\n\n投资10亿元"),
    # a headline block stays apart from the paragraph after it (a single break would read as a PDF wrap)
    ("<h2>全市经济稳中向好</h2><p>全市地区生产总值增长5%。</p>", "全市经济稳中向好\n\n全市地区生产总值增长5%。"),
    ("<div>城乡建\n    设占比15%</div>", "城乡建设占比15%"),
    ("<p>A  B\n C</p>", "A B C"),
    ("<script>var x='<p>增长9%</p>';</script><p>正文</p>", "正文"),
    ("<style>p{}</style><p>正文</p><!-- 注释增长9% -->", "正文"),
    ("<table><tr><td>地区</td><td>增长</td></tr><tr><td>东丰县</td><td>6.5%</td></tr></table>",
     "地区\n\n增长\n\n东丰县\n\n6.5%"),
    ("<p>&lt;b&gt; &amp; &#20013;&#x6587; &yen;</p>", "<b> & 中文 ¥"),
    ("<p>第一行<br>第二行<br/>第三行</p>", "第一行\n\n第二行\n\n第三行"),
    ("<html><head><title>标题</title><meta charset=utf-8></head><body>正文</body></html>", "标题\n\n正文"),
    ("<p>未闭合<script>alert(1)", "未闭合"),
]


@pytest.mark.parametrize("markup,text", HTML)
def test_html_to_text(markup, text):
    assert html_to_text(markup) == text


@pytest.mark.parametrize("text,data,encoding", [
    ("专侏前堠懈桑猫肖", "专侏前堠懈桑猫肖".encode("gbk"), "gb18030"),   # GBK bytes that are valid UTF-8
    ("一丌丐专丕业丝丞丧", "一丌丐专丕业丝丞丧".encode("gbk"), "gb18030"),
    ("Ģ café naïve", "Ģ café naïve".encode(), "utf-8"),
    ("Привет, мир", "Привет, мир".encode(), "utf-8"),
    ("Ελληνικά 2023", "Ελληνικά 2023".encode(), "utf-8"),
    ("MZ公司年报:营收增长5%", "MZ公司年报:营收增长5%".encode(), "utf-8"),
])
def test_ambiguous_bytes(text, data, encoding):
    assert decode_bytes(data) == (text, encoding)
