"""A hotline channel's bare handling figures: the channel its sentence or its section names owns them.

A report on several channels (`(一)市民热线`, `(二)市长信箱`, `(三)区长信箱`) tells each one's intake and handling in
the same words (`共受理…件,应办结…件,办结…件,办结率100%`): named by the handling alone, the figures of two channels
read as one measure twice. A sentence that opens with a channel's intake (`12345市民热线共受理…`) owns its later bare
handling figures (a `;` group opening with another channel, that one's); else the channel a numbered heading above names alone owns its section's (lexicon
`hotline_line_opening`, `hotline_channel_heading`, `hotline_bare_handling`).
"""

from __future__ import annotations

from .lexicon import lexicon
from .sentences import group_start
from .text_lines import lines_above

_LEX = lexicon()
_OPENING = _LEX.compile("hotline_line_opening")
_HEADING = _LEX.compile("hotline_channel_heading")
_NUMBERED = _LEX.compile("\\s*{section_number}")
_BARE = _LEX.compile("hotline_bare_handling")
_LINES_UP = 8  # lines above a figure searched for its section's numbered heading


def channel_owner(subject: str, text: str, start: int, clause: int) -> str:
    """The subject of a bare handling figure whose clause starts at clause, in a sentence from start, with the channel
    that owns it before it (see the module doc); else as it was."""
    if not subject or not _BARE.match(subject):
        return subject
    group = group_start(text, start, clause)  # `…;12328交通运输服务监督热线共接听来电…,登记交办342件`: its own group's
    opening = (group > start and _OPENING.match(text, group, clause)) or _OPENING.match(text, start, clause)
    line = opening["line"] if opening is not None and opening.start("line") < clause else _section_line(text, start)
    return subject if line is None or subject.startswith(line) else line + subject


def _section_line(text: str, pos: int) -> str | None:
    """The channel the nearest numbered heading above pos names alone, if it is one."""
    for begin, end in lines_above(text, pos, _LINES_UP):
        if _NUMBERED.match(text, begin, end):
            heading = _HEADING.fullmatch(text, begin, end)
            return heading["line"] if heading else None
    return None
