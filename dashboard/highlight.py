"""Report text shown safely: HTML-escape first, then mark the number a fact was read from."""

from __future__ import annotations

import math

import regex

_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*")
_UNIT_TAIL = regex.compile(r"(?:余|多)?(?:万亿|亿|万|千|百)?(?:余|多)?"
                           r"(?:%|％|个百分点|美元|元|人次|件次|人|件|例|个|双|款|亩|吨|户|家)?")
_SCALES = (1, 1e4, 1e8, 1e12, 1e3, 0.01)


def number_span(quote: str, value: float, matched: str | None = None) -> tuple[int, int] | None:
    """Where in the sentence the fact's number is: the matched text when known, else the number whose value
    (in 1, 万, 亿 … units) equals the fact's value. None when it cannot be told (e.g. Chinese numerals)."""
    if not quote:
        return None
    if matched:
        i = quote.find(matched)
        if i >= 0:
            return i, i + len(matched)
    target = abs(float(value))
    for m in _NUMBER.finditer(quote):
        try:
            number = float(m.group().replace(",", ""))
        except ValueError:
            continue
        if any(math.isclose(number * scale, target, rel_tol=1e-9, abs_tol=1e-9) for scale in _SCALES):
            return m.start(), _UNIT_TAIL.match(quote, m.end()).end()
    return None


# st.markdown(..., unsafe_allow_html=True) reads Markdown around inline HTML, and its autolinking works on the
# decoded text (a sentence holding `https://…` became a link). A line that starts with <div> opens an HTML
# block, inside which nothing is Markdown, up to the first blank line: line breaks become character references
# so there is none. Markdown's own characters are escaped as well, for callers that put the text elsewhere.
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                      "\n": "&#10;", "\r": "&#13;", **{c: f"&#{ord(c)};" for c in "[]()*_`~$:\\#|!"}})


def _text(s: str) -> str:
    return s.translate(_TEXT)


def highlight_html(quote: str, span: tuple[int, int] | None) -> str:
    """The sentence as safe HTML with the span wrapped in <mark>; every piece of report text is escaped
    (as HTML and as Markdown, since Streamlit renders the result as Markdown with HTML allowed)."""
    if not span:
        return f"<div>{_text(quote)}</div>"
    i, j = span
    return f"<div>{_text(quote[:i])}<mark>{_text(quote[i:j])}</mark>{_text(quote[j:])}</div>"
