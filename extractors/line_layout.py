"""How a plain text is laid out, measured once before it is normalized: the width its lines are cut at (a
paragraph per line, or hard-wrapped text), whether indents mark paragraphs, and which short lines of wrapped text
stand apart as headings."""

from __future__ import annotations

from .lexicon import lexicon

LONG_LAYOUT_LINE = 40   # a page whose typical line is this long holds a paragraph per line
_LAYOUT_SAMPLE_LINES = 4000
_CELL_LINE = 6   # characters: a line this short is a table cell or a list item, not a wrapped line
_WRAPPED_MIN, _HEADING_MIN = 16, 4   # a wrap width this narrow is a column; a heading this short a fragment
_PHRASED_TITLE = lexicon().compile("phrased_title")
_TRAILING_CAPTION = lexicon().compile("trailing_chart_caption")
_CAPTION_TAIL = 64  # characters of a line's end a trailing caption may take, with the sentence end before it


def line_width(lines: list[str]) -> int:
    """The upper quartile of (a sample of) non-blank line lengths: at or over LONG_LAYOUT_LINE a page holds a
    paragraph per line, under it the width hard-wrapped text is cut at. A table's cells, one per line (`1575`,
    `万箱`), say nothing about wrapping and are left out."""
    lengths = sorted(len(x) for x in lines[:_LAYOUT_SAMPLE_LINES] if len(x.strip()) > _CELL_LINE)
    return lengths[(3 * len(lengths)) // 4] if lengths else 0


def short_heading(line: str, following: str, block_start: bool, blank_after: bool, width: int) -> bool:
    """In hard-wrapped text, past its first block, a line without punctuation that starts a block and ends well
    short of the width, followed at once by a full-width line: a heading on its own line (`2019年和今年以来工作回顾`
    over its paragraph), never the first words of that paragraph. (The text's first lines keep their old reading:
    a title the title rules read joined.)"""
    return block_start and not blank_after and width >= _WRAPPED_MIN \
        and _HEADING_MIN <= len(line) <= width * 3 // 4 and len(following) >= width * 9 // 10


def indents_paragraphs(lines: list[str]) -> bool:
    """True when some lines start indented (two spaces or more, `　　` folded) and others not: the indent then
    marks where a paragraph starts (a page where every line is indented says nothing)."""
    sample = [x for x in lines[:_LAYOUT_SAMPLE_LINES] if x.strip()]
    indented = sum(1 for x in sample if x[:2].isspace())
    return 0 < indented < len(sample)


def phrased_title(line: str) -> bool:
    """A title or sub-heading of two phrases joined by a comma, with no figure (lexicon `phrased_title`): on a page
    of paragraph lines, when it starts a block, a line of its own."""
    return _PHRASED_TITLE.match(line) is not None


def ends_with_caption(line: str) -> bool:
    """`…较为集中的领域。图3诉求内容分类图`: a chart's caption printed after a paragraph's last sentence; the line
    stands apart, so the next line's item does not run on from the caption."""
    return _TRAILING_CAPTION.search(line[-_CAPTION_TAIL:]) is not None
