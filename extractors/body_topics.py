"""Body topics: one named body opening its sentence or a `；` group as its topic owns the measures named alone of its
later clauses.

`统计数据显示，海北州金银滩-原子城景区成为红色旅游热门景区，接待游客7000余人次` counts the scenic area's visitors
(金银滩-原子城景区接待游客), not the prefecture's. The body is named by its own name and its kind (a scenic area, a
hospital, a station, a market, a park, a court, a centre: lexicon/owners.toml `body_topic_name`) right after the lead (a
time, who reports the figures, its place) of the sentence or of the `；` group holding the figure; the figure's measure
(`body_topic_measure`) opens a later comma clause of that group after nothing but a time or an adverb. A level of
courts or procuratorates (`；地方各级法院受理案件…，结案标的额…`: `body_topic_level`) or a class of bodies
(`工业园区`: `body_topic_class`) owns its measures the same way, but its figures stay the place's. Another body, place or firm named between them, or a
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
_LEVEL = _LEX.compile_at("body_topic_level")
_GENERIC = _LEX.compile("body_topic_generic_name")
_CLASS = _LEX.compile("body_topic_class")
_OTHER = _LEX.compile("(?:{body_topic_name}|{firm_name})")
_MEASURE = _LEX.compile("body_topic_measure")
_ACT = _LEX.compile_at("body_topic_act")
_CLAUSE_MARKS = "，,"
_GROUP_MARKS = "；;。"
_REACH = 80  # characters from the body's name to its figure: a longer first group tells more than the body's account
_GROUP_REACH = 120  # characters back from a figure its group's `；` may stand: the body's name is read within _REACH
_PLACE_REACH = 12  # characters of places a body's name may open with
_MAX_OWNED = 16  # characters: a longer subject is a piece of a sentence (subject_checks._MAX_OTHER_SUBJECT)


def body_topic(text: str, sent_start: int, pos: int, subject: str) -> tuple[str, bool]:
    """The subject of the figure at pos with the body its sentence or `；` group opens with as its topic, when the
    subject is a measure named alone opening a later comma clause of that group, and whether the owner is one body
    (its figure no place's) rather than a level of courts; else the subject as it is and False."""
    topic = _topic(text, _group_start(text, sent_start, pos))
    if topic is None or not _MEASURE.search(subject) or subject.startswith(topic[0]):
        return subject, False
    name, end, body = topic
    owned = _owned(text, (end, pos), name, subject)
    return (owned, body) if owned != subject else (subject, False)


def _owned(text: str, span: tuple[int, int], name: str, subject: str) -> str:
    """name + subject when the figure's clause (span: the topic's end, the figure) opens with the measure alone."""
    end, pos = span
    if pos - end > _REACH or any(c in text[end:pos] for c in _GROUP_MARKS):
        return subject
    first = min((i for i in (text.find(c, end, pos) for c in _CLAUSE_MARKS) if i >= 0), default=pos)
    if _OTHER.search(text, first, pos) or place_mentions(text, first, pos):
        return subject  # the topic's own clause tells what it is (`…成为热门景区`); a later one names another owner
    clauses = [i + 1 for i in range(end, pos) if text[i] in _CLAUSE_MARKS]  # within _REACH
    if not any(_opens_with(text, clause, pos, subject) for clause in clauses):
        return subject  # `…，运送旅客67.6万人次，同比分别增长21%、31.5%`: a clause before names the measure
    owned = name + subject
    return owned if len(owned) <= _MAX_OWNED else subject


def _opens_with(text: str, clause: int, pos: int, subject: str) -> bool:
    """The comma clause at clause opens with the measure subject after nothing but a time, an adverb or the act."""
    lead = _LEAD.match(text, clause, pos)
    act = _ACT.match(text, lead.end(), pos) if lead is not None else None
    return act is not None and (text.startswith(subject, act.end()) or text.startswith(subject, lead.end()))


def opens_with_body_topic(text: str, sent_start: int, owned: str, pos: int) -> bool:
    """The sentence at sent_start, or the `；` group holding pos, opens with a named body (not a level of courts) as its
    topic and the subject opens with its name: the body's own figure, no place's (firm_figures.firm_region)."""
    topic = _topic(text, _group_start(text, sent_start, pos))
    return topic is not None and topic[2] and owned.startswith(topic[0])


def _group_start(text: str, sent_start: int, pos: int) -> int:
    """Where the `；` group holding pos opens: after its `；` if one stands within _GROUP_REACH, else the sentence start."""
    lo = max(sent_start, pos - _GROUP_REACH)
    mark = max(text.rfind(c, lo, pos) for c in "；;：:")
    return mark + 1 if mark >= 0 else sent_start


@lru_cache(maxsize=64)  # a pure function of the sentence, asked twice for each of its figures
def _topic(text: str, sent_start: int) -> tuple[str, int, bool] | None:
    """(name, end, whether one body rather than a level of courts) of the body the sentence (or `；` group) at
    sent_start opens with after its lead and its place, if any."""
    lead = _LEAD.match(text, sent_start)
    at = lead.end() if lead is not None else sent_start
    head, skip = text[at:at + _PLACE_REACH], 0  # read alone: a place scan of the whole text is not needed here
    for p in place_mentions(head, 0, len(head)):
        if p.start != skip:
            break
        skip = p.end  # `海北州金银滩-原子城景区`: the place the body's name opens with
    if (m := _LEVEL.match(text, at + skip)) is not None:
        return m["name"], m.end(), False
    m = _NAME.match(text, at + skip)
    if m is None:
        return None
    if _CLASS.match(m["name"]):
        return m["name"], m.end(), False  # `全年工业园区投产…，营业收入…`: all the place's parks
    return (text[at:m.end()] if _GENERIC.match(m["name"]) else m["name"]), m.end(), True  # `东城区人民法院`
