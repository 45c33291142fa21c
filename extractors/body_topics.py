"""Body topics: one named body opening its sentence as its topic owns the measures named alone of its later clauses.

`统计数据显示，海北州金银滩-原子城景区成为红色旅游热门景区，接待游客7000余人次` counts the scenic area's visitors
(金银滩-原子城景区接待游客), not the prefecture's. The body is named by its own name and its kind (a scenic area, a
hospital, a station, a market, a park: lexicon/owners.toml `body_topic_name`) right after the sentence's lead (a time,
who reports the figures, its place); the figure's measure (`body_topic_measure`) opens a later comma clause of the
sentence's first `；` group after nothing but a time or an adverb. Another body, place or firm named between them, or a
clause with an actor of its own, leaves the measure bare (an earlier round found a wrong owner worse than none). The
body's figure is no place's (firm_figures.firm_region).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_LEAD = _LEX.compile_at("(?:{pointed_body_clause_lead})")
_NAME = _LEX.compile_at("body_topic_name")
_OTHER = _LEX.compile("(?:{body_topic_name}|{firm_name})")
_MEASURE = _LEX.compile("body_topic_measure")
_ACT = _LEX.compile_at("body_topic_act")
_CLAUSE_MARKS = "，,"
_GROUP_MARKS = "；;。"
_REACH = 80  # characters from the body's name to its figure: a longer first group tells more than the body's account
_PLACE_REACH = 12  # characters of places a body's name may open with
_MAX_OWNED = 16  # characters: a longer subject is a piece of a sentence (subject_checks._MAX_OTHER_SUBJECT)


def body_topic(text: str, sent_start: int, pos: int, subject: str) -> str:
    """The subject of the figure at pos with the body its sentence opens with as its topic, when the subject is a
    measure named alone opening a later comma clause of the sentence's first `；` group; else the subject as it is."""
    topic = _topic(text, sent_start)
    if topic is None or not _MEASURE.search(subject) or subject.startswith(topic[0]):
        return subject
    name, end = topic
    if pos - end > _REACH or any(c in text[end:pos] for c in _GROUP_MARKS):
        return subject
    first = min((i for i in (text.find(c, end, pos) for c in _CLAUSE_MARKS) if i >= 0), default=pos)
    if _OTHER.search(text, first, pos) or place_mentions(text, first, pos):
        return subject  # the topic's own clause tells what it is (`…成为热门景区`); a later one names another owner
    clause = max(text.rfind(c, end, pos) for c in _CLAUSE_MARKS) + 1
    lead = _LEAD.match(text, clause, pos) if clause > end else None
    act = _ACT.match(text, lead.end(), pos) if lead is not None else None
    if act is None or not text.startswith(subject, act.end()) and not text.startswith(subject, lead.end()):
        return subject
    owned = name + subject
    return owned if len(owned) <= _MAX_OWNED else subject


def opens_with_body_topic(text: str, sent_start: int, owned: str) -> bool:
    """The sentence at sent_start opens with a named body as its topic and the subject opens with its name: the
    body's own figure, no place's (firm_figures.firm_region)."""
    topic = _topic(text, sent_start)
    return topic is not None and owned.startswith(topic[0])


@lru_cache(maxsize=64)  # a pure function of the sentence, asked twice for each of its figures
def _topic(text: str, sent_start: int) -> tuple[str, int] | None:
    """(name, end) of the body the sentence at sent_start opens with after its lead and its place, if any."""
    lead = _LEAD.match(text, sent_start)
    at = lead.end() if lead is not None else sent_start
    head, skip = text[at:at + _PLACE_REACH], 0  # read alone: a place scan of the whole text is not needed here
    for p in place_mentions(head, 0, len(head)):
        if p.start != skip:
            break
        skip = p.end  # `海北州金银滩-原子城景区`: the place the body's name opens with
    at += skip
    m = _NAME.match(text, at)
    return (m["name"], m.end()) if m is not None else None
