"""A list whose heading names what its items count: each item is its unit's measure, and so is the change beside it.

`工单数量较多的单位为:住房和城乡建设局1468件(同比上升22.03%),城市管理局1076件…` ranks units by the measure the heading
names (`工单数量`), then names each unit alone: its count is 住房和城乡建设局工单数量, and the growth in its bracket is
that measure's growth, not the unit's; a share written alone after a unit's count (`红寺堡镇45件、占比24.1%`) is that
count's share (红寺堡镇超时签收工单(占比)). Only an item named by the unit alone (the words between a list mark and its
figure) takes the measure; an item whose figures name their own measure (`历城区(直办5620件,转办6004件)`) keeps it.
Words in lexicon/owners.toml (`measure_headed_list`).
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_HEADING = lexicon().compile("measure_headed_list")
_ITEM_SHARE = lexicon().compile("headed_item_share")
_ITEM_MARKS = ",，;；、:："
_OPEN, _CLOSE = "(（", ")）"


def _depth_zero_item(text: str, start: int, pos: int) -> str:
    """The words of the item the figure at pos opens, back to the last list mark outside brackets or the heading's
    end at start ('' when the figure is inside a bracket after other words). A figure alone in the bracket right
    after its unit (`县公安局(287宗)`) is that unit's."""
    depth, end = 0, pos
    if text[start:pos].rstrip()[-1:] in _OPEN:
        end = start + len(text[start:pos].rstrip()) - 1  # `县公安局(`: the unit's name ends at the bracket
    for i in range(end - 1, start - 1, -1):
        c = text[i]
        if c in _CLOSE:
            depth += 1
        elif c in _OPEN:
            if depth == 0:
                return ""
            depth -= 1
        elif c in _ITEM_MARKS and depth == 0:
            return text[i + 1:end].strip()
    return text[start:end].strip() if depth == 0 else ""


def with_heading_measure(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions with each item of a measure-headed list named by its unit and the measure; a second
    heading in the sentence (`…等;超时办结工单较多单位是:…`) heads the items after it."""
    headings = list(_HEADING.finditer(text, start, end))
    if not headings:
        return mentions
    out, renamed, last, heading = [], {}, None, headings[0]
    for m in mentions:
        if (now := next((h for h in reversed(headings) if h.end() <= m.start), heading)) is not heading:
            heading, renamed, last = now, {}, None
        measure = heading["measure"]
        item = _depth_zero_item(text, heading.end(), m.start) if m.start >= heading.end() else ""
        if last is not None and m.kind == "level" and m.unit == "%" and (share := _ITEM_SHARE.fullmatch(item)):
            out.append(replace(m, subject=f"{last}({share['share']})"))  # `某镇45件、占比24.1%`: the unit's share of it
            continue
        first = bool(item) and m.subject.endswith(item) and measure in m.subject[:-len(item)]  # `…部门是县公安局`
        if m.start < heading.end() or (measure in m.subject and not first):
            out.append(m)
            continue
        if m.kind == "level" and item and (item == m.subject or first):
            renamed[m.subject] = item + measure
        if m.subject in renamed:
            m = replace(m, subject=renamed[m.subject])
            last = m.subject if m.kind == "level" else last
        out.append(m)
    return out
