"""Dashboard wording in Chinese and English, and indicator names (from the catalog when it is there)."""

from __future__ import annotations

LANGS = ("en", "zh")
LANG_NAMES = {"en": "English", "zh": "中文"}
LANG_BY_NAME = {name: code for code, name in LANG_NAMES.items()}

_TEXT: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "app_title": ("Reported Indicators", "报告指标"),
    "language": ("Language", "语言"),
    "overview": ("Overview", "概览"),
    "growth": ("Growth rates", "增长率"),
    "investment": ("Investment", "投资"),
    "hotline": ("12345 Hotline", "12345热线"),
    "covid": ("COVID", "新冠疫情"),
    "sock": ("Sock industry", "袜业"),
    "explorer": ("Facts explorer", "数据浏览"),
    "documents": ("Documents", "文档"),
    "embed": ("Embedded chart", "嵌入图表"),
    "indicator": ("Indicator", "指标"),
    "region": ("Region", "地区"),
    "all_regions": ("All regions", "全部地区"),
    "period_from": ("Period from", "起始时间"),
    "period_to": ("Period to", "截止时间"),
    "status": ("Status", "类型"),
    "actual": ("actual", "实际"),
    "target": ("target", "目标"),
    "estimate": ("estimate", "预计"),
    "tab_chart": ("Chart", "图表"),
    "tab_table": ("Table", "表格"),
    "tab_sources": ("Sources", "来源"),
    "period": ("Period", "时间"),
    "value": ("Value", "数值"),
    "field": ("Field", "字段"),
    "unit": ("Unit", "单位"),
    "doc": ("Document", "文档"),
    "published": ("Published", "发布日期"),
    "quote": ("Sentence", "原文"),
    "offsets": ("Offsets", "位置"),
    "subject": ("Subject", "主题"),
    "family": ("Family", "类别"),
    "text_search": ("Search subject and sentence", "搜索主题和原文"),
    "source_line": ("Source: {docs} report(s), {first} – {last}; Reported Indicators",
                    "来源：{docs}份报告，{first}至{last}；报告指标"),
    "samples_note": ("{n} of {total} documents are the bundled sample reports (data/samples), written for this "
                     "project in the style of the Liaoyuan Daily: not real newspaper pages.",
                     "{total}份文档中有{n}份是项目自带的示例报告（data/samples），仿照《辽源日报》版式编写，并非真实报纸版面。"),
    "no_db": ("No database yet. Ingest reports first: `indicators ingest data/samples` "
              "(or upload a report on the Documents page).",
              "还没有数据库。请先导入报告：`indicators ingest data/samples`（或在“文档”页上传报告）。"),
    "no_family_data": ("No {family} facts stored yet. Upload reports that mention them on the Documents "
                       "page, or run `indicators ingest FOLDER`.",
                       "尚无“{family}”数据。请在“文档”页上传相关报告，或运行 `indicators ingest 文件夹`。"),
    "no_match": ("Nothing matches these filters. Widen the period, pick more regions or clear the search.",
                 "没有符合筛选条件的数据。请放宽时间范围、选择更多地区或清除搜索。"),
    "pick_point": ("Click a point (or select a table row) to see the sentence it came from.",
                   "点击图中的点（或选择表格中的一行）查看原文出处。"),
    "source_of": ("Source of the selected number", "所选数值的出处"),
    "downloads": ("Download", "下载"),
    "csv_view": ("CSV (this view)", "CSV（当前视图）"),
    "csv_all": ("CSV (whole indicator)", "CSV（整个指标）"),
    "parquet_all": ("Parquet (whole indicator)", "Parquet（整个指标）"),
    "csv_filtered": ("CSV (all matching facts)", "CSV（全部匹配数据）"),
    "embed_link": ("Embed link", "嵌入链接"),
    "permalink": ("Link to this view", "本视图链接"),
    "latest": ("Latest values", "最新数值"),
    "coverage": ("Coverage", "数据覆盖"),
    "docs_over_time": ("Documents by publication date (missing days are gaps)",
                       "按发布日期统计的文档数（缺失日期显示为空白）"),
    "facts_by_family": ("Facts per family", "各类别数据条数"),
    "regions": ("Regions", "地区"),
    "n_documents": ("Documents", "文档数"),
    "n_facts": ("Facts", "数据条数"),
    "first_published": ("First published", "最早发布"),
    "last_published": ("Last published", "最近发布"),
    "change": ("vs {period}", "较{period}"),
    "published_layer": ("This is a published archive (read-only). Add reports with `indicators extract-batches` "
                        "and `indicators publish`.", "这是已发布的归档（只读）。请用 `indicators extract-batches` 和 "
                        "`indicators publish` 添加报告。"),
    "upload": ("Upload reports (txt, pdf, html; at most {mb} MB each)", "上传报告（txt、pdf、html；每个不超过{mb} MB）"),
    "rejected": ("Some files were not accepted:", "以下文件未被接受："),
    "jobs": ("Uploads in this session", "本次会话的上传"),
    "ingested": ("Ingested documents", "已导入的文档"),
    "showing": ("Showing {n} of {total} facts", "显示 {n} / {total} 条"),
    "truncated": ("Showing the first {n} points; narrow the filters to see the rest.",
                  "仅显示前 {n} 个点；请缩小筛选范围查看其余数据。"),
    "unknown_chart": ("Unknown chart. Embed links look like ?embed=true&page=embed&chart=growth",
                      "未知图表。嵌入链接形如 ?embed=true&page=embed&chart=growth"),
    "unspecified": ("(unspecified)", "（未注明）"),
    "page_size": ("Rows per page", "每页行数"),
    "pick_indicator": ("Pick one or more indicators above to chart them.", "请在上方选择一个或多个指标。"),
    "units_left_out": ("One axis shows one unit: series in {units} are left out; pick them on their own.",
                       "一个坐标轴只显示一种单位：单位为 {units} 的指标未显示，请单独选择。"),
    "page_no": ("Page", "页码"),
    "category_share": ("12345 hotline: share of contacts by category", "12345热线各类诉求占比"),
}

# Units as a reader expects them; money is shown in 亿/万 by charts (see charts.display_scale).
UNIT_NAMES = {"%": ("%", "%"), "CNY": ("CNY", "元"), "USD": ("USD", "美元")}


def t(key: str, lang: str, **fmt) -> str:
    """The wording for `key` in `lang` (English when the language is unknown)."""
    en, zh = _TEXT[key]
    text = zh if lang == "zh" else en
    return text.format(**fmt) if fmt else text


def unit_name(unit: str | None, lang: str) -> str:
    if not unit:
        return ""
    en, zh = UNIT_NAMES.get(unit, (unit, unit))
    return zh if lang == "zh" else en


def _catalog_names() -> dict[str, tuple[str, str]]:
    """Indicator id → (name_en, name_zh) from the indicator catalog ({} when it cannot be read)."""
    try:
        from extractors.catalog import default_catalog
        return {i.id: (i.name_en or i.id, i.name_zh or i.id) for i in default_catalog().indicators}
    except Exception:  # a catalog being edited must not take the dashboard down: fall back to subjects
        return {}


_NAMES: dict[str, tuple[str, str]] | None = None


def indicator_name(indicator: str | None, subject: str | None, lang: str) -> str:
    """A reader's name for a series: the catalog name of its indicator, else the subject the text used."""
    global _NAMES
    if _NAMES is None:
        _NAMES = _catalog_names()
    if indicator and indicator in _NAMES:
        en, zh = _NAMES[indicator]
        return zh if lang == "zh" else en
    return subject or indicator or ""


def option_label(indicator: str | None, subject: str | None) -> str:
    """A series name that is the same in both languages, since bound widgets put it in the URL."""
    global _NAMES
    if _NAMES is None:
        _NAMES = _catalog_names()
    if indicator and indicator in _NAMES:
        en, zh = _NAMES[indicator]
        return zh if zh == en else f"{zh} · {en}"
    return subject or indicator or ""
