"""Dashboard wording in Chinese and English: labels, units, statuses, grains and field names (series names: series_names.py)."""

from __future__ import annotations

LANGS = ("en", "zh")
LANG_NAMES = {"en": "English", "zh": "中文"}
LANG_BY_NAME = {name: code for code, name in LANG_NAMES.items()}

_TEXT: dict[str, tuple[str, str]] = {
    # key: (English, Chinese)
    "app_title": ("Reported Indicators", "报告指标"),
    "language": ("Language", "语言"),
    "overview": ("Overview", "概览"),
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
    "upload_published": ("Date of these reports", "这些报告的日期"),
    "upload_region": ("Region of these reports", "这些报告的地区"),
    "upload_publisher": ("Publisher of these reports", "这些报告的发布机构"),
    "upload_declare": ("Date, region, publisher of the reports (optional)", "报告的日期、地区、发布机构（可选）"),
    "upload_declare_help": ("For reports whose text does not say them: given to the extractor for the files "
                            "uploaded next (periods such as 本周 are read against the date; facts that name no "
                            "place get the region).",
                            "适用于正文未注明这些信息的报告：用于接下来上传的文件（“本周”等时期按该日期解读；"
                            "未注明地区的数据归入该地区）。"),
    "upload_declare_bad": ("Fix this before uploading: {problem}", "请先修正后再上传：{problem}"),
    "declared": ("Declared", "指定信息"),
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
    "other": ("Other figures", "其他数据"),
    "quality": ("Data quality", "数据质量"),
    "corrections": ("Corrections", "更正记录"),
    "choose": ("Choose", "请选择"),
    "all_families": ("All families", "全部类别"),
    "all_indicators": ("All indicators", "全部指标"),
    "all_documents": ("All documents", "全部文档"),
    "choose_document": ("Choose a document", "请选择文档"),
    "grain": ("Grain", "时间粒度"),
    "qualifier": ("Qualifier", "限定"),
    "corrected": ("Corrected", "已更正"),
    "no_period": ("no period", "无时间"),
    "undated": ("undated", "无日期"),
    "uncatalogued": ("(uncatalogued)", "（未编目）"),
    "tab_regions": ("Regions", "地区比较"),
    "tab_targets": ("Target vs actual", "目标与实际"),
    "first_period": ("First period", "最早时间"),
    "last_period": ("Last period", "最近时间"),
    "unplaced_period": ("{n} fact(s) of these indicators have no period: no chart can place them "
                        "([see them]({link})).",
                        "这些指标有 {n} 条数据没有时间，无法在图中定位（[查看]({link})）。"),
    "unplaced_region": ("{n} fact(s) of these indicators have no region: drawn as “(unspecified)” "
                        "([see them]({link})).",
                        "这些指标有 {n} 条数据没有地区，以“（未注明）”显示（[查看]({link})）。"),
    "unplaced_region_filtered": ("{n} fact(s) of these indicators have no region: the region filter leaves them "
                                 "out ([see them]({link})).",
                                 "这些指标有 {n} 条数据没有地区，被地区筛选排除（[查看]({link})）。"),
    "regions_none": ("No region reports this indicator yet.", "尚无地区报告该指标。"),
    "regions_one": ("Only one region reports this indicator in that period.", "该时间只有一个地区报告此指标。"),
    "targets_none": ("No target is stated for this indicator.", "该指标没有目标值。"),
    "targets_title": ("Target (tick) and actual (bar)", "目标（横线）与实际（柱）"),
    "gap": ("Gap (actual − target)", "差距（实际－目标）"),
    "col_target": ("Target", "目标"),
    "col_actual": ("Actual", "实际"),
    "target_met": ("Met", "达成"),
    "not_reported": ("not reported", "未报告"),
    "no_headline": ("No headline figures for this region.", "该地区没有重点指标数据。"),
    "no_comparable": ("No figure for {period} to compare with.", "没有可比的{period}数据。"),
    "compared_with": ("Change from {period}.", "较{period}的变化。"),
    "problem": ("Show facts", "显示数据"),
    "problem_period": ("without a period", "没有时间的"),
    "problem_region": ("without a region", "没有地区的"),
    "problem_published": ("from reports without a date", "来自无日期报告的"),
    "problem_indicator": ("not in the catalog", "未编目的"),
    "problem_conflict": ("reported with different values", "各报告数值不一致的"),
    "no_period_n": ("No period", "无时间"),
    "no_region_n": ("No region", "无地区"),
    "undated_n": ("Undated report", "报告无日期"),
    "uncatalogued_n": ("Uncatalogued", "未编目"),
    "conflicting_n": ("Conflicting", "数值不一致"),
    "corrected_n": ("Corrected", "已更正"),
    "no_period_help": ("Facts whose time the report does not settle: no chart can place them.",
                       "报告未说明时间的数据：无法在图中定位。"),
    "no_region_help": ("Facts whose place the report does not settle.", "报告未说明地区的数据。"),
    "undated_help": ("Facts from reports whose date was not found: set the date on the Documents page.",
                     "来自未找到日期的报告的数据：可在“文档”页设置日期。"),
    "uncatalogued_help": ("Numeric facts that match no catalogued indicator (family `other` mostly).",
                          "未匹配任何已编目指标的数据。"),
    "conflicting_help": ("Facts of figures that another report gives with a different value.",
                         "其他报告给出不同数值的数据。"),
    "corrected_help": ("Facts an analyst corrected (see Corrections).", "经分析人员更正的数据（见“更正记录”）。"),
    "quality_intro": ("What the charts cannot show or should not be trusted blindly. Pick a row to see its sentence; "
                      "fix a fact in its source panel, or a report's date under “By document”.",
                      "图表无法显示或需要核实的数据。选择一行查看原文；可在出处面板更正数据，或在“按文档”中设置报告日期。"),
    "no_problem": ("Nothing of this kind.", "没有此类数据。"),
    "tab_facts": ("Facts", "数据"),
    "tab_by_document": ("By document", "按文档"),
    "tab_by_indicator": ("By indicator", "按指标"),
    "by_document_help": ("Document to date, place or attribute", "要设置日期、地区或发布机构的文档"),
    "correct_fact": ("Correct this fact", "更正此数据"),
    "correct_document": ("Correct a document", "更正文档信息"),
    "correction_action": ("Correction", "更正方式"),
    "action_fix": ("Fix a field", "修改字段"),
    "action_reject": ("Reject the fact", "否决此数据"),
    "new_value": ("New value", "新值"),
    "value_help": ("In base units, or as the report writes it: 181.68亿, 1.49万, 5%", "基本单位，或按报告写法：181.68亿、1.49万、5%"),
    "reason": ("Why (required)", "理由（必填）"),
    "reason_hint": ("e.g. the printed page says 2019", "例如：印刷版写的是2019年"),
    "your_name": ("Your name", "您的姓名"),
    "save_correction": ("Save correction", "保存更正"),
    "correction_saved": ("Correction {id} saved; it applies everywhere and survives re-extraction.",
                         "更正 {id} 已保存；在所有页面和导出中生效，重新提取后仍保留。"),
    "corrections_intro": ("Corrections are kept apart from extracted facts and applied on every read and export; "
                          "re-extraction keeps them, and any can be undone.",
                          "更正与提取的数据分开保存，在每次读取和导出时应用，重新提取后仍保留，也可以撤销。"),
    "no_corrections": ("No corrections yet. Correct a fact from its source panel, or a document on the Documents page.",
                       "尚无更正。可在数据出处面板更正数据，或在“文档”页更正文档。"),
    "pick_correction": ("Correction to undo", "要撤销的更正"),
    "undo_title": ("Undo a correction", "撤销更正"),
    "undo": ("Undo correction {id}", "撤销更正 {id}"),
    "undone": ("Correction {id} undone.", "更正 {id} 已撤销。"),
    "number": ("No.", "编号"),
    "target_fact": ("fact", "数据"),
    "target_document": ("document", "文档"),
    "changes": ("Change", "更改"),
    "author": ("By", "更正人"),
    "when": ("When", "时间"),
    "state": ("State", "状态"),
    "state_applied": ("applied", "已应用"),
    "state_orphan": ("not applied: its fact is gone", "未应用：对应数据已不存在"),
    "state_undone": ("undone by {who} on {when}", "已由{who}于{when}撤销"),
    "doc_region": ("Region (for facts that name none)", "地区（用于未注明地区的数据）"),
    "doc_status": ("Result", "结果"),
    "published_source": ("Date from", "日期来源"),
    "publisher": ("Publisher", "发布机构"),
    "error": ("Error", "错误"),
    "reread_failed": ("Latest re-read failed", "最近一次重新读取失败"),
    "reread_note": ("The latest re-read of {n} document(s) failed: their facts are kept from the last good read, "
                    "and the file is read again on the next ingest.",
                    "{n} 个文档最近一次重新读取失败：其数据保留自上一次成功读取，下次导入时会再次读取。"),
    "read_only_corrections": ("A published archive is read-only: corrections are made in a database.",
                              "已发布的归档为只读：更正需在数据库中进行。"),
    "ingested_at": ("Ingested", "导入时间"),
    "chars": ("Characters", "字数"),
    "extractor_version": ("Extractor", "提取器版本"),
    "file": ("File", "文件"),
    "why": ("Reason", "原因"),
    "stored_as": ("Stored as", "保存为"),
    "message": ("Message", "信息"),
    "source_masthead": ("masthead", "报头"),
    "source_filename": ("file name", "文件名"),
    "source_inferred": ("inferred from the text", "据正文推断"),
    "source_given": ("declared", "指定"),
    "source_correction": ("correction", "更正"),
    "status_ok": ("ok", "成功"),
    "status_failed": ("failed", "失败"),
    "job_queued": ("queued", "排队中"),
    "job_running": ("running", "处理中"),
    "job_done": ("done", "完成"),
    "job_failed": ("failed", "失败"),
    "job_duplicate": ("duplicate", "重复"),
}

# Units as a reader expects them; money is shown in 亿/万 by charts (see charts.display_scale).
UNIT_NAMES = {"%": ("%", "%"), "CNY": ("CNY", "元"), "USD": ("USD", "美元"), "EUR": ("EUR", "欧元"),
              "个百分点": ("percentage points", "个百分点")}
# Counting words in English (the Chinese word is the unit itself).
COUNT_WORDS = {"人": "people", "名": "people", "人次": "person-times", "件": "cases", "件次": "cases",
               "例": "cases", "个": "", "双": "pairs", "款": "styles", "亩": "mu", "吨": "tonnes",
               "户": "households", "家": "firms", "项": "items", "剂次": "doses", "剂": "doses", "所": "schools",
               "套": "sets", "公里": "km", "次": "times", "倍": "times"}
STATUSES = ("actual", "target", "estimate")
GRAIN_NAMES = {"day": ("day", "日"), "week": ("week", "周"), "month": ("month", "月"), "quarter": ("quarter", "季度"),
               "half": ("half-year", "半年"), "year": ("year", "年"), "year-to-date": ("year to date", "年初至今"),
               "multi-year": ("several years", "多年"), "span": ("other span", "其他时段")}
FIELD_NAMES = {"value": ("value", "数值"), "value_high": ("upper value", "上限值"), "unit": ("unit", "单位"),
               "qualifier": ("qualifier", "限定"), "status": ("status", "类型"), "region": ("region", "地区"),
               "period_start": ("period start", "起始日期"), "period_end": ("period end", "截止日期"),
               "subject": ("subject", "主题"), "indicator": ("indicator", "指标"), "family": ("family", "类别"),
               "published": ("published", "发布日期"), "publisher": ("publisher", "发布机构"),
               "rejected": ("rejected", "已否决")}
QUALIFIER_NAMES = {"exact": ("exact", "确数"), "approx": ("about", "约数"), "more_than": ("more than", "超过"),
                   "at_least": ("at least", "以上"), "less_than": ("less than", "不到"), "range": ("range", "区间")}


def t(key: str, lang: str, **fmt) -> str:
    """The wording for `key` in `lang` (English when the language is unknown)."""
    en, zh = _TEXT[key]
    text = zh if lang == "zh" else en
    return text.format(**fmt) if fmt else text


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


def unit_name(unit: str | None, lang: str) -> str:
    if not unit:
        return ""
    if unit in UNIT_NAMES:
        return _pick(UNIT_NAMES[unit], lang)
    return unit if lang == "zh" else (COUNT_WORDS.get(unit) if unit in COUNT_WORDS else unit)


def status_name(status, lang: str) -> str:
    return t(status, lang) if status in STATUSES else ("" if status is None else str(status))


def grain_name(grain, lang: str) -> str:
    return _pick(GRAIN_NAMES[grain], lang) if grain in GRAIN_NAMES else t("no_period", lang)


def field_name(field: str, lang: str) -> str:
    return _pick(FIELD_NAMES[field], lang) if field in FIELD_NAMES else field


def qualifier_name(qualifier, lang: str) -> str:
    return _pick(QUALIFIER_NAMES[qualifier], lang) if qualifier in QUALIFIER_NAMES else str(qualifier or "")
