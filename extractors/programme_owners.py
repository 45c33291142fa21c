"""Programme owners: a result named alone in a clause after a quoted programme of its `；` group is the programme's.

`“科贷通”累计放贷1.1亿元，惠及企业29家` counts the firms the loan scheme reached (科贷通惠及企业), not every firm a
place helped; `进入“万企帮万村”行动台账的民营企业…，产业投入…亿元` is the programme's firms' input (万企帮万村产业投入),
not a region's industrial investment. Only results a programme brings (lexicon/owners.toml `programme_result`) take
the owner, only from a quoted name (`programme_name`) in the same `；` group before the figure's clause.
"""

from __future__ import annotations

from .act_edges import without_act_edges
from .lexicon import lexicon
from .sentences import group_start
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_PROGRAMME = _LEX.compile("programme_name")
_RESULT = _LEX.compile("programme_result")


def programme_owner(subject: str, text: str, sentence_start: int, clause: int) -> str:
    """The subject with the programme its `；` group named in quotes before the clause (科贷通惠及企业), or as it was."""
    if not _RESULT.fullmatch(subject):
        return subject
    group = group_start(text, sentence_start, clause)
    names = [m["name"] for m in _PROGRAMME.finditer(text, group, clause)]
    if not names or names[-1] in subject:
        return subject
    named = names[-1] + without_act_edges(subject)  # `安置就业` → 万企帮万村就业安置, as written alone
    return subject if subject_is_narrative(named) else named
