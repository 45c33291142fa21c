"""A count its own clause tells as held so far (`…，已解除医学观察10778人`, `累计治愈出院…`): a running total as of
its day, not the flow of that day, even when its indicator counts a day's events."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_RUNNING = _LEX.compile("case_running_cue")
_CLAUSE_END = _LEX.compile("clause_end")
_REACH = 40  # characters before a count searched for its clause's start: a clause's opening words, bounded


def running_in_clause(text: str, start: int, pos: int) -> bool:
    """A running word (`已解除`, `累计`, `目前`, `截至`) stands in the comma clause of text[start:pos] that ends at pos."""
    lo = max(start, pos - _REACH)
    own = max((m.end() for m in _CLAUSE_END.finditer(text, lo, pos)), default=lo)
    return _RUNNING.search(text, own, pos) is not None
