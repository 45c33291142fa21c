"""Heading scopes: the sector a numbered heading names is the scope of a bare measure under it.

`(一)公路建设。1—9月完成投资1275亿元` reads `完成投资` alone, as if the whole's; under the heading it is the road
building's: the subject becomes `公路建设完成投资`. The heading opens the figure's own line (run into it before a
full stop) or stands on the line just before it; a heading that is a summary or praise (`总体情况`, `经济运行稳中
向好`) names no sector (lexicon/owners.toml `sector_heading`, `heading_no_sector`, `bare_sector_measure`), and a
measure whose sentence names the whole place before it (`全县完成地区生产总值…;固定资产投资增长12%`) is the place's,
not a sector's (`whole_place_before_measure`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_BARE = _LEX.compile("bare_sector_measure")
_HEADING = _LEX.compile("sector_heading")
_NO_SECTOR = _LEX.compile("heading_no_sector")
_SENTENCE_END = _LEX.compile("[。！？!?]")
_WHOLE_PLACE = _LEX.compile("whole_place_before_measure")


def _heading_sector(text: str, line_start: int, line_end: int) -> tuple[str, int] | None:
    """The sector a numbered heading at the start of the line names, and where the heading ends."""
    heading = _HEADING.match(text[line_start:line_end])
    if heading is None or _NO_SECTOR.search(heading["sector"]):
        return None
    return heading["sector"], line_start + heading.end()


def heading_named(text: str, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the sector of the heading above it put before a bare measure."""
    if not _BARE.match(subject) or _whole_place_said(text, pos):
        return subject
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    found = _heading_sector(text, line_start, line_end)
    if found is not None:
        sector, heading_end = found
        # only the first sentence after a heading run into its line
        if heading_end <= pos and _SENTENCE_END.search(text, heading_end, pos) is None:
            return sector + subject
        return subject
    if line_start == 0:
        return subject
    before = text.rfind("\n", 0, line_start - 1) + 1
    if (found := _heading_sector(text, before, line_start - 1)) is not None and found[1] >= line_start - 1:
        return found[0] + subject  # a heading on the line of its own just before
    return subject


def _whole_place_said(text: str, pos: int) -> bool:
    """The figure's sentence names the whole place before it (`全县完成…;固定资产投资增长12%`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, pos)]
    return _WHOLE_PLACE.search(text, ends[-1] if ends else line_start, pos) is not None
