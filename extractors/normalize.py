"""Canonical text for matching, with an exact offset map back to the decoded source.

What canonical text looks like (patterns are written against this, and only this):

- A document in traditional characters is in simplified ones (script.py; one character for one).
- Full-width ASCII forms U+FF01..U+FF5E are folded to ASCII: `０-９` → `0-9`, `Ａ` → `A`, `％` → `%`,
  `，` → `,`, `；` → `;`, `：` → `:`, `！` → `!`, `？` → `?`, `（）` → `()`, `．` → `.`, `－` → `-`, `～` → `~`,
  `＋` → `+`. Half-width CJK forms fold to their usual form (`｡` → `。`, `､` → `、`, `｢｣` → `「」`), `￥` → `¥`.
  So a Chinese comma is always `,`; sentence ends are `。`, `!`, `?`, `;` and the line break `\\n`.
  Kept as they are: `。`, `、`, `“”‘’`, `《》`, `—`, `…`, `·`, and every Han character (no NFKC: `①` stays); only a
  middle dot printed for a decimal point between digits before a unit or `%` is `.` (`1·8%` → `1.8%`, lexicon
  `decimal_middle_dot`; `5·12地震` stays).
- Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) are removed.
- Line ends (`\\r\\n`, `\\r`, U+2028/2029, form feed) are `\\n`. Leading and trailing whitespace of every
  line is removed and blank lines are dropped: a line break that is kept is exactly one `\\n`.
- Hard line breaks (PDF columns, wrapped text) are joined, even across blank lines (`城乡建\n\n设` → `城乡建设`,
  `占比\n15%` → `占比15%`, `5000万美\n元` → `5000万美元`); a join between two Latin letters becomes one space.
  A break is kept (as one `\n`) where something ends or starts:
  * after sentence-final `。!?`, optionally followed by closing quotes or a short bracketed credit
    (`。”`, `满意。(热线轩)`, `奇迹。 (转自《人民日报》)`);
  * after a spaced headline: a line without `,;。!?` whose words are separated by spaces
    (`开好头 起好步`, `拉 长 现 代`; not `本报讯 西安区…`);
  * after a block — the lines since the last kept break — without `,;。!?` or a Chinese-style `:`
    (`问题有:` counts, `热线:0437` and `http://` do not), at most 60 characters, followed by a blank
    line: a headline, even one wrapped over several lines. Never the text's first block (`城乡建\n\n设`
    joins);
  * on a page whose lines are paragraphs (upper-quartile line length ≥ 40): after a line of at most 40
    characters without `,;。!?` that follows a kept break or precedes a blank line (headings, bylines,
    signatures, list items; not the short tail of a re-wrapped line);
  * on a hard-wrapped page (upper-quartile line length 16 to 39), past the first block: after a line without
    `,;。!?` that follows a kept break, is at most three quarters of that width and is followed at once by a
    line of nine tenths of it or more (a heading such as `2019年和今年以来工作回顾` over its wrapped paragraph,
    whose time must not open the paragraph: line_layout.short_heading);
  * never after a line without `,;。!?` on a page printed a clause a line (poster_lines.py: at least five short lines,
    and a third of all, end on a figure and its unit, none holding punctuation): there the break becomes a comma (one
    character for one), so `今年春运期间` / `全市…45091辆` / `其中…41065辆` reads as one sentence of clauses;
  * before a line opening with its day and clock or a pause (`10月21日0—24时,…`) after a line without
    `,;。!?` (a title), unless that line ends on a word governing the date (`截至`; lexicon `dated_line_opening`);
  * before a line starting `本报讯`, `新华社` or `——`; on a page whose lines are paragraphs, after a line that opens
    with a bullet mark (`●市场销售延续好转态势`: a sub-heading, never the next sentence's opening);
  * after a numbered heading cut short to a word or two (`二、农`, lexicon `cut_section_heading`) that starts a block;
  * before and after a table row (two `|` or more) and a caption (`图1 2018-2022年…`, `表3 …`), also after a caption
    ending a paragraph's line (`…领域。图3诉求内容分类图`, lexicon `trailing_chart_caption`); after a photo
    credit (`…某报记者 王某 摄`);
  * before an indented line (two spaces or more, `　　`), on a page where some lines are indented and others
    not: the indent starts a paragraph (`…高于世界主要经济体` + `　　20.7%` stay apart).
  A line with an unclosed `(` never counts as a headline (`本报讯(记者` + `王茵)…` join).
- A line of three short cells or more split by single tabs, none holding `,;:。`, has its tabs as `|` (a table row);
  other tabs are spaces.
- Inside a line, whitespace runs (space, tab, NBSP, ideographic space …) become one space, and are removed
  entirely next to a digit when the other side is a digit group of three (`1 234`), a Han character, `%` or
  `‰` (`100 万双` → `100万双`, `9月 1日` → `9月1日`, `2280 件` → `2280件`, `超过 24 小时` → `超过24小时`).
  Spaces between Han characters stay (`2021年11月19日 星期五`).
- A doubled or mixed separator of a scraped page keeps only its stronger mark (`。` over `;` over `、` over `,`;
  lexicon `doubled_separator`): `荆州市5例,、荆门市3例` → `荆州市5例、荆门市3例`, `20例,,其中` → `20例,其中`.
- A footnote's number in square brackets after a word (`常住人口[2]为…`, lexicon `footnote_marker`) is removed.
- A pinyin gloss right after a Han character (a bracket of at most six Latin letters with a tone mark: `区(qū)`,
  `童寯(jùn)`) is removed: a mirror glossing every character would split words and place chains.

The offset map stores breakpoints (one per edit), not one integer per character. Runs in linear time: one
`str.replace` per fold character present, one pass over lines for the breaks, and per-line regex work only
for lines with spaces or zero-width characters (~35 MB/s per core on 13-character hard-wrapped lines,
~80 MB/s on paragraph-per-line pages).

The Canonical value and its OffsetMap are offset_map.py.
"""

from __future__ import annotations

import re
from array import array

from .inline_fixes import ZERO_WIDTH, fix_inline, inline_fixer
from .inline_paragraphs import break_inline_paragraphs
from .lexicon import lexicon
from .line_layout import (
    LONG_LAYOUT_LINE,
    ends_with_caption,
    indents_paragraphs,
    line_width,
    phrased_title,
    short_heading,
)
from .offset_map import Canonical, OffsetMap
from .poster_lines import poster_page
from .script import to_simplified

# 1:1 folds (same length, so offsets are unchanged by this step).
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(a): b for a, b in {
    "\u3000": " ", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u205f": " ", "\t": " ", "\x0b": "\n",
    "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
    "\uff61": "。", "\uff62": "「", "\uff63": "」", "\uff64": "、", "\uff65": "·", "\uffe5": "¥", "\uffe0": "¢",
    "\uffe1": "£",
}.items()})
_FOLD.update({cp: " " for cp in range(0x2000, 0x200B)})  # en/em/thin/hair spaces
_FOLD_PAIRS = tuple((chr(k), v if isinstance(v, str) else chr(v)) for k, v in _FOLD.items())

_STRIP = " \r" + ZERO_WIDTH
_NEEDS_FOLD = re.compile(r"[\uff01-\uff65\uffe0\uffe1\uffe5\u3000\u00a0\u2000-\u200a\u202f\u205f\t\x0b\x0c\u2028\u2029\u0085]")
_SENTENCE_PUNCT = re.compile(r"[,;。!?]")
_BLOCK_PUNCT = re.compile(r"[,;。!?]|:(?![!-~])")  # a colon counts, but not in `热线:0437` or `http://`
_FINAL = frozenset("。!?")
_CLOSERS = "”’\"'」』"
_TRAILING_CREDIT = re.compile(r"\([^()\n]{1,16}\)$")
_SPACED_WORDS = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"\([^()]*\)?|\([^()]*$")
_DATELINE = lexicon().compile("credit_line", engine=re)
_DECIMAL_DOT = lexicon().compile("decimal_middle_dot", engine=re)
_MIDDLE_DOTS = re.compile("[·・]")
_STARTS_BLOCK = lexicon().compile("block_opener", engine=re)
_PHRASED_HEADING = lexicon().compile("phrased_heading")
_BULLET_LINE = lexicon().compile("bullet_line")
_CUT_HEADING = lexicon().compile("cut_section_heading")  # `二、农` on its own line: a heading cut short
_BLOCK_OPENERS = frozenset(word[0] for word in lexicon().words("block_opener"))
_CLOSING = frozenset(_CLOSERS + ")")
_HEADLINE_MAX = 60
_CAPTION = lexicon().compile("chart_caption")
_REPORT_TITLE = lexicon().compile("wrapped_report_title")
_PAGE_FIELD = lexicon().compile("page_field_line", engine=re)
_PAGE_FIELD_FIRST = frozenset(word[0] for word in lexicon().words("page_field_label"))  # most lines are not asked
_FIGURE_ITEM = lexicon().compile("figure_item_line")
_ITEM_ENDS = frozenset(word[-1] for word in lexicon().words("figure_item_unit"))  # most lines are not asked
_SECTION_START = lexicon().compile("^{section_number}")
_PHOTO_CREDIT = lexicon().compile("photo_credit_line")
_CREDIT_ENDS = frozenset((*lexicon().words("photo_credit_mark"), ")"))  # the credit, or its bracket's close
_DATED_LINE = lexicon().compile("dated_line_opening", engine=re)
_DATE_GOVERNED = lexicon().compile("date_governing_end", engine=re)
_TAB_ROW = re.compile(r"^[^\n\t]+(?:\t[^\n\t]+){2,}$", re.M)   # three cells or more, none empty
_CELL_PUNCT = re.compile(r"[,，;；。!！?？:：]")   # a piece with these is a clause, not a cell
_TAB_CELL_MAX = 24   # characters: a longer tab-separated piece is prose, not a cell
_FIGURE_LINE = re.compile(r"\d")  # a subtitle stating a figure (`今年GDP预期增长7.5%左右`; not a bracketed `（2019春运一线）`)
_LONG_LAYOUT_SHORT = 40   # on a page of paragraph lines, a line this short is a heading or an item



def _tab_rows(text: str) -> str:
    """A line of three short cells or more split by single tabs (`粮食产量\t万吨\t45.6\t2.0`) is a table row:
    its tabs become `|` (one for one, offsets unchanged), so the row keeps its cells apart."""
    def row(m: re.Match) -> str:
        cells = m.group().split("\t")
        short = all(cell.strip() and len(cell.strip()) <= _TAB_CELL_MAX and not _CELL_PUNCT.search(cell)
                    for cell in cells)
        return m.group().replace("\t", "|") if short else m.group()
    return _TAB_ROW.sub(row, text)


def _stands_apart(line: str) -> bool:
    """A table row (`指标 | 单位 | 绝对数`), a cell closed by its bar (`农林牧渔业 |`, a scraped table written a cell
    per line), a caption (`图1 2018-2022年地区生产总值`) or a page's field line (`发布日期:…`): a line of its own."""
    bars = line.count("|")
    return bars >= 2 or (bars == 1 and line.endswith("|") and len(line) <= _TAB_CELL_MAX + 2) \
        or _CAPTION.match(line) is not None or line[0] in _PAGE_FIELD_FIRST and _PAGE_FIELD.match(line) is not None


def _item_lines(prev: str, line: str) -> bool:
    """`市直部门5216件` then `街道 455件`, or a numbered heading then such a line: a list of counts a line each."""
    return line[-1] in _ITEM_ENDS and _FIGURE_ITEM.match(line) is not None and (
        _SECTION_START.match(prev) is not None or prev[-1] in _ITEM_ENDS and _FIGURE_ITEM.match(prev) is not None)


def _dated_after_title(prev: str, line: str) -> bool:
    """`…疫情最新情况` then `10月21日0—24时,…`: a sentence opening with its day after a title, not the title's end."""
    return "0" <= line[0] <= "9" and _DATED_LINE.match(line) is not None and _SENTENCE_PUNCT.search(prev) is None \
        and _DATE_GOVERNED.search(prev) is None


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    if stripped.endswith(")"):
        stripped = _TRAILING_CREDIT.sub("", stripped).rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _FINAL


def _headline_like(line: str, block_start: bool, blank_after: bool, long_layout: bool,
                   plain_block: bool) -> bool:
    """For a line without sentence punctuation: does it stand apart (headline, caption, list item)?"""
    if "(" in line and line.count("(") > line.count(")"):
        return False  # `本报讯(记者` continues inside its bracket
    if long_layout and len(line) <= _LONG_LAYOUT_SHORT and (block_start or blank_after):
        return True
    if " " in line and _SPACED_WORDS.search(_DATELINE.sub("", _BRACKETED.sub("", line))):
        return True
    return plain_block and blank_after


def _fold(text: str) -> str:
    # One str.replace per fold character present: several times faster than str.translate on CJK text.
    for ch, rep in _FOLD_PAIRS:
        if ch in text:
            text = text.replace(ch, rep)
    return text


def normalize(source: str) -> Canonical:
    """Canonical text of a decoded document, with its offset map (see the module docstring)."""
    folded = to_simplified(source)  # traditional characters → simplified, one to one
    folded = _tab_rows(folded) if "\t" in folded else folded
    folded = break_inline_paragraphs(folded)  # `…平稳。　　面对…` on a one-line page: a line break, one for one
    folded = _fold(folded) if _NEEDS_FOLD.search(folded) else folded
    if _MIDDLE_DOTS.search(folded):
        folded = _DECIMAL_DOT.sub(".", folded)  # `1·8%` → `1.8%`: one character for one, offsets unchanged
    if "\r" in folded:
        folded = re.sub(r"\r(?!\n)", "\n", folded)  # lone CR (old Mac) → LF; CRLF's CR is stripped per line
    pieces: list[str] = []
    starts, deltas = array("q", [0]), array("q", [0])
    c = 0  # canonical length so far
    pos = 0  # source offset of the current raw line
    prev: str | None = None
    prev_block_start = True  # the text's first line starts a block: on a paragraph-per-line page, a title
    # The lines since the last kept break: do they hold no punctuation at all, and how long are they?
    # The first block of the text never counts as a headline on its own (`城乡建\n\n设` joins).
    block_plain, block_len, first_block = True, 0, True
    blanks = 0
    needs_fix = inline_fixer(folded)
    lines = folded.split("\n")
    width = line_width(lines)
    long_layout = width >= LONG_LAYOUT_LINE
    poster = not long_layout and poster_page(lines)  # a clause a line, no punctuation: breaks are pauses
    indents = indents_paragraphs(lines)
    delta = 0
    # Hot loop (one pass per line): names bound locally, the common cases tested inline.
    strip, final, closing, openers = _STRIP, _FINAL, _CLOSING, _BLOCK_OPENERS
    punctuation = _SENTENCE_PUNCT.search
    add_piece, add_start, add_delta = pieces.append, starts.append, deltas.append
    for raw in lines:
        line_start = pos
        pos += len(raw) + 1
        content = raw.strip(strip)
        if not content:
            blanks += 1
            continue
        src = line_start if raw[0] == content[0] else line_start + len(raw) - len(raw.lstrip(strip))
        if prev is not None:
            last = prev[-1]
            if last in final or (last in closing and _ends_sentence(prev)) or _stands_apart(prev) \
                    or _stands_apart(content) or (last in _CREDIT_ENDS and _PHOTO_CREDIT.search(prev)) \
                    or ends_with_caption(prev):
                sep = "\n"
            elif punctuation(prev) is None and (_headline_like(
                    prev, prev_block_start, blanks > 0, long_layout,
                    block_plain and not first_block and block_len <= _HEADLINE_MAX)
                    or not (long_layout or first_block) and short_heading(prev, content, prev_block_start, blanks > 0, width)):
                sep = "\n"
            elif poster and punctuation(prev) is None:
                sep = ","  # `今年春运期间` / `全市…投入客运车辆45091辆` / `其中…`: one clause after another
            elif (content[0] in openers and _STARTS_BLOCK.match(content)) or (indents and raw[:2].isspace()) \
                    or _PHRASED_HEADING.match(prev) or _PHRASED_HEADING.match(content) \
                    or prev_block_start and _CUT_HEADING.fullmatch(prev) \
                    or _item_lines(prev, content) or _dated_after_title(prev, content) \
                    or first_block and prev_block_start and _REPORT_TITLE.fullmatch(prev) is not None \
                    or long_layout and (_BULLET_LINE.match(prev) or prev_block_start and phrased_title(prev) and (
                        not first_block or _FIGURE_LINE.search(_BRACKETED.sub("", content)) and not _ends_sentence(content))):
                sep = "\n"  # a byline, an indented paragraph, around `一、农业生产基本稳定,秋粮生长形势较好`, after `●…`, `二、农`
            elif last < "\x80" and content[0] < "\x80" and last.isalpha() and content[0].isalpha():
                sep = " "
            else:
                sep = ""
            prev_block_start = sep == "\n"
            if prev_block_start:
                block_plain, block_len, first_block = True, 0, False
            if sep:
                add_piece(sep)
                c += 1
        if c + delta != src:
            delta = src - c
            if starts[-1] == c:
                deltas[-1] = delta
            else:
                add_start(c)
                add_delta(delta)
        if needs_fix(content):
            content, marks = fix_inline(content)
            for new_off, old_off in marks:
                delta = src + old_off - (c + new_off)
                add_start(c + new_off)
                add_delta(delta)
        add_piece(content)
        c += len(content)
        block_len += len(content)
        if block_plain and _BLOCK_PUNCT.search(content):
            block_plain = False
        prev = content
        blanks = 0
    return Canonical("".join(pieces), OffsetMap(starts, deltas, c, len(source)))
