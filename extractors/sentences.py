"""Segmentation of canonical text into articles, paragraphs and sentences (spans, no copying of text).

A newspaper page holds many articles; the time and place a fact is about follow its article, so the
segmenter marks article starts at headline-like lines (short, no sentence punctuation) and at bylines
(`本报讯`, `新华社…电`). A line break is a sentence end only where the line is complete (ends with
sentence punctuation or is a headline); other breaks are PDF wraps inside a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .lexicon import lexicon
from .line_layout import ends_with_caption, phrased_title

_SENTENCE_END = regex.compile(r"[。！？!?]+[”’\"」』)）]?")
_QUOTED_CRY = regex.compile(r"[！？!?]+[”’\"」』]")
_HAN = regex.compile(r"\p{Han}")
_OPENING_QUOTES = ("“", "‘", "「", "『", '"')
_FIGURE_LINE = lexicon().compile("{figure_line}")
_CHART_CAPTION = lexicon().compile("chart_caption")
_PHOTO_CREDIT = lexicon().compile("photo_credit_line")
_CREDIT_ENDS = frozenset((*lexicon().words("photo_credit_mark"), ")"))  # the credit, or its bracket's close
_LINE_DONE = "。！？!?;；:：”」』)）"
_BYLINE = lexicon().compile(r"^\s*{byline}")
_PIPE_ROW = lexicon().compile("table_pipe_row")  # `第一产业 | 41 | 3.5 |`: a table's row, no headline
_BAR_CELL = lexicon().compile("table_bar_cell")  # `指标 |`, `|`: a scraped table's cell a line, no headline
_CONTINUATION = frozenset(lexicon().words("wrap_continuation"))
_SECTION = lexicon().compile(r"\s*{section_number}")
_TOP_SECTION = lexicon().compile(r"\s*{top_section_number}")
_HAS_PUNCT = regex.compile(r"[。,，;；!！?？]")
_LEAD_PUNCT = regex.compile(r"[。;；!！?？]")
_LEAD_HEADLINE_CHARS = 40
_ITEM_LINE = lexicon().compile("numbered_item_line")
_PHRASED_HEADING = lexicon().compile("phrased_heading")
_BULLET_LINE = lexicon().compile("bullet_line")
_ITEM_HEADING = lexicon().compile("item_heading_number")
_CUT_SECTION_HEADING = lexicon().compile("cut_section_heading")
_RUN_IN_HEADING = lexicon().compile("run_in_heading")
_SIGNATURE_BODY = lexicon().compile("signature_body")
_SIGNATURE_DATE = lexicon().compile("signature_date")


def is_item_line(text: str, start: int = 0, end: int | None = None) -> bool:
    """`1.鄂尔多斯市11例(…)`: a numbered line whose place or thing is counted right away, an item of a list."""
    return _ITEM_LINE.match(text, start, len(text) if end is None else end) is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int      # index into Segmented.paragraphs
    article: int        # index into Segmented.articles
    section: int = -1   # index into Segmented.sections (-1 before the article's first numbered heading)


@dataclass(frozen=True, slots=True)
class Article:
    start: int
    end: int
    headline: str       # the headline lines that open it ('' when it starts at a byline)


@dataclass(frozen=True, slots=True)
class Section:
    start: int          # the heading paragraph's start
    heading: str        # `一、2019年工作回顾`
    article: int
    level: int = 1      # 1 for `一、`, 2 for `（一）`: a sub-section is inside the section before it


@dataclass(frozen=True, slots=True)
class Segmented:
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    articles: list[Article]
    headline_starts: frozenset[int]   # starts of paragraphs that are headline lines
    sections: list[Section] = field(default_factory=list)
    lead_starts: frozenset[int] = frozenset()  # a document's lead lines with a comma (`…十万个村，…七百亿元`): their
    # figures are a headline's, but they open, scope and date nothing (read as a paragraph of their own, as before)


def _is_headline(line: str) -> bool:
    s = line.strip()
    if len(s) < 4 and _CUT_SECTION_HEADING.fullmatch(s):
        return True  # `二、农`: a numbered heading cut short, on its own line
    return 4 <= len(s) <= 64 and not _HAS_PUNCT.search(s) and not s.endswith(("、", "—", ":", "：")) \
        and not is_item_line(s)


def _is_lead_headline(line: str) -> bool:
    """A document's first line, not indented, that reads as a headline but for a comma between its two halves
    (`精准帮扶十万个村，产业投入逾七百亿元`): a headline, as its figures are the body's repeated."""
    s = line.strip()
    return line[:1] == s[:1] and 4 <= len(s) <= _LEAD_HEADLINE_CHARS and not _LEAD_PUNCT.search(s) \
        and not s.endswith(("、", "—", ":", "：", ",", "，")) and not is_item_line(s)


def _is_numbered_heading(line: str) -> bool:
    """`（四）2020年一般公共预算收入预计和支出安排。`: a short numbered heading that ends with a full stop, or one of
    two phrases joined by a comma (`一、农业生产基本稳定,秋粮生长形势较好`)."""
    s = line.strip()
    return s.endswith("。") and _SECTION.match(s) is not None and _is_headline(s[:-1]) \
        or _PHRASED_HEADING.match(s) is not None


def _credited(line: str) -> bool:
    """`新闻发布会现场。某某 摄`: a photo's caption, ended by its credit, is a paragraph of its own."""
    return line.rstrip()[-1:] in _CREDIT_ENDS and _PHOTO_CREDIT.search(line.rstrip()) is not None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def _last_char(text: str, start: int, end: int) -> str:
    """The last visible character of the paragraph text[start:end], whose last line (after its last line break)
    holds one: read from that line alone, so that a paragraph of many wrapped lines is not copied per line."""
    return text[max(start, text.rfind("\n", start, end) + 1):end].rstrip()[-1:]


def _signature_line(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Line k is a signature's: an issuing body's line alone with the date line right after it, or that date line."""
    def line(i: int) -> str:
        return text[lines[i][0]:lines[i][1]].strip() if 0 <= i < len(lines) else ""
    here = line(k)
    if (dated := _SIGNATURE_DATE.search(here)) is not None and dated.start() > 0:
        return _SIGNATURE_BODY.fullmatch(here[:dated.start()].rstrip()) is not None  # the two joined on one line
    if _SIGNATURE_BODY.fullmatch(here) is not None:
        return _SIGNATURE_DATE.fullmatch(line(k + 1)) is not None
    return _SIGNATURE_DATE.fullmatch(here) is not None and _SIGNATURE_BODY.fullmatch(line(k - 1)) is not None


def _paragraphs(text: str, cells: frozenset[int] = frozenset()) -> tuple[list[tuple[int, int]],
                                                                         list[tuple[int, bool, str, bool, bool]]]:
    """Paragraph spans (wrapped lines joined) and, per paragraph, (start, opens_article, headline, section, lead).
    A table's cell line (`cells`: where they start) is a paragraph of its own, never a headline."""
    paras: list[tuple[int, int]] = []
    marks: list[tuple[int, bool, str, bool, bool]] = []
    cur_start = None
    cur_end = 0
    prev_headline = prev_figure = prev_cell = prev_lead = prev_bullet = prev_title = False
    signed = False  # the line before closed a signature: the next line opens a story of its own
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        following = text[lines[k + 1][0]:lines[k + 1][1]].lstrip()[:1] if k + 1 < len(lines) else ""
        if _signature_line(text, lines, k):
            # `某市卫生健康委员会` over `2020年2月2日`: the close of the bulletin above, never the next one's headline
            if cur_start is not None:
                paras.append((cur_start, cur_end))
            cur_start, cur_end = s, e
            marks.append((s, False, "", False, False))
            signed = _SIGNATURE_DATE.search(line.strip()) is not None
            prev_headline, prev_title = False, True
            continue
        # a line the next one continues (`…电话来电` / `和其他平台留言…`) is a wrapped sentence, not a headline
        cell = s in cells or _PIPE_ROW.match(line.strip()) is not None or _BAR_CELL.match(line.strip()) is not None
        caption = _CHART_CAPTION.match(line) is not None  # `图1：…占比`: no headline, a paragraph of its own
        credited = _credited(line)  # `某某作政府工作报告 某某 摄`: a photo's caption, no headline of a new article
        headline = not cell and not caption and not credited and (_is_headline(line) or _is_numbered_heading(line)
                                                 or k == 0 and _is_lead_headline(line)) \
            and following not in _CONTINUATION
        lead_line = k == 0 and headline and not _is_headline(line) and not _is_numbered_heading(line)
        byline = not cell and bool(_BYLINE.match(line))
        figure = _FIGURE_LINE.fullmatch(line.strip()) is not None or caption or credited or ends_with_caption(line)
        continues = (cur_start is not None and not cell and not prev_cell and not headline and not byline
                     and not prev_headline and not prev_lead and not prev_bullet and not prev_title
                     and not figure and not prev_figure and _last_char(text, cur_start, cur_end) not in _LINE_DONE)
        if continues:
            cur_end = e
        else:
            if cur_start is not None:
                paras.append((cur_start, cur_end))
            cur_start, cur_end = s, e
            if not headline and not cell and (run_in := _RUN_IN_HEADING.match(line)) is not None:
                # `(二)…双增长2021年玉米播种面积…`: the heading printed on its sentence's line is a paragraph of its own
                paras.append((s, s + run_in.end()))
                marks.append((s, False, run_in.group().strip(), True, False))
                cur_start = s + run_in.end()
                s = cur_start
            # a numbered section heading (`二、“十四五”主要目标`) goes on with its report, it opens no article
            section = headline and bool(_SECTION.match(line))
            item = headline and _ITEM_HEADING.match(line) is not None  # `1.政府资助`: an item of its section
            opens = (headline or byline) and not prev_headline and not section and not item or signed
            signed = False
            marks.append((s, opens, line.strip() if headline and not lead_line and not item else "", section,
                          lead_line))  # an item heading is no part of the article's headline
        # a lead line with a comma stays an article of its own with no headline, as it was read before (the headline
        # after it opens the body's article: headline_repeats.body_article)
        prev_headline, prev_figure, prev_cell, prev_lead = headline and not lead_line, figure, cell, lead_line
        prev_bullet = _BULLET_LINE.match(line) is not None  # `●…好转态势`: a sub-heading the next line does not continue
        prev_title = phrased_title(line.strip())  # `农业生产平稳增长,农产品供应充足`: a sub-heading too, not an article's
    if cur_start is not None:
        paras.append((cur_start, cur_end))
    return paras, marks


def segment(text: str, cells: frozenset[int] = frozenset()) -> Segmented:
    """Sentences, paragraphs and articles of canonical text (`cells`: where a table's cell lines start)."""
    paras, marks = _paragraphs(text, cells)
    articles: list[Article] = []
    sections: list[Section] = []
    section_of: dict[int, int] = {}    # paragraph start → section index
    headline_parts: list[str] = []
    for start, opens, headline, is_section, _lead in marks:
        if opens or not articles:
            articles.append(Article(start, len(text), ""))
            headline_parts = []
        if is_section:  # a numbered heading is its section's, not the article's headline
            level = 1 if _TOP_SECTION.match(headline) else 2
            sections.append(Section(start, headline, len(articles) - 1, level))
        elif headline:
            headline_parts.append(headline)
            a = articles[-1]
            articles[-1] = Article(a.start, a.end, " ".join(headline_parts))
        if sections and sections[-1].article == len(articles) - 1:
            section_of[start] = len(sections) - 1
    for k in range(len(articles) - 1):
        a = articles[k]
        articles[k] = Article(a.start, articles[k + 1].start, a.headline)
    sentences: list[Sentence] = []
    art = 0
    for p, (ps, pe) in enumerate(paras):
        while art + 1 < len(articles) and articles[art + 1].start <= ps:
            art += 1
        pos, section = ps, section_of.get(ps, -1)
        for m in _SENTENCE_END.finditer(text, ps, pe):  # a line break inside a paragraph ends no sentence
            if _QUOTED_CRY.fullmatch(m.group()) and _HAN.match(text, m.end()) and _named_inline(text, ps, m.start()):
                continue  # `开展“雅安12345心系你和我!”主题宣传活动`: a cry inside a quoted name goes on
            end = m.end()
            if text[pos:end].strip():
                sentences.append(Sentence(pos, end, p, art, section))
            pos = end
        if text[pos:pe].strip():
            sentences.append(Sentence(pos, pe, p, art, section))
    return Segmented(sentences, paras, articles, frozenset(s for s, _, h, _, _ in marks if h),
                     sections, frozenset(s for s, _, _, _, lead in marks if lead))


def _named_inline(text: str, lo: int, pos: int) -> bool:
    """The quote closing at pos opened right after a word (`开展“…!”主题活动`): a name quoted inside a sentence, not
    speech (`“…开了5家店！”他说`, `说:“…!”`)."""
    opened = max(text.rfind(q, lo, pos) for q in _OPENING_QUOTES)
    return opened > lo and _HAN.match(text, opened - 1) is not None


def sentence_start_before(text: str, lo: int, end: int, marks: str = "。！？!?\n") -> int:
    """Where the sentence ending at end opens, never before lo: after the last of marks before it (its own end mark at
    end - 1 aside; a line break ends a sub-heading a paragraph opens with)."""
    return max(lo, max(text.rfind(c, lo, end - 1) for c in marks) + 1)


def inside_bracket(text: str, start: int, pos: int) -> bool:
    """pos sits inside a bracket opened after start and not yet closed."""
    opened = max(text.rfind("(", start, pos), text.rfind("（", start, pos))
    return opened > max(text.rfind(")", start, pos), text.rfind("）", start, pos))


def same_bracket(text: str, start: int, before: int, pos: int) -> bool:
    """pos sits inside a bracket that opened right at before (only spaces between) or before it, and that is still
    open at pos: `12例(本土9例,境外输入3例)` — 9 and 3 after the 12 the bracket follows, 3 after its sibling 9."""
    opened = max(text.rfind("(", start, pos), text.rfind("（", start, pos))
    if opened < max(text.rfind(")", start, pos), text.rfind("）", start, pos)) or opened < 0:
        return False
    return opened < before or not text[before:opened].strip()


_GROUP_ENDS = ";；。！？!?\n"


def group_start(text: str, sentence_start: int, pos: int) -> int:
    """Where the `；` clause group that holds pos begins, in its sentence from sentence_start."""
    return max(sentence_start, *(text.rfind(c, sentence_start, pos) + 1 for c in _GROUP_ENDS))
