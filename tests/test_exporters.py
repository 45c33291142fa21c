"""Exporters: CSV carries a BOM, Chinese renders as glyphs in PNG, SVG/PDF/HTML are valid and offline."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import altair as alt
import pandas as pd
import pytest

from dashboard import exporters
from dashboard.charts import ChartMeta, prepare, time_chart

PIL = pytest.importorskip("PIL.Image", reason="Pillow (a streamlit dependency) reads the PNGs")

POINTS = pd.DataFrame({
    "series": ["growth.gdp"] * 3, "indicator": ["growth.gdp"] * 3, "subject": ["地区生产总值"] * 3,
    "region": ["辽源市"] * 3, "period_start": pd.to_datetime(["2019-01-01", "2020-01-01", "2021-01-01"]),
    "period_end": pd.to_datetime(["2019-12-31", "2020-12-31", "2021-12-31"]), "value": [5.1, 2.3, 6.0],
    "value_high": [None] * 3, "unit": ["%"] * 3, "qualifier": ["exact"] * 3,
    "status": ["actual", "actual", "target"], "doc": ["a.txt", "b.txt", "b.txt"],
    "published": pd.to_datetime(["2020-01-10", "2021-01-10", "2021-01-10"]),
    "document_id": ["d1", "d2", "d2"], "start": [10, 20, 40], "end": [15, 25, 45], "quote": ["…"] * 3,
    "grain": ["year"] * 3, "period": ["2019", "2020", "2021"], "corrected": [None] * 3,
})


def chart_spec(title: str) -> dict:
    df, unit = prepare(POINTS, "zh")
    meta = ChartMeta(title=title, unit=unit, period="2019–2021", source="来源：辽源日报")
    return time_chart(df, meta, "line", "zh").to_dict()


def title_band(png: bytes):
    image = PIL.open(io.BytesIO(png)).convert("L")
    return image.crop((0, 0, image.width, 70))


def dark_pixels(image) -> int:
    return sum(image.histogram()[:128])


@pytest.mark.parametrize("text", ["增长率", "数据,含逗号", "quote \"x\""])
def test_csv_has_bom_and_round_trips_chinese(text):
    data = exporters.csv_bytes(pd.DataFrame({"subject": [text], "value": [1.5]}))
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["subject"].tolist() == [text]


def test_parquet_keeps_types_and_chinese():
    df = pd.DataFrame({"subject": ["规模以上工业增加值"], "period_end": [pd.Timestamp("2020-12-31")],
                       "value": [14.5]})
    back = pd.read_parquet(io.BytesIO(exporters.parquet_bytes(df)))
    assert back["subject"].tolist() == ["规模以上工业增加值"]
    assert back["value"].dtype.kind == "f" and str(back["period_end"].iloc[0].date()) == "2020-12-31"


def test_png_is_2x_and_has_cjk_glyphs_not_boxes():
    if exporters.cjk_font() is None:
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk); CI installs it")
    a = exporters.png_bytes(chart_spec("地区生产总值增长"))
    b = exporters.png_bytes(chart_spec("工业增加值下降幅"))
    one = exporters.png_bytes(chart_spec("地区生产总值增长"), scale=1)
    assert a.startswith(b"\x89PNG")
    assert PIL.open(io.BytesIO(a)).width == pytest.approx(2 * PIL.open(io.BytesIO(one)).width, abs=2)
    band_a, band_b = title_band(a), title_band(b)
    # Glyphs: the title band has ink, and two different titles of the same length draw different shapes
    # (missing glyphs would all be the same box, so the two bands would come out identical).
    assert dark_pixels(band_a) > 400
    assert band_a.tobytes() != band_b.tobytes()


def test_tofu_would_be_caught():
    """The pixel check can fail: two titles of identical boxes ('notdef' glyphs) render the same band."""
    if exporters.cjk_font() is None:
        pytest.skip("no CJK font installed")
    box_a = exporters.png_bytes(chart_spec("\ue000\ue001\ue002"))  # private-use code points: no glyphs
    box_b = exporters.png_bytes(chart_spec("\ue003\ue004\ue005"))
    assert title_band(box_a).tobytes() == title_band(box_b).tobytes()


def test_svg_parses_and_names_the_title():
    svg = exporters.svg_bytes(chart_spec("地区生产总值增长"))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "地区生产总值增长" in svg.decode("utf-8") or b"<path" in svg


def test_pdf_is_a_pdf():
    pdf = exporters.pdf_bytes(chart_spec("地区生产总值增长"))
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-1024:]


def test_html_works_offline():
    html = exporters.html_bytes(chart_spec("地区生产总值增长")).decode("utf-8")
    assert not re.search(r"<script[^>]+src\s*=\s*[\"']?https?:", html, re.I)
    assert not re.search(r"<link[^>]+href\s*=\s*[\"']?https?:", html, re.I)
    assert "vegaEmbed" in html and "地区生产总值增长" in html


def test_export_keeps_title_unit_period_and_source_in_the_spec():
    spec = exporters._with_font(chart_spec("地区生产总值增长"), "Noto Sans CJK SC")
    text = str(spec)
    for part in ("地区生产总值增长", "%", "2019–2021", "来源：辽源日报"):
        assert part in text
    assert spec["config"]["font"] == "Noto Sans CJK SC"


@pytest.mark.parametrize("parts, stem", [
    (("growth", "地区生产总值"), "growth_地区生产总值"),
    (("../../etc/passwd",), ".._.._etc_passwd"),
    (("a b", "c/d"), "a_b_c_d"),
    ((), "chart"),
])
def test_file_stem_is_safe(parts, stem):
    assert exporters.file_stem(*parts) == stem
    assert "/" not in exporters.file_stem(*parts)


def test_embed_query_repeats_list_values():
    q = exporters.embed_query("growth", {"growth_ind": ["growth.gdp", "growth.retail_sales"], "lang": "zh",
                                         "growth_region": []})
    assert q == ("embed=true&page=embed&chart=growth&growth_ind=growth.gdp&growth_ind=growth.retail_sales"
                 "&lang=zh")


def test_find_cjk_fonts_reads_an_extra_folder(tmp_path, monkeypatch):
    (tmp_path / "NotoSansSC-Regular.otf").write_bytes(b"")
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"")
    monkeypatch.setenv("INDICATORS_FONT_DIR", str(tmp_path))
    found = exporters.find_cjk_fonts(roots=())
    assert found == [(tmp_path, "Noto Sans SC")]


def test_plain_altair_chart_exports_too():
    spec = alt.Chart(pd.DataFrame({"x": [1, 2]}), title="袜业").mark_bar().encode(x="x:Q").to_dict()
    assert exporters.png_bytes(spec).startswith(b"\x89PNG")


HOSTILE_TEXT = ["</script><script>alert(1)</script>产量增长5%", "<!--<script>alert(2)</script>",
                "<img src=x onerror=alert(3)>", "\u2028\");alert(4);//", "&lt;b&gt; & </SCRIPT >"]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_script_json_cannot_end_its_script_and_means_the_same(text):
    import json

    encoded = exporters.script_json({"label": text, "list": [text]})
    assert not re.search(r"</script|<!--|<img|\u2028", encoded, re.I)
    assert json.loads(encoded) == {"label": text, "list": [text]}


def test_html_export_has_only_its_own_scripts_and_an_escaped_title():
    """Report text in a series label became script in the offline HTML download (it was inlined raw)."""
    points = POINTS.assign(indicator=[None] * 3, subject=HOSTILE_TEXT[:3], doc=HOSTILE_TEXT[2:5])
    df, unit = prepare(points, "zh")
    spec = time_chart(df, ChartMeta(title=HOSTILE_TEXT[0], unit=unit, period="", source=""), "line", "zh").to_dict()
    html = exporters.html_bytes(spec).decode("utf-8")
    assert len(re.findall(r"<script", html, re.I)) == 2 and len(re.findall(r"</script", html, re.I)) == 2
    ours = html.replace(exporters._vega_bundle(), "")  # the page without the vega library's own code
    assert "<img" not in ours and "<!--" not in ours
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;产量增长5%</title>" in html
    assert '"source": false' in html and '"editor": false' in html  # no View Source window, no editor upload
