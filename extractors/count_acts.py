"""Counts defined by their act: `首批12家省直部门管理企业完成脱钩移交` counts the firms that did it, not all such firms.

After the noun of a count that opens its clause (only a batch, `有`, a total, a place or a time before it), an act up
to the clause's end (lexicon `count_defining_act`) joins the noun as a relative clause: 完成脱钩移交的首批省直部门管理企业.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_places import strip_place_prefix
from .subjects import TIME_WORDS

_LEX = lexicon()
_ACT = _LEX.compile_at("count_defining_act")
_ADVERB_END = _LEX.compile("(?:{count_act_adverb})$")
_OPENER = _LEX.compile("count_act_opener")
_GOVERNED = _LEX.compile("count_governor")  # `在当地35所中小学开展…`: the count is where another acts
_EXAMPLES = _LEX.compile("counted_examples")
_ATTRIBUTIVE = _LEX.words("attributive")[0]  # `完成脱钩移交的…企业`


def _batch(left: str) -> str | None:
    """The batch word before the count (`首批`, or '' for none) when only it, `有`, a total, places and times are
    there; None when anything else (a verb, a preposition) governs the count."""
    s = TIME_WORDS.sub("", left.strip(" ，,")).lstrip(" ，,")  # `去年,…`: the time's comma goes with it
    if _GOVERNED.match(s):
        return None
    for _ in range(3):
        s = strip_place_prefix(s)
    m = _OPENER.match(s)
    return (m["batch"] or "") if m else None


def defined_by_act(text: str, left: str, noun: str, noun_end: int, subject: str = "") -> tuple[str, int]:
    """(noun, end): `12家省直部门管理企业完成脱钩移交` → 完成脱钩移交的省直部门管理企业, its end the act's; the noun
    and its end unchanged when no act follows, the count is not its clause's opening or a subject before the count
    names another thing (examples of the things counted do not: `…、粮食安全等11项工作获得…激励`)."""
    if not noun or _ATTRIBUTIVE in noun or subject and not _EXAMPLES.fullmatch(subject):
        return noun, noun_end
    head = noun
    if adverb := _ADVERB_END.search(noun):  # `行政村全部实现…`: the noun ran into the adverb
        head = noun[:adverb.start()]
    m = _ACT.match(text, noun_end)
    if len(head) < 2 or m is None or (batch := _batch(left)) is None:
        return noun, noun_end
    return f"{m['verb']}{m['object']}{_ATTRIBUTIVE}{batch}{head}", m.end("object")
