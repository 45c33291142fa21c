"""A fair's exhibitors counted: `携10家杰出袜企盛装亮相` at a fair counts exhibitors (参展杰出袜企), and a sentence
opening with the exhibitors' set (`参展企业阵容中,有8家深耕国内市场的企业…`) counts parts of that set, named by what
sets them apart (参展企业(深耕国内市场)); never the showing verb as part of the things, nor the bare `企业`. Words in
lexicon/owners.toml (`exhibitor_set_opening`, `exhibitor_modifier`, `exhibited_after_count`, `fair_word`,
`exhibitors_brought`)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_SET_OPENING = _LEX.compile("exhibitor_set_opening")
_MODIFIER = _LEX.compile("exhibitor_modifier")
_EXHIBITED = _LEX.compile("exhibited_after_count")
_FAIR = _LEX.compile("fair_word")
_BROUGHT = _LEX.compile("exhibitors_brought")
_EXHIBITOR = _LEX.words("exhibitor_word")[0]
_REACH = 24  # characters after a count where its things and the showing verb are read
_BACK = 120  # characters before a count where the exhibitors' set or the fair is looked for


def exhibitors(text: str, start: int, end: int, q_start: int, q_end: int) -> str | None:
    """The exhibitors a count at text[q_start:q_end] of the sentence text[start:end] counts, or None for any other."""
    lo, hi = max(start, q_start - _BACK), min(end, q_end + _REACH)
    openings = list(_SET_OPENING.finditer(text, lo, q_start))
    if openings and (part := _MODIFIER.match(text, q_end, hi)) is not None:
        return f"{openings[-1]['set']}({part['mod']})"  # the last set opened before the count
    shown = _EXHIBITED.match(text, q_end, hi)
    if shown is None or (_FAIR.search(text, lo, min(end, q_end + _BACK)) is None
                         and _BROUGHT.search(text, max(start, q_start - 2), q_start) is None):
        return None
    noun = shown["noun"]
    return noun if noun.startswith(_EXHIBITOR) else _EXHIBITOR + noun
