"""Subjects the narrative test would drop that their own sentence attests as a measure's name (missed44).

Two shapes, read from a document's drafts (draft_facts.py asks before its narrative filter):
- a level named at length whose growth rate the same sentence gives under the same name (`全县A级旅游景区和重点乡村
  旅游点共接待游客39.82万人次,…同比分别增长21.69%和…`): the rate was kept, so the length is a name's, not a story's;
- the rest item of a breakdown, `其他` + a kind (`…其中玉米308184亩、其他谷物784亩、豆类21264亩`), whose siblings in
  the same sentence name the same measure in the same unit: `其他` there is the list's remainder, no pronoun run.
Narrative words still drop either (`他们共接待…`); a name past _MAX_RATED, a share, a level told after its rate or a
name opening with a preposition is a piece of the sentence all the same.
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import RATIO_UNITS
from .subject_checks import narrative_words, subject_is_narrative
from .year_bases import without_year_base

_REST = lexicon().compile("rest_item_lead")  # `、其他谷物` right before the figure
_PREPOSITIONS = tuple(lexicon().words("subject_preposition_lead"))
_MAX_RATED = 24  # characters: a growth rate's name this long may be a level's too; longer is still a sentence piece
_MIN_TAIL = 2    # characters of the measure the rest item shares with a sibling (`播种面积`, `产量`)


def rated_subjects(drafts) -> dict[tuple[str, str], int]:
    """(quote, subject) of every growth rate among the drafts, with where the first such rate starts: the names a
    sentence gives a rate of."""
    out: dict[tuple[str, str], int] = {}
    for d in drafts:
        if d.fact.family == "growth_rate":
            key = (d.fact.quote, without_year_base(d.fact.subject))  # `…总量(比1996年)`: the level's name still
            out[key] = min(out.get(key, d.fact.start), d.fact.start)
    return out


def attested_name(fact, lead: str, rated: dict[tuple[str, str], int], siblings: list) -> bool:
    """The fact's subject, narrative to subject_is_narrative, is a name its sentence attests (see the module); lead is
    its sentence's text right before the figure, siblings the facts drafted near it."""
    subject = fact.subject
    if _rated_level(fact, rated):  # not a restatement of a figure its sentence names otherwise (`（三）学校资助资金投入…`)
        return not any(o is not fact and o.quote == fact.quote and o.value == fact.value and o.unit == fact.unit
                       for o in siblings)
    rest = _REST.search(lead)
    if rest is None or not subject.startswith(rest["rest"] + rest["kind"]) \
            or subject_is_narrative(kind := subject[len(rest["rest"]):]):
        return False
    return any(o.quote == fact.quote and o.unit == fact.unit and o.subject != subject
               and _shared_measure(kind, o.subject) for o in siblings)


def _rated_level(fact, rated: dict[tuple[str, str], int]) -> bool:
    """A level (no share) told before a rate of the same name (`…共接待游客39.82万人次,…同比增长21.69%`), its name
    opening with no preposition (`到已完成…能耗降低15%目标任务的87.1%`, `对…的决定不批捕…`: a clause's piece)."""
    rate = rated.get((fact.quote, fact.subject))
    return rate is not None and fact.end <= rate and fact.unit not in RATIO_UNITS \
        and len(fact.subject) <= _MAX_RATED and not fact.subject.startswith(_PREPOSITIONS) \
        and not narrative_words(fact.subject)


def _shared_measure(kind: str, other: str) -> bool:
    """`谷物播种面积` and `玉米播种面积`: one measure of two kinds, each kind named before it."""
    n = 0
    while n < min(len(kind), len(other)) and kind[-1 - n] == other[-1 - n]:
        n += 1
    return n >= _MIN_TAIL and len(kind) > n and len(other) > n
