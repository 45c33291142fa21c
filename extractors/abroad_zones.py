"""Zones abroad: a park's or cooperation zone's figure in a foreign country is the zone's own, not the country's.

`中白工业园…。目前园区共引进投资项目达60个` and `截至2019年底，合作区共吸引85家企业入驻，实际投资额超过10亿美元`
count one park China built abroad: the country the story is set in does not own them (audits 37a#107, 35b#140), so
such a figure gets no region. Only a foreign country is taken away: a park at home keeps the convention of
zone_references.py. Words in lexicon/places.toml (`zone_abroad_opening`).
"""

from __future__ import annotations

from .gazetteer import gazetteer
from .lexicon import lexicon
from .places import place_mentions

_ZONE_OPENING = lexicon().compile_at("zone_abroad_opening")
_CLAUSE_MARKS = ("，", ",")
_FOREIGN = "foreign"
_REACH = 120  # characters before a figure its zone's clause may open


def foreign(region: str | None) -> bool:
    """The region is a foreign country's name (gazetteer level `foreign`)."""
    return bool(region) and any(p.level == _FOREIGN for p in gazetteer().by_name.get(region, ()))


def zone_abroad(text: str, sentence_start: int, pos: int, region: str | None) -> bool:
    """The figure at pos would get a foreign country, and a clause of its sentence before it opens with a park or
    cooperation zone as its actor, with no place named from there to the figure."""
    if not foreign(region):
        return False
    reach = max(sentence_start, pos - _REACH)
    opens = [sentence_start] if sentence_start >= reach else []
    opens += [i + 1 for i in range(reach, pos) if text[i] in _CLAUSE_MARKS]
    for at in reversed(opens):
        zone = _ZONE_OPENING.match(text, at, pos)
        if zone is not None:
            return not place_mentions(text, zone.end(), pos)
    return False
