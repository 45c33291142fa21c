"""One official's session answering a hotline's calls: its counts are the session's particulars, no line's figures.

`副市长李明在热线大厅现场接听市民来电,两小时共接听来电12个,形成工单12件`: the 12 calls and 12 orders are what one
official took in one sitting, not the line's contacts or items. A figure after such an opening in its sentence
(lexicon/story.toml `official_hotline_session`, searched in a bounded window before the figure) is no fact.
"""

from __future__ import annotations

from .lexicon import lexicon

_SESSION = lexicon().compile("official_hotline_session")
_REACH = 120  # the session's opening sits in the figure's sentence, a few clauses before it


def session_particular(text: str, sent_start: int, pos: int) -> bool:
    """The figure at pos follows an official's hotline session opened earlier in its sentence."""
    return _SESSION.search(text, max(sent_start, pos - _REACH), pos) is not None
