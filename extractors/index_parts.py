"""A sub-index named after `其中` is its survey's: `制造业采购经理指数(PMI)为49.5%，其中生产指数为50.9%` measures the
manufacturing PMI's production index (制造业PMI生产指数), not a production index of anything (lexicon
survey_sub_index)."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_SURVEY = _LEX.compile("survey_index_whole")
_SUB_INDEX = _LEX.compile("survey_sub_index")
_SHORT = _LEX.table("survey_index_whole", "short")


def sub_index_part(subject: str, whole: str) -> str:
    """`生产指数` (or `生产指数(环比)`) under `制造业采购经理指数` → 制造业PMI生产指数; any other part unchanged."""
    if not whole or _SUB_INDEX.match(subject) is None or (survey := _SURVEY.search(whole)) is None:
        return subject
    return survey["scope"] + _SHORT + subject
