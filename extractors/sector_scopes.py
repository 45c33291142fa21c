"""Sector scopes: `全行业` of the one industry a story named as its topic, not of every industry of its place,
`该产业` of the one industry its paragraph named, and a bare `行业` of the one industry its `；` group measured before.

`工信部…表示，前8个月互联网企业运行呈现以下亮点。…1—8月，全行业固定资产投资245亿元` is the internet industry's
investment; written `全行业固定资产投资` it reads as a country's whole investment. The subject becomes
`互联网行业固定资产投资`. The industry is the last one the story named before the figure (lexicon/owners.toml
`sector_topic`, within its article and a bounded look back); when two different industries are named there, the
subject stays as written (abstain).
"""

from __future__ import annotations

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_WHOLE = _LEX.compile("whole_sector")
_TOPIC = _LEX.compile("sector_topic")
_SECTOR_WORD = _LEX.words("sector_word")[0]
_ANAPHOR = _LEX.compile("sector_anaphor")
_PARAGRAPH_INDUSTRY = _LEX.compile("paragraph_industry")
_REACH = 600  # characters read back: a story's lead and its first paragraphs


def sector_named(text: str, article_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with `全行业` named after the story's one industry, else as it is."""
    whole = _WHOLE.match(subject)
    if whole is None:
        return subject
    sectors = {m["sector"] for m in _TOPIC.finditer(text, max(article_start, pos - _REACH), pos)}
    if len(sectors) != 1:
        return subject
    return sectors.pop() + _SECTOR_WORD + subject[whole.end():]


def industry_referred(text: str, para_start: int, pos: int, subject: str) -> str:
    """`…在纺织服装产业集群发展上…。2015年,该产业实现主营业务收入…` → 纺织服装产业实现主营业务收入: a subject pointing
    back at an industry (sector_anaphor) names the one industry of its kind its paragraph named before the figure
    (paragraph_industry); two different ones, or none, leave it as written."""
    anaphor = _ANAPHOR.match(subject)
    if anaphor is None:
        return subject
    names = {m["name"] for m in _PARAGRAPH_INDUSTRY.finditer(text, max(para_start, pos - _REACH), pos)
             if anaphor["bare"] or m["name"].endswith(anaphor["kind"])}
    return names.pop() + subject[anaphor.end():] if len(names) == 1 else subject


_BARE_INDUSTRY = _LEX.compile("bare_industry_measure")
_MEASURED_INDUSTRY = _LEX.compile("measured_industry")
_FIGURES_BACK = 6  # figures of the sentence read back: a run-on line of figures is not read whole for each
_GROUP_MARKS = "；;"  # an industry is named again for each `；` group (`…制造业…，行业税负…；批发零售业…，行业税负…`)
_GROUP_REACH = 200  # characters back from the figure's clause its group may open


def industry_of_sentence(subject: str, text: str, span: tuple[int, int], mentions: list[Mention]) -> str:
    """`其中，制造业新增减税…，行业税负同比下降…` → 制造业税负: a measure of a bare `行业` (bare_industry_measure) is the
    one industry the figures before it in its `；` group measured (measured_industry); two, or none, leave it. span:
    the sentence's and the figure's clause's start."""
    bare = _BARE_INDUSTRY.fullmatch(subject)
    if bare is None:
        return subject
    start, clause = span
    lo = max(start, clause - _GROUP_REACH)
    group = max(lo, *(text.rfind(c, lo, clause) + 1 for c in _GROUP_MARKS))
    names = {found["name"] for m in mentions[-_FIGURES_BACK:]
             if m.start >= group and (found := _MEASURED_INDUSTRY.match(m.subject)) is not None}
    return names.pop() + bare["measure"] if len(names) == 1 else subject
