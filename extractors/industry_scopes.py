"""Industry scopes: a measure named alone right after a clause that names an industry a place built is that industry's.

`常州已培育出完整的石墨烯产业链，年产值30多亿元` gives the graphene chain's output, not the city's; written `年产值`
the CSV reads it as all of 常州's. The industry is what the clause before ends naming after its building verb or `的`
(lexicon/owners.toml `industry_named_before`); the measure must open the figure's own clause (`industry_measure_alone`),
so a whole-place total (`全县…，工业总产值…`) or a clause that names its own field keeps its subject.
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_INDUSTRY = _LEX.compile("industry_named_before")
_MEASURE = _LEX.compile("industry_measure_alone")
_CLAUSE_MARKS = ",，、;； "


def of_industry_before(prior: str, left: str, subject: str) -> str:
    """`…石墨烯产业链` (prior, the clause before) then `年产值…` (left, the figure's clause): 石墨烯产业链年产值."""
    if not _MEASURE.fullmatch(subject) or not _MEASURE.match(left.lstrip(_CLAUSE_MARKS)):
        return subject
    m = _INDUSTRY.search(prior.rstrip(_CLAUSE_MARKS))
    return m["set"] + subject if m and not subject.startswith(m["set"]) else subject
