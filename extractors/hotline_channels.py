"""A hotline report's handling counts told after one channel's intake are that channel's (`来电转办`, `政务网留言转办办结`).

`…接听群众来电8947个,其中转办2274件,办结1715件,办结率75.42%。互联网+政务网留言255件,转办242件,办结221件`: each channel
has its own 转办, 办结 and 办结率, and a bare `转办` would file the two channels' counts as one series. A run of figures
named only by a handling act (`hotline_handling`) right after a count whose own words name a channel (`hotline_channel`)
takes that channel; a clause that names the line itself (`12345热线共受理来电…`, `hotline_title`) is the whole line's, and
any other figure ends the run. Words in lexicon/owners.toml and bylines.toml.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_CHANNEL = _LEX.compile("hotline_channel")
_HANDLING = _LEX.compile("hotline_handling")
_LINE = _LEX.compile("hotline_title")
_RATIOS = frozenset(("%", "‰"))


def by_channel(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions (text order, from start) with each channel's handling counts named by the channel."""
    channel, out, end = None, [], start
    for m in mentions:
        words = text[end:m.start]
        end = m.end
        if handling := _HANDLING.fullmatch(m.subject):
            out.append(replace(m, subject=channel + handling["act"]) if channel else m)
            continue
        found = _CHANNEL.search(words) if m.unit not in _RATIOS else None  # `来电接通率100%` splits nothing
        channel = found.group() if found and not _LINE.search(words) else None
        out.append(m)
    return out
