"""A report's title lines (its first lines, as far as they read as titles) and the kind of document they make it:
work report, communiqué, hotline report, COVID bulletin, newspaper page or article."""

from __future__ import annotations

import re

from .lexicon import lexicon

_LEX = lexicon()
_TITLE_LINES = 3
_TITLE_MAX = 64
_SENTENCE_PUNCT = re.compile(r"[。,，;；!！?？]")
_PAGE_FIELD = _LEX.compile("page_field_line")
_BREADCRUMB = _LEX.compile("page_breadcrumb_line")
_TITLE_FIELD = _LEX.compile("page_title_field")
_FIELD_TABLE_LINES = 8  # lines of a page's field table (index number, issuer, date, name) where its title field stands
_RUN_IN_TITLE = _LEX.compile("run_in_report_title")
_RUN_IN_REACH = 160  # characters of a page's opening where a run-in title may stand
_RUN_IN_GAP = 12     # characters of debris before the first run-in title, or between two


def _nth_line_end(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos == -1:
            return len(text)
    return pos


def _title(text: str) -> str:
    """The title lines: the first lines, as far as they read as titles (short, no sentence punctuation), after a
    page's breadcrumb line (`您当前的位置:首页 > …`) and before its field lines (`时间:2023-10-26 来源:…`); on a page
    that opens with a table of fields, its name field (`名 称: | “12345一号通”平台…情况通报 |`)."""
    if (field := _TITLE_FIELD.search(text, 0, _nth_line_end(text, _FIELD_TABLE_LINES))) is not None:
        return field["title"]
    end, start = 0, 0
    for _ in range(_TITLE_LINES):
        nxt = text.find("\n", end + 1 if end else 0)
        nxt = len(text) if nxt == -1 else nxt
        line = text[end:nxt].strip()
        if end == start and _BREADCRUMB.match(line):
            end = start = nxt
            continue
        if not line or len(line) > _TITLE_MAX or _SENTENCE_PUNCT.search(line) or _PAGE_FIELD.match(line):
            break
        end = nxt
    return text[start:end].strip("\n") or _run_in_titles(text)


def _run_in_titles(text: str) -> str:
    """A report's title run together with what follows it, when no title line stands on its own (`(河南?。?023年信阳市
    潢川县国民经济和社会发展统计公报2023年潢川县…统计公报(2024年4月1日)2023年全县…`, a page whose first line a bad
    decoding left with a stop inside, kinds67c): the report titles that open the text, joined by a line break."""
    titles, pos = [], 0
    for m in _RUN_IN_TITLE.finditer(text, 0, _RUN_IN_REACH):
        if m.start() - pos > _RUN_IN_GAP:
            break
        titles.append(m.group())
        pos = m.end()
    return "\n".join(titles)


_HEADING_LINES = 4  # short heading lines (`一、电话受理情况`, `(一)工单数量`) a report may open with


def opening_end(text: str) -> int:
    """The end of a report's opening: its first two lines, or, after short heading lines, the first line that reads
    as a sentence (`一、电话受理情况` / `(一)工单数量` / `6月,…共受理来电…件。`)."""
    end = _nth_line_end(text, 2)
    start = 0
    for _ in range(_HEADING_LINES):
        nxt = text.find("\n", start)
        nxt = len(text) if nxt == -1 else nxt
        line = text[start:nxt].strip()
        if _SENTENCE_PUNCT.search(line) or len(line) > _TITLE_MAX:
            return max(end, nxt)
        if nxt == len(text):
            break
        start = nxt + 1
    return end


_KINDS = tuple((kind, _LEX.compile(title), _LEX.compile(opening) if opening else None)
               for kind, title, opening in (
    ("work-report", "work_report_title", "work_report_opening"), ("communique", "communique_title", None),
    ("hotline", "hotline_title", "hotline_opening"), ("covid-bulletin", "covid_bulletin_title",
                                                      "covid_bulletin_opening")))
def document_kind(text: str, has_masthead: bool) -> str:
    """By the title; a bulletin or hotline report may open with its first line instead of a title."""
    title = _title(text)
    first_line = text[:opening_end(text)]
    for kind, pattern, opening in _KINDS:
        if pattern.search(title) or (opening and not has_masthead and opening.search(first_line)):
            return kind
    return "newspaper" if has_masthead else "article"
