"""Site places: a place after `在` where an actor sets up a site (`在大湾区设立引才工作站，…，共引进人才超300人`) is
where the site stands, not what the later clauses of its sentence count; they stay with the actor's place."""

from __future__ import annotations

from .lexicon import lexicon
from .places import PlaceMention

_SITE = lexicon().compile("site_set_up_after")
_LOCATIVE = lexicon().words("locative")[0]


def site_set_up(text: str, m: PlaceMention) -> bool:
    """`在大湾区设立引才工作站`: the place is where an actor sets up a site (lexicon site_set_up_after)."""
    return text[m.start - 1:m.start] == _LOCATIVE and _SITE.match(text, m.end) is not None
