"""A report's note that its figures are estimates (`全市地区生产总值增长5.5%以上(预计数,下同)`, kinds63 Yiyang): the
figure the note follows is an estimate, and with `下同` so is every later figure the report tells as done (a plan's
target stays a target: only what would read as actual is turned)."""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import lexicon

_NOTE = lexicon().compile("estimate_note")
_OWN_CHANGE = lexicon().compile("change_before_estimate_note")
_REACH = 6  # characters between a figure's end and its note (`以上`, `左右`)


class _LastText:
    text: str | None = None
    below: list[int] = []  # where each `…,下同)` note ends


def noted_estimate(text: str, end: int) -> bool:
    """The figure ending at end is noted as an estimate: by a note right after it or after its own change, or by a
    `下同` note before it."""
    if (own := _OWN_CHANGE.match(text, end)) is not None:
        end = own.end()  # `…595亿元,增长5.5%(预计,…)`: the level's own change is noted, and the level with it
    note = _NOTE.search(text, end, min(len(text), end + _REACH + 12))
    if note is not None and note.start() - end <= _REACH and not any(c in text[end:note.start()] for c in ",，。;；"):
        return True
    if _LastText.text is not text:
        _LastText.text, _LastText.below = text, [m.end() for m in _NOTE.finditer(text) if m["below"]]
    return bisect_left(_LastText.below, end) > 0
