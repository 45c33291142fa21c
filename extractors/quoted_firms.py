"""Firms as speakers: the figures inside a quotation whose speaker is introduced by one firm's name are the firm's own.

`“…3月份签订合同数同比增长91%。”科大讯飞党委书记吴德海说` and `OPPO副总裁吴强说：“…线上销量同比提升约40%…”` tell the
firm's own contracts and sales: the figures are the firm's (科大讯飞签订合同数), so no region, never the national paper's
全国 nor the city the story is set in (firm_figures.firm_region). So are a speaker's after a name the document taught for
its firm (`”新峰水泥董事长某某说`) or after `公司` pointing back at the one firm named shortly before the quotation
(`…某某研发的产品…。“…”公司董事长某某告诉记者`); a subject opening with the firm's own word for itself (`企业…`) takes
the firm's name in its place. Words in lexicon/owners.toml (`quote_firm_speaker_after`, `quote_firm_speaker_before`,
`quote_taught_speaker_after`, `firm_name`).
"""

from __future__ import annotations

from .carried_owners import firm_owned
from .document_firms import document_firm_at
from .firm_figures import names_a_firm
from .firm_references import firms_named
from .lexicon import lexicon

_LEX = lexicon()
_AFTER = _LEX.compile_at("quote_firm_speaker_after")
_BEFORE = _LEX.compile("quote_firm_speaker_before")
_FIRM = _LEX.compile("firm_name")
_TAUGHT = _LEX.compile_at("quote_taught_speaker_after")
_SELF_WORD = _LEX.compile("firm_self_word")  # `企业增值税纳税额`: the speaker's firm's word for itself
_POINTED_REACH = 200  # characters before a quotation where the one firm `公司` points back at is named
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
    firm = speaker["firm"] if speaker is not None and names_a_firm(speaker["firm"]) \
        else _taught_speaker(text, opened, closed + 1)
    if firm is None or firm in subject or _FIRM.search(subject):
        return subject
    bare = _SELF_WORD.sub("", subject, count=1)
    return firm_owned(firm, bare) or subject


def _taught_speaker(text: str, opened: int, after: int) -> str | None:
    """The firm of a speaker right after a quotation's close at `after`: by a name the document taught, or by `公司`
    pointing back at the one firm named in the reach before the quotation's opening."""
    at = after + len(text[after:after + 2]) - len(text[after:after + 2].lstrip())
    if (name := document_firm_at(text, at)) is not None:
        return name if _TAUGHT.match(text, at + len(name), at + len(name) + _SPEAKER_REACH) else None
    m = _TAUGHT.match(text, after, after + _SPEAKER_REACH)
    if m is None or m["pointer"] is None:
        return None
    named = firms_named(text, max(0, opened - _POINTED_REACH), opened)
    return named.pop() if len(named) == 1 else None
