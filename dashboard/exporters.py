"""Chart and table exports: CSV with BOM, PNG/SVG/PDF rendered on the server with a CJK font, offline HTML."""

from __future__ import annotations

import html
import io
import json
import os
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

import pandas as pd
import vl_convert as vlc

from store.export import spreadsheet_safe

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
# File-name stems of CJK fonts, best first; the first found names the font exports ask for.
CJK_FONTS = (("NotoSansCJK", "Noto Sans CJK SC"), ("NotoSansSC", "Noto Sans SC"),
             ("SourceHanSans", "Source Han Sans SC"), ("wqy-microhei", "WenQuanYi Micro Hei"),
             ("wqy-zenhei", "WenQuanYi Zen Hei"), ("NotoSerifCJK", "Noto Serif CJK SC"))


def find_cjk_fonts(roots: tuple[str, ...] = FONT_DIRS) -> list[tuple[Path, str]]:
    """(folder, family) of every CJK font file under the roots (and $INDICATORS_FONT_DIR), best first."""
    extra = os.environ.get("INDICATORS_FONT_DIR")
    found: list[tuple[int, Path, str]] = []
    for root in ((extra,) if extra else ()) + roots:
        base = Path(root).expanduser()
        if not base.is_dir():
            continue
        for f in base.rglob("*"):
            if f.suffix.lower() not in (".ttf", ".otf", ".ttc"):
                continue
            for rank, (stem, family) in enumerate(CJK_FONTS):
                if f.name.lower().startswith(stem.lower()):
                    found.append((rank, f.parent, family))
    return [(folder, family) for _, folder, family in sorted(set(found), key=lambda x: (x[0], str(x[1])))]


@cache
def cjk_font() -> str | None:
    """Register the CJK font folders with vl-convert once; the family name exports use (None: none found)."""
    fonts = find_cjk_fonts()
    for folder in dict.fromkeys(folder for folder, _ in fonts):
        vlc.register_font_directory(str(folder))
    return fonts[0][1] if fonts else None


def csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows Chinese correctly; text cells that a spreadsheet would run
    as a formula (`=…`, `+…`, `-…`, `@…`) get a leading `'` (see store.export.spreadsheet_safe)."""
    text_columns = [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype)]
    if text_columns:
        df = df.copy()
        for c in text_columns:
            df[c] = df[c].map(spreadsheet_safe)
    return df.to_csv(index=False).encode("utf-8-sig")


def parquet_bytes(df: pd.DataFrame) -> bytes:
    """Parquet for analysts' tools: typed columns (dates stay dates, values stay numbers)."""
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False)
    return buffer.getvalue()


def _with_font(spec: dict | str, font: str | None) -> dict:
    spec = json.loads(spec) if isinstance(spec, str) else json.loads(json.dumps(spec))
    if font:  # Vega-Lite's default font for every title, label and text mark
        spec.setdefault("config", {})["font"] = font
    spec.setdefault("background", "white")
    return spec


def png_bytes(spec: dict | str, scale: float = 2.0, font: str | None = "auto") -> bytes:
    """PNG at `scale`× (2× by default) with the CJK font; `font=None` renders with whatever is default."""
    return vlc.vegalite_to_png(_with_font(spec, cjk_font() if font == "auto" else font), scale=scale)


def svg_bytes(spec: dict | str) -> bytes:
    return vlc.vegalite_to_svg(_with_font(spec, cjk_font())).encode("utf-8")


def pdf_bytes(spec: dict | str) -> bytes:
    return vlc.vegalite_to_pdf(_with_font(spec, cjk_font()))


# Characters that could end or bend a <script> element from inside a JSON literal (`</script>`, `<!--`), or
# end a JavaScript line (U+2028/9 in older engines); JavaScript reads the \u escapes back as the same text.
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                 "\u2028": "\\u2028", "\u2029": "\\u2029"})
# The actions menu offers image downloads only: vega-embed's "View Source" writes the spec into a new window
# as raw HTML (report text would run there), and "Open in Vega Editor" sends it to a web site.
_EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False,
                                                 "editor": False}}
_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>body {{ font-family: sans-serif; margin: 16px; }} #chart.vega-embed {{ display: flex; }}</style>
<script>{bundle}</script>
</head>
<body>
<div id="chart"></div>
<script>vegaEmbed("#chart", {spec}, {options}).catch(console.error);</script>
</body>
</html>
"""


def script_json(value) -> str:
    """`value` as JSON that can sit inside an HTML <script> element and still mean the same value."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


@cache
def _vega_bundle() -> str:
    """vega, vega-lite and vega-embed as one script (from vl-convert: no network, no CDN)."""
    bundle = vlc.javascript_bundle()
    if "</script" in bundle.lower() or "<!--" in bundle:  # would end our <script> early
        raise RuntimeError("the vega bundle cannot be inlined in a <script> element")
    return bundle


def _title_text(spec: dict) -> str:
    title = spec.get("title")
    text = title.get("text", "") if isinstance(title, dict) else title
    if isinstance(text, list):
        text = " ".join(str(x) for x in text)
    return str(text) if text else "Chart"


def html_bytes(spec: dict | str) -> bytes:
    """A standalone page with vega, vega-lite and vega-embed inlined: it works offline.

    Every text of the spec (labels, titles, tooltips made from report text) reaches the page escaped for where
    it lands: JSON inside <script> (`script_json`), the page title as HTML text, tooltips by vega-tooltip's own
    escaping, chart text as SVG text nodes. Nothing in the spec becomes markup or script.
    """
    spec = _with_font(spec, cjk_font())
    page = _PAGE.format(title=html.escape(_title_text(spec)), bundle=_vega_bundle(), spec=script_json(spec),
                        options=script_json(_EMBED_OPTIONS))
    return page.encode("utf-8")


def embed_query(chart: str, params: dict) -> str:
    """The query string of the embed page for a chart and its view parameters (lists repeat the key)."""
    clean = {k: v for k, v in params.items() if v not in (None, "", [], ())}
    return urlencode({"embed": "true", "page": "embed", "chart": chart, **clean}, doseq=True, quote_via=quote)


def file_stem(*parts: str) -> str:
    """A download file name made of safe characters only (CJK letters are kept)."""
    text = "_".join(p for p in parts if p)
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)[:120] or "chart"
