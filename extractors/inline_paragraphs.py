"""Paragraph breaks a page prints inline, as full-width indentation inside one long line.

Some pages hold a whole article on one line and mark its paragraphs only by `　　` (lexicon `inline_indent`):
`…平稳。　　众志成城 抗击疫情　　面对疫情,…`. On such a line (one where at least two indentations follow a sentence end),
an indentation after a sentence end (`inline_paragraph_end`) or after a short heading that itself opens a paragraph
(`inline_paragraph_heading`) becomes a line break: its first `　` is replaced by `\\n`, one character for one, so offsets do
not change. Indentation elsewhere (a line that is not such a page, a `　` between words) is left as it is.
A page flattened with ordinary spaces where its lines broke (`…提出宝贵意见。 一、新时代新答卷 2018年,…`,
lexicon `inline_space`) is read the same way when at least two full stops are followed by one (`inline_space_end`:
a colon there is a field table's, `索 引 号: | … | 发布日期: | …`); a space inside a sentence (`列席人 员`) breaks nothing.
"""

from __future__ import annotations

import re

from .lexicon import lexicon

_INDENT = lexicon().compile("inline_indent", engine=re)
_SPACE = lexicon().compile("inline_space", engine=re)
_SPACED_END = lexicon().compile("inline_space_end", engine=re)
_PARAGRAPH_END = lexicon().compile("inline_paragraph_end", engine=re)
_HEADING = lexicon().compile("inline_paragraph_heading", engine=re)
_END_WINDOW = 3          # characters before an indentation read for a sentence end (`。”` and a bracket)
_MIN_PARAGRAPHS = 2      # sentence ends followed by an indentation that make a line an inline-paragraphed one


def break_inline_paragraphs(text: str) -> str:
    """text with its inline paragraph breaks as line breaks (same length; see the module docstring)."""
    if "\u3000" not in text and "\u0020" not in text:
        return text
    lines = text.split("\n")
    return "\n".join(_break_line(line, _INDENT, _PARAGRAPH_END) if "\u3000" in line
                     else _break_line(line, _SPACE, _SPACED_END) if " " in line else line for line in lines)


def _break_line(line: str, indent: re.Pattern, paragraph_end: re.Pattern) -> str:
    runs = [(m.start(), m.end()) for m in indent.finditer(line)]
    ends = [s > 0 and _ends_paragraph(line, s, paragraph_end) for s, _ in runs]
    if sum(ends) < _MIN_PARAGRAPHS:
        return line
    breaks: list[int] = []
    opened, at_start = 0, True   # where the current piece starts; does it open a paragraph
    for (s, e), after_end in zip(runs, ends, strict=True):
        piece = line[opened:s].strip()
        if piece and (after_end or at_start and _HEADING.fullmatch(piece) is not None):
            breaks.append(s)
        if piece:
            at_start = bool(breaks) and breaks[-1] == s
        opened = e
    if not breaks:
        return line
    chars = list(line)
    for s in breaks:
        chars[s] = "\n"
    return "".join(chars)


def _ends_paragraph(line: str, s: int, paragraph_end: re.Pattern) -> bool:
    return paragraph_end.search(line[max(0, s - _END_WINDOW):s].rstrip(" ")) is not None

