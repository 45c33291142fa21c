"""Firms as speakers: the figures inside a quotation whose speaker is introduced by one firm's name are the firm's own.

`“…3月份签订合同数同比增长91%。”科大讯飞党委书记吴德海说` and `OPPO副总裁吴强说：“…线上销量同比提升约40%…”` tell the
firm's own contracts and sales: the figures are the firm's (科大讯飞签订合同数), so no region, never the national paper's
全国 nor the city the story is set in (firm_figures.firm_region). Words in lexicon/owners.toml
(`quote_firm_speaker_after`, `quote_firm_speaker_before`, `firm_name`).
"""

from __future__ import annotations

from .carried_owners import firm_owned
from .firm_figures import names_a_firm
from .lexicon import lexicon

_LEX = lexicon()
_AFTER = _LEX.compile_at("quote_firm_speaker_after")
_BEFORE = _LEX.compile("quote_firm_speaker_before")
_FIRM = _LEX.compile("firm_name")
_OPEN, _CLOSE = "“", "”"
_SPEAKER_REACH = 30  # characters after a closing mark or before an opening one where the speaker stands
_QUOTE_REACH = 400  # characters before a figure its quotation may open: a run-on paragraph is not read back whole


def quoted_firm(text: str, para_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the firm that speaks the quotation it sits in; else the subject."""
    opened = text.rfind(_OPEN, max(para_start, pos - _QUOTE_REACH), pos)
    if opened < 0 or text.rfind(_CLOSE, opened, pos) != -1:
        return subject
    closed = text.find(_CLOSE, pos, pos + _QUOTE_REACH)
    if closed < 0 or (para_end := text.find("\n", pos)) != -1 and para_end < closed:
        return subject
    speaker = _AFTER.match(text, closed + 1, closed + 1 + _SPEAKER_REACH) \
        or _BEFORE.search(text, max(para_start, opened - _SPEAKER_REACH), opened)
    if speaker is None or not names_a_firm(speaker["firm"]) or speaker["firm"] in subject or _FIRM.search(subject):
        return subject
    return firm_owned(speaker["firm"], subject) or subject
