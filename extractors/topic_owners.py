"""Topic owners: a port, a platform or a fund that opens its sentence as its topic owns its measures named alone.

`地处新通道节点的南岭港，去年货物吞吐量过亿吨，上半年集装箱吞吐量达80万箱` is the port's throughput
(南岭港集装箱吞吐量), not the city's; `“东江招聘平台”已提供…，累计注册人数近20万人` counts the platform's users.
The body opens the sentence (lexicon/owners.toml `topic_owner_opening`), the measure opens its clause
(`clause_of_topic_measure`) in the sentence's first `；` group, or in the next one when that group goes on with the
topic's act and names no actor (`东江港完成货物吞吐量…；完成集装箱吞吐量…`). A name that is a place as a whole
(`张家港`) is a region, not an owner.
"""

from __future__ import annotations

from .lexicon import lexicon
from .places import place_mentions

_LEX = lexicon()
_OPENING = _LEX.compile_at("topic_owner_opening")
_CLAUSE = _LEX.compile("clause_of_topic_measure")
_NEXT_GROUP = _LEX.compile_at("group_of_topic_measure")
_GROUP_MARKS = "；;"
_CLAUSE_MARKS = "，,"
_REACH = 80  # characters: the first `；` group a later group's measure may still belong to
_MAX_NAME = 16  # characters: subject_checks._MAX_OTHER_SUBJECT; a longer name and measure would read as narrative


def topic_total(text: str, start: int, group: int, clause: int, left: str, subject: str) -> str:
    """The subject of a figure (left: its clause from clause before it) in the `；` group at group of the sentence at
    start: a
    measure named alone that opens its clause is the topic's (南岭港集装箱吞吐量) when a port, a platform or a fund
    opens the sentence, in its first group or the next one that opens with the topic's act."""
    if not _opens_clause(left, subject) or not _in_topic_group(text, start, group, clause):
        return subject
    if not (opening := _OPENING.match(text, start)) or _is_place(opening["org"]):
        return subject
    owned = opening["org"] + subject
    return owned if len(owned) <= _MAX_NAME and not subject.startswith(opening["org"]) else subject


def _opens_clause(left: str, subject: str) -> bool:
    """The subject is the measure the clause opens with, with the adverb or act before it the subject kept."""
    if not (m := _CLAUSE.match(left)) or not subject.endswith(m["measure"]):
        return False
    at = m.end("measure") - len(subject)
    return at >= 0 and left.startswith(subject, at)


def _in_topic_group(text: str, start: int, group: int, clause: int) -> bool:
    """The figure is in the sentence's first `；` group, or in the second when that one goes on with the act alone."""
    if group <= start:
        return True
    if group - start > _REACH or clause - group > _REACH or any(c in text[start:group - 1] for c in _GROUP_MARKS):
        return False
    return not any(c in text[group:clause] for c in _CLAUSE_MARKS) and _NEXT_GROUP.match(text, group) is not None


def _is_place(name: str) -> bool:
    """`张家港`, `防城港`: a name that is a place as a whole names a region, not a body."""
    return any(p.start == 0 and p.end == len(name) and p.kind == "place" for p in place_mentions(name))
