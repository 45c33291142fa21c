"""A set of firms' series: measures named alone after one the set keeps (`规模以上工业企业实现主营业务收入120亿元,利润8.2亿元,
利税38.6亿元`) are the same set's (规模以上工业企业利润), as a named firm's series is its own (carried_owners.py). The set is the
one a list's first measure opens with (lexicon `list_shared_firm_scope`), the later measure a bare measure of firms
(`list_bare_firm_measure`), and nothing but comma clauses stands between them (no `;`, no new sentence)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_SET = _LEX.compile("list_shared_firm_scope")
_BARE = _LEX.compile("list_bare_firm_measure")
_BREAK = _LEX.compile("[。;；:：]")
_FIRMS_WORD = 2  # characters left after the set's name when the figure counts the firms themselves (`…企业`)


def set_series_subject(text: str, prev_subject: str, prev_end: int, clause: int, subject: str) -> str | None:
    """The bare measure `subject` (its clause at `clause`) as the firm set's that the previous figure's subject opens
    with (that figure ending at `prev_end`), or None."""
    if not prev_subject or prev_end > clause or _BARE.match(subject) is None:
        return None
    firms = _SET.match(prev_subject)
    if firms is None or _BARE.match(prev_subject[firms.end():]) is None and len(prev_subject) - firms.end() <= _FIRMS_WORD \
            or _BREAK.search(text, prev_end, clause) is not None:
        return None  # `规模以上工业企业260家`: a count of the firms, no measure of the set's series
    return firms["scope"] + subject
