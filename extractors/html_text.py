"""Text of an HTML report: scripts, styles and other non-content dropped, block elements as paragraph breaks.

Uses the standard library's html.parser (entities are decoded by it). Whitespace inside a text run is
collapsed the way a browser shows it, except that a source line break between two Han characters
disappears (Chinese has no spaces between words).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "select"}
_KEEP_IN_HEAD = {"title"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "caption",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}
_HAN_BREAK = re.compile(r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])\s*\n\s*(?=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES = re.compile(r"[ \t]*\n[ \t\n]*")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.keep_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag in _KEEP_IN_HEAD:
            self.keep_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _KEEP_IN_HEAD and self.keep_depth:
            self.keep_depth -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip_depth and not self.keep_depth:
            return
        data = _HAN_BREAK.sub("", data)
        self.parts.append(_SPACES.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, blocks apart by a blank line.

    A blank line, not a single break: HTML text is never hard-wrapped, and a single break reads to the
    normalizer as a PDF wrap, which joined a headline (`<h2>`) to the paragraph after it.
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return _BLANK_LINES.sub("\n\n", "".join(parser.parts)).strip()
