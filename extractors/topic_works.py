"""Topic works: a figure told of one works, project, platform or programme its sentence opens with is that one's own.

`某研究院的固安航天产业基地项目，2019年底已开工，达产后预计年产值500亿元` is the project's output (固安航天产业基地项目
达产后年产值), `截至目前，“某某招聘服务平台”已提供…，累计注册人数…` the platform's users, not the county's or the
country's: the audits mark one project's, platform's or programme's figure wrong when its subject names the measure alone
and when it is given the place its story is set in. The works opens its sentence (after a time or
a connective) as the topic, by a comma or a predicate (lexicon/works.toml `topic_works_opening`); nothing between it and
the figure takes the figure from it (no `；`, no other firm, no place: firm_figures.owns_up_to). A name that opens with a
verb, a scope, a pointer, a count or a list (`topic_works_not_one`), a bare kind of works and a subject with an owner or
scope of its own are left as they were.
"""

from __future__ import annotations

from .firm_figures import names_a_body, names_a_firm, owns_up_to
from .lexicon import lexicon
from .places import place_mentions
from .subject_checks import names_nothing, narrative_words, subject_is_debris, subject_is_narrative

_LEX = lexicon()
_OPENING = _LEX.compile_at("topic_works_opening")
_NOT_ONE = _LEX.compile("topic_works_not_one")
_GENERIC = _LEX.compile("generic_project_name")
_KIND = _LEX.compile("works_kind_name")
_OPEN = _LEX.compile("topic_works_subject_own")  # `全市…`, `其中…`, `人均…`: a subject with an owner or scope of its own
_HEAD = _LEX.compile("{topic_works_head}")
_CAMPAIGN = _LEX.compile("topic_works_campaign_head")
_SPECIAL = _LEX.compile("topic_works_campaign_named")
_DIGIT = _LEX.compile("[0-9]")
_OF = _LEX.words("works_of_mark")[0]
_QUOTES = "“”\""
_PLACE = "place"  # a place mention's kind (places.PlaceMention.kind)
_DIVISION_ENDS = frozenset(_LEX.words("topic_works_place_end"))  # a place said in full ends with its kind
_MIN_NAME, _MAX_NAME = 5, 20  # characters: a shorter name is a kind (`扶贫项目`), a longer one a piece of narrative
_MAX_OWNED = 28  # characters of the subject with the name before it


def _one_name(text: str, start: int, end: int) -> str | None:
    """The name of one works at text[start:end] as a subject says it: after its owner's `的` and the places it opens
    with, without quotes; None when it is a kind, a scope, a count or a list."""
    raw = text[start:end]
    quoted = any(q in raw for q in _QUOTES)
    if _NOT_ONE.search(raw) or not quoted and (_DIGIT.search(raw) or _CAMPAIGN.search(raw) and not _SPECIAL.search(raw)):
        return None  # `…开展800多场活动`, `人民马上行动`: a clause, not a name
    at = start + raw.rfind(_OF) + 1  # `某研究院的某某基地项目`: the name starts after its owner
    if at > start and (_after_places(text, start, at - 1, short=True) == at - 1 or text[at - 2] in _DIVISION_ENDS):
        return None  # `某某乡的边境小康村工程`: a place's own works, the place's figure
    at = _after_places(text, at, end)
    name = "".join(c for c in text[at:end] if c not in _QUOTES)
    if not _MIN_NAME <= len(name) <= _MAX_NAME or _GENERIC.fullmatch(name) or _KIND.fullmatch(name) \
            or _NOT_ONE.search(name) or _HEAD.fullmatch(name[-2:]) is None:
        return None
    return name


def _after_places(text: str, start: int, end: int, short: bool = False) -> int:
    """Where a works' name starts after the places it opens with (`某省某市某县…基地`, `浙江杭州…平台`: where it stands is
    no part of its name), unless one short name opens it (`固安航天产业基地`: the name's own word; short: cut it too)."""
    lead, count = start, 0
    for p in place_mentions(text, start, end):
        if p.start == lead and p.kind == _PLACE:
            lead, count = p.end, count + 1
    return lead if count > 1 or count and (short or text[lead - 1] in _DIVISION_ENDS) else start


def _measure_alone(subject: str) -> bool:
    """The subject names its measure alone: no owner, place or scope of its own, and not a fragment."""
    return len(subject) >= 2 and not (names_nothing(subject) or subject_is_debris(subject) or narrative_words(subject)
                                      or _OPEN.match(subject) or names_a_firm(subject) or names_a_body(subject)
                                      or any(p.start == 0 for p in place_mentions(subject)))


def _joined(name: str, measure: str) -> str:
    """The name before the measure, a head they share said once (`…项目` + `项目总投资` → `…项目总投资`)."""
    head = _HEAD.match(measure)
    return name + (measure[head.end():] if head is not None and name.endswith(head[0]) else measure)


def _topic_works(text: str, sent_start: int, pos: int) -> str | None:
    """The name of the one works its sentence opens with that owns the figure at pos, if any."""
    m = _OPENING.match(text, sent_start, pos)
    if m is None or not owns_up_to(text, m.end("name"), pos):
        return None
    return _one_name(text, m.start("name"), m.end("name"))


def topic_works_owned(text: str, sent_start: int, pos: int, subject: str, read: str) -> tuple[str, bool]:
    """The subject of the figure at pos (read: as the figure read it, before any owner rule), with the one works its
    sentence opens with put before a measure it names alone, and whether the figure is that works' own (its subject
    names the works: no place's)."""
    name = _topic_works(text, sent_start, pos)
    if name is None:
        return subject, False
    if _HEAD.search(subject[-2:]):
        return subject, False  # `…重点建设工程共13项`: a count of works, a set
    if subject.startswith(name):
        return subject, True  # `“某某平台”已发布…` named by another rule: still the platform's, no place's
    bare = name[_after_places(name, 0, len(name), short=True):]  # `新疆农村安居工程` said `农村安居工程建设`
    if subject != read or not _measure_alone(subject) or bare in subject:  # another rule gave it an owner
        return subject, False
    owned = _joined(name, subject)
    if len(owned) > _MAX_OWNED or subject_is_narrative(owned):  # a later gate would drop it
        return subject, False
    return owned, True
