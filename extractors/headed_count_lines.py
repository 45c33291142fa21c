"""Counts on lines of their own under a heading that names their measure: each line's name is counted by it.

`(二)承办单位工单办理量 (详见附件1)` then `市直部门5216件`, `街道 455件`, `乡镇 261件`: each line names a level of
handling unit alone, and its count is that level's 工单办理量 (街道工单办理量), not a thing called 街道. Only lines that
are a name and a count, one after another right under the heading; the heading must end in its measure, a thing
counted and its amount word (lexicon/owners.toml `count_lines_heading`, `bare_count_line`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .text_lines import line_at, lines_above

_LEX = lexicon()
_HEADING = _LEX.compile("count_lines_heading")
_COUNT_LINE = _LEX.compile("bare_count_line")
_MAX_LINES = 12  # a heading's items: a longer run of bare lines is a table, read elsewhere


def heading_above(text: str, pos: int, subject: str, line_form, heading_form):
    """The heading (a match of heading_form) right above the run of lines of line_form that the line at pos opens
    with subject as its name, within _MAX_LINES; None when the line is no such line or no such heading heads the run."""
    here = line_at(text, pos)
    line = None if here is None else line_form.fullmatch(text, *here)
    if line is None or line["name"] != subject:
        return None
    for start, end in lines_above(text, pos, _MAX_LINES):
        if (heading := heading_form.fullmatch(text, start, end)) is not None:
            return heading
        if line_form.fullmatch(text, start, end) is None:
            return None
    return None


def line_measured(text: str, pos: int, subject: str) -> str:
    """The subject of the count at pos with the measure of the heading its bare count line is under."""
    heading = heading_above(text, pos, subject, _COUNT_LINE, _HEADING)
    return subject if heading is None else subject + heading["measure"]
