"""Bodies that act in a sentence's opening: an authority, an organ or an association opening its sentence as the
actor (`去年，中国证监会作出行政处罚决定310件，…，罚没款金额106.41亿元`, `全国纪检监察机关共接受信访举报…，立案45.2万件，
处分38.3万人`, `中钢协会员企业销售收入…；销售利润率4.6%`) owns the bare acts and amounts that open its later clauses
(证监会罚没款金额, 纪检监察机关立案, 中钢协会员企业销售利润率), not the whole country's.

Only when the sentence's first figure is named with the body (so the body acts, not speaks: `国家统计局发布数据，…` names
no figure of its own), only a subject written as it opens a later clause of the same sentence (after `，` or `；` and
an adverb at most), with no place or other body between it and the figure, and never a change's base
(`比传统模式缩短`). Words in lexicon/owners.toml
(`body_actor_opening`, `body_actor_name`, `acting_body`, `body_act_clause_adverb`).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import lexicon
from .mention import Mention
from .places import place_mentions
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_OPENING = _LEX.compile("body_actor_opening")
_OTHER_BODY = _LEX.compile("body_actor_name")
_COMPARED = _LEX.compile("^(?:{comparison_with}|{comparison_base})")  # `比传统模式缩短`: a change's base, no act
_BODY = _LEX.compile("acting_body")
_ADVERB = _LEX.compile("body_act_clause_adverb")
_CLAUSE_MARKS = ",，;；"
_MAX_NAME = 18  # characters: a longer name is a piece of narrative
_REACH = 200  # characters from the sentence's start to the figure: a run-on sentence is read nearby only


def body_actor(subject: str, text: str, span: tuple[int, int], mentions: list[Mention]) -> str:
    """The subject of the figure at span[1] (its sentence opening at span[0]) with the body its sentence opens with
    as actor, when it is a bare act or amount opening a later clause; else as it was."""
    start, figure = span
    first = next((m for m in mentions if m.start >= start), None)
    if not subject or figure - start > _REACH or first is None or not _OTHER_BODY.match(first.subject):
        return subject  # the sentence's first figure names no body: nothing to read (most sentences)
    if (opening := _opening(text, start)) is None or opening.end() > figure:
        return subject
    actor = opening["actor"]
    if subject.startswith(actor) or _BODY.search(subject) or not first.subject.startswith(actor):
        return subject
    at = text.rfind(subject, opening.end(), figure)
    if at < 0 or not _opens_clause(text, opening.end(), at) or place_mentions(text, at, figure) \
            or _OTHER_BODY.search(text, opening.end(), figure) or _COMPARED.match(subject):
        return subject  # `…；地方各级法院受理…，结案标的额…`: another body's
    named = actor + subject
    return named if len(named) <= _MAX_NAME and not subject_is_narrative(named) else subject


@lru_cache(maxsize=8)
def _opening(text: str, start: int):
    """The sentence's opening body, read once per sentence, not once per figure."""
    return _OPENING.match(text, start)


def _opens_clause(text: str, lo: int, at: int) -> bool:
    """text[at:] opens a clause after lo: right after a clause mark, or after one and an adverb (`，共`, `；累计`)."""
    mark = max(text.rfind(c, lo, at) for c in _CLAUSE_MARKS)
    if mark < 0:
        return False
    between = text[mark + 1:at]
    return not between or _ADVERB.fullmatch(between) is not None
