"""Figures of a catalogued or uncatalogued measure that report no fact: a detail of someone's story, a rule, a
name or a notice (story.py), one official's hotline session, a proposal weighed, a bulletin's case profile, one
person's figure, a count's bound, a plan's list size, a funding round.

The Resolver (resolve.py) asks once a figure's indicator and family are known, before dating it.
"""

from __future__ import annotations

from datetime import date

from .catalog import Indicator
from .catalogued_particulars import (
    case_profile,
    contract_terms,
    plan_list_size,
    round_won,
    screening_rate,
    streak_bound,
    threshold_of_count,
)
from .draft_facts import UNREPORTED_FAMILIES
from .figure_filters import _LOOKBACK
from .hotline_sessions import session_particular
from .lexicon import lexicon
from .mention import Mention
from .sentences import Sentence
from .story import not_reported, person_actor, weighed_choice

_PERSONAL = lexicon().compile("personal_pronoun")


def unreported_figure(text: str, s: Sentence, clause: int, m: Mention, unit: str | None, ind: Indicator | None,
                      family: str, published: date | None) -> bool:
    """The figure m of sentence s (its clause starting at clause) is no reported fact, whatever its period."""
    if family == "other" and _PERSONAL.search(text, max(s.start, m.start - _LOOKBACK), m.start):
        return True  # `他还…带动11户脱了贫`: a detail of someone's story
    if (ind is None and family in (*UNREPORTED_FAMILIES, "covid") or ind is not None and ind.fallback) and not_reported(
            text, (s.start, s.end), clause, (m.start, m.end), unit, m.subject, published,
            story=family == "other"):
        return True  # a story, a rule (a fallback's too: `低于最低标准85%`), a name: no reported figure (story.py)
    if session_particular(text, s.start, m.start) or weighed_choice(text, m.end, s.end) \
            or contract_terms(text, s.start, m.start):
        return True  # `副市长…现场接听…,两小时共接听来电12个`: one official's session; `…接还是不接？` (story.py);
        # `协议约定，公司投资…`: one contract's terms
    if family == "covid" and (case_profile(text, m.end) or screening_rate(text, clause, m.start)) \
            or ind is not None and person_actor(text, (s.start, s.end), clause, m.start):
        return True  # `2例为外省返乡人员;`: a bulletin's cases; `董事长李慧君投资…`: one person's figure (story.py)
    if ind is not None and (threshold_of_count(text, clause, m.start, unit) or streak_bound(text, clause, m.start)
                            or plan_list_size(text, clause, m.start) or round_won(text, clause, m.start)):
        return True  # `5个乡镇…超过5000万元`: the towns' bound; `连续多天低于50例`: a run's; `“十三五”规划165项…`: a list;
        # `获天使投资…`: a round
    return False
