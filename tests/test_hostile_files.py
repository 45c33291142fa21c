"""Hostile and odd input files: each is read correctly or refused with a ReportError naming file and problem."""

from __future__ import annotations

import codecs
import os
import tracemalloc

import pytest
from conftest import make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.errors import ReportError
from extractors.load import load_text

REPORT = "北方市统计局发布:2023年全市地区生产总值增长6.1%,完成投资120.5亿元。\n本周共受理来电1520件。\n"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# (file name, bytes, expected text or None when only decoding must succeed, expected encoding)
READABLE = [
    ("utf8.txt", REPORT.encode("utf-8"), REPORT, "utf-8"),
    ("utf8-bom.txt", codecs.BOM_UTF8 + REPORT.encode("utf-8"), REPORT, "utf-8-sig"),
    ("gb18030.txt", REPORT.encode("gb18030"), REPORT, "gb18030"),
    ("gbk.txt", REPORT.encode("gbk"), REPORT, "gb18030"),
    ("utf16le-bom.txt", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), REPORT, "utf-16-le"),
    ("utf16be-bom.txt", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), REPORT, "utf-16-be"),
    ("utf16le.txt", REPORT.encode("utf-16-le"), REPORT, "utf-16-le"),
    ("utf16be.txt", REPORT.encode("utf-16-be"), REPORT, "utf-16-be"),
    ("utf16le-han-only.txt", "一二三全市经济运行稳中向好".encode("utf-16-le"), "一二三全市经济运行稳中向好", "utf-16-le"),
    ("utf32.txt", codecs.BOM_UTF32_LE + REPORT.encode("utf-32-le"), REPORT, "utf-32-le"),
    ("crlf.txt", REPORT.replace("\n", "\r\n").encode("utf-8"), REPORT.replace("\n", "\r\n"), "utf-8"),
    ("fullwidth.txt", "增长６．１％，投资１２０亿元".encode(), "增长６．１％，投资１２０亿元", "utf-8"),
    ("名字 with spaces '引号\" 报告.txt", REPORT.encode("utf-8"), REPORT, "utf-8"),
    ("report.md", ("# 标题\n\n" + REPORT).encode("utf-8"), "# 标题\n\n" + REPORT, "utf-8"),
    ("noext", REPORT.encode("utf-8"), REPORT, "utf-8"),
]


@pytest.mark.parametrize("name,data,text,encoding", READABLE, ids=[r[0] for r in READABLE])
def test_readable_files(tmp_path, name, data, text, encoding):
    loaded = load_text(write(tmp_path, name, data))
    assert loaded.text == text
    assert loaded.encoding == encoding
    assert loaded.path.endswith(name)


# (file name, bytes, a fragment the message must contain)
REFUSED = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\r\n\t ", "no text"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("nul.txt", b"abc\x00def" * 100, "binary"),
    ("controls.txt", b"\x01\x02\x03\x04abc" * 200, "binary"),
    ("zip.txt", b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
    ("truncated-utf8.txt", REPORT.encode("utf-8")[:-2], "truncated"),
    ("mixed.txt", REPORT.encode("utf-8") * 5 + "辽源市".encode("gbk") + REPORT.encode("utf-8"), "mixed"),
    ("garbage.txt", bytes([0x81, 0x30, 0xFE, 0x39, 0xE4, 0xB8]) * 50 + b"\xff\xfe\xfd" * 30, "cannot decode"),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"\xff\xfe\xfa abc", "invalid UTF-8"),
    ("not-a.pdf", b"this is not a pdf at all", "not a PDF"),
    ("corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EO", "PDF"),
]


@pytest.mark.parametrize("name,data,fragment", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_files(tmp_path, name, data, fragment):
    path = write(tmp_path, name, data)
    with pytest.raises(ReportError) as err:
        load_text(path)
    assert fragment.lower() in str(err.value).lower()
    assert str(path) in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        load_text(tmp_path / "absent.txt")


def test_directory(tmp_path):
    # Root ignores chmod 000, so "cannot read" is exercised with a path that is a directory instead.
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReportError, match="directory"):
        load_text(tmp_path / "folder.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_permissions(tmp_path):
    path = write(tmp_path, "secret.txt", REPORT.encode())
    path.chmod(0)
    with pytest.raises(ReportError, match="permission denied"):
        load_text(path)


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReportError, match="not a regular file"):
        load_text(fifo)


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", REPORT.encode() * 100)
    with pytest.raises(ReportError, match="too large"):
        load_text(path, max_bytes=1000)
    monkeypatch.setenv("INDICATORS_MAX_BYTES", "1000")
    with pytest.raises(ReportError, match="limit is"):
        load_text(path)
    monkeypatch.setenv("INDICATORS_MAX_BYTES", "not a number")
    assert load_text(path).text.startswith("北方市")


def test_html_drops_scripts_and_styles(tmp_path):
    html = ("<!DOCTYPE html><html><head><title>南方日报 2022年3月1日</title><style>p{color:red}</style>"
            "<script>alert('增长99%')</script></head><body><h1>经济运行</h1><p>全市生产总值增长&nbsp;5.2%，"
            "投资&lt;100亿元&gt;。</p><div>城乡建\n设占比15%<br>完成</div><noscript>增长88%</noscript></body></html>")
    text = load_text(write(tmp_path, "page.html", html.encode("utf-8"))).text
    assert "alert" not in text and "99%" not in text and "88%" not in text and "color" not in text
    assert "南方日报 2022年3月1日" in text
    assert "全市生产总值增长\xa05.2%，投资<100亿元>。" in text
    assert "城乡建设占比15%\n\n完成" in text
    assert text.splitlines()[2] == "经济运行"


def test_html_content_in_a_txt_file_is_read_as_html(tmp_path):
    data = "<html><body><p>增长5%</p><script>x=1</script></body></html>".encode("gb18030")
    assert load_text(write(tmp_path, "saved.txt", data)).text == "增长5%"


def test_pdf_with_text_layer(tmp_path):
    path = make_pdf(tmp_path / "报告 (1).pdf", ["北方日报 2022年3月1日 星期二", "全市生产总值增长5.2%,完成投资181.68亿元。"])
    loaded = load_text(path)
    assert loaded.encoding == "pdf"
    assert "全市生产总值增长5.2%" in loaded.text and "181.68亿元" in loaded.text


def test_pdf_without_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a drawing, no text: what a scanned page looks like to pypdf
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ReportError, match="no text layer"):
        load_text(path)


def test_truncated_real_pdf(tmp_path):
    whole = make_pdf(tmp_path / "whole.pdf", ["全市生产总值增长5.2%。"]).read_bytes()
    path = write(tmp_path, "cut.pdf", whole[: len(whole) // 3])
    with pytest.raises(ReportError, match="PDF"):
        load_text(path)


def test_large_single_line_memory_is_bounded(tmp_path):
    line = ("全市完成投资181.68亿元,增长5%," * 400_000).encode("utf-8")  # ~8.8 MB, one line
    path = write(tmp_path, "oneline.txt", line)
    tracemalloc.start()
    try:
        loaded = load_text(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(loaded.text) > 3_000_000
    assert peak < 3.5 * len(line), f"peak {peak} bytes for a {len(line)}-byte file"  # bytes + 2 x text


@pytest.mark.slow
def test_200_mb_single_line(tmp_path):
    chunk = ("全市完成投资181.68亿元,同比增长5%," * 20_000).encode("utf-8")
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        for _ in range(200 * 1024 * 1024 // len(chunk)):
            f.write(chunk)
    assert load_text(path).text.startswith("全市完成投资")
    with pytest.raises(ReportError, match="too large"):
        load_text(path, max_bytes=100 * 1024 * 1024)


_PREFIXES = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"%PDF-1.4\n", b"<html>", b"PK\x03\x04"]


@pytest.mark.timeout(60)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(max_size=600),
       suffix=st.sampled_from([".txt", ".pdf", ".html", ".md", ""]))
def test_random_bytes_load_or_fail_cleanly(tmp_path, prefix, body, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(prefix + body)
    try:
        loaded = load_text(path)
    except ReportError as e:
        assert str(path) in str(e) and e.problem
    else:
        assert isinstance(loaded.text, str) and loaded.text.strip()


def test_two_column_pdf_is_read_column_by_column(tmp_path):
    font = pytest.importorskip("conftest").cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk)")
    from fpdf import FPDF

    left = "左栏:全市地区生产总值增长5.2%,规模以上工业增加值增长6.1%,固定资产投资增长8%。" * 3
    right = "右栏:本周共受理群众来电1520件,现场督办21件次,城乡建设占比15%。" * 3
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=font[0], collection_font_number=font[1])
    pdf.set_font("cjk", size=10)
    pdf.set_xy(10, 20)
    pdf.multi_cell(85, 6, left)
    pdf.set_xy(110, 20)
    pdf.multi_cell(85, 6, right)
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    from extractors.normalize import normalize

    text = normalize(load_text(path).text).text.replace("\n", "")
    assert left in text and right in text
