"""Owners a sentence names once for a measure a later clause names alone: an industry's contribution rate, the
firms a bare act of achieving (`实现`) is done by, the investor of an investment named by its destination alone, and a
group of visitors' income (`过夜游客人数…,旅游收入…` → 过夜游客旅游收入), and the part a `其中` sentence rated before
(`其中,省、市交办件按时办结率99.98%,综合满意率93.14%` → 省、市交办件综合满意率), and a port's trade named bare after the
port's own (`阿拉山口口岸进出口贸易值…;进出口货运量…` → 阿拉山口口岸进出口货运量).

`第二产业增加值…,同比增长3.9%,对经济增长的贡献率为48.8%` is the second industry's contribution (第二产业对经济增长的
贡献率), not a whole economy's; `全区规模以上工业实现营业收入…;实现利润…` and `小微企业增势良好,1-5月实现增加值…`
count those firms' profit and value added (规模以上工业利润, 小微企业增加值), not every firm's. The owner must be an
industry, a sector or a class of firms (lexicon/owners.toml `contribution_owner`, `achieving_actor`), never a place.
`中国在非洲设立的企业…,对非全行业直接投资存量…` is China's stock (中国对非…), read back a bounded window.
"""

from __future__ import annotations

from .lexicon import lexicon
from .mention import Mention
from .subject_checks import subject_is_narrative

_LEX = lexicon()
_CONTRIBUTION = _LEX.compile("contribution_alone")
_CONTRIBUTOR = _LEX.compile("contribution_owner")
_BARE_ACHIEVED = _LEX.compile("achieved_measure_alone")
_ACTOR_ACHIEVING = _LEX.compile("achieving_actor")
_ACTOR_OPENING = _LEX.compile("actor_state_opening")
_ACTOR_MEASURE = _LEX.compile("actor_measure_opening")
_BY_DESTINATION = _LEX.compile("investment_by_destination_alone")
_INVESTOR = _LEX.compile("investor_before")
_INVESTOR_REACH = 60  # characters read back from the clause for the investor
_GROUP_ENDS = ";；。"  # a contribution is its industry's within one `;` group
_VISITOR_INCOME = _LEX.compile("visitor_income_alone")
_VISITOR_GROUP = _LEX.compile("visitor_group")
_RATE_ALONE = _LEX.compile("service_rate_alone")
_PORT_MEASURE = _LEX.compile("port_measure_alone")
_PORT_NAMED = _LEX.compile("(?P<port>{port_named_alone})")
_PART_RATE = _LEX.compile("part_service_rate")
_PART_OPENING = _LEX.compile("part_opening")


def _contributor(text: str, clause: int, mentions: list[Mention]) -> str | None:
    """The industry whose figure came last in the same `;` group before the clause, if one did."""
    for m in reversed(mentions):
        if any(c in text[m.end:clause] for c in _GROUP_ENDS):
            return None
        if (found := _CONTRIBUTOR.fullmatch(m.subject)) is not None:
            return found["owner"]
    return None


def _achiever(text: str, sentence_start: int, clause: int) -> str | None:
    """The firms an earlier `X实现` of the sentence names, else the ones its opening state clause or its opening
    account (`我国钢铁行业主营业务收入…`) names."""
    acts = list(_ACTOR_ACHIEVING.finditer(text, sentence_start, clause))
    if acts:
        return acts[-1]["actor"]
    opening = _ACTOR_OPENING.match(text, sentence_start, clause) or _ACTOR_MEASURE.match(text, sentence_start, clause)
    return opening["actor"] if opening else None


def clause_owner(subject: str, text: str, span: tuple[int, int, int], mentions: list[Mention]) -> str:
    """The subject with the owner its sentence named before (`第二产业对经济增长的贡献率`, `规模以上工业利润`), or as it
    was when the measure names an owner of its own or the sentence names none. span: the sentence's, the clause's
    and the figure's start."""
    sentence_start, clause, figure = span
    if _CONTRIBUTION.fullmatch(subject):
        owner = _contributor(text, clause, mentions)
        return _owned(owner, subject)
    if (bare := _BARE_ACHIEVED.fullmatch(text, clause, figure)) and subject == bare["measure"]:
        return _owned(_achiever(text, sentence_start, clause), subject)
    if _VISITOR_INCOME.fullmatch(subject):
        return _owned(_visitor_group(text, sentence_start, clause), subject)
    if _PORT_MEASURE.fullmatch(subject):
        return _owned(_port_before(sentence_start, mentions), subject)
    if _RATE_ALONE.fullmatch(subject):
        return _owned(_rated_part(text, sentence_start, clause, mentions), subject)
    if _BY_DESTINATION.fullmatch(subject):
        return _owned(investor(text, max(sentence_start, clause - _INVESTOR_REACH), clause), subject)
    return subject


def _visitor_group(text: str, sentence_start: int, clause: int) -> str | None:
    """The group of visitors that opens a clause of the `;` group before the clause (`…,过夜游客人数…,旅游收入…`), the
    last one if several do."""
    group = max([sentence_start] + [text.rfind(c, sentence_start, clause) + 1 for c in _GROUP_ENDS])
    found = [m["group"] for m in _VISITOR_GROUP.finditer(text, group, clause)]
    return found[-1] if found else None


def _rated_part(text: str, sentence_start: int, clause: int, mentions: list[Mention]) -> str | None:
    """The part a sentence opening with `其中` rated in the figure right before (`其中,省、市交办件按时办结率…,`), when
    nothing but a comma lies between."""
    if not _PART_OPENING.match(text, sentence_start, clause) or not mentions:
        return None
    last = mentions[-1]
    if last.start < sentence_start or text[last.end:clause].strip(" ,，") or not (rated := _PART_RATE.fullmatch(last.subject)):
        return None
    own = max(text.rfind(c, sentence_start, last.start) for c in ",，:：") + 1
    return rated["part"] if text.startswith(last.subject, max(own, sentence_start)) else None  # the part written there


def _port_before(sentence_start: int, mentions: list[Mention]) -> str | None:
    """The port an earlier figure of the sentence named its measure after (`阿拉山口口岸进出口贸易值…;进出口货运量…`)."""
    for m in reversed(mentions):
        if m.start < sentence_start:
            return None
        if (port := _PORT_NAMED.match(m.subject)) is not None:
            return port["port"]
    return None


def investor(text: str, lo: int, clause: int) -> str | None:
    """The Chinese investor named last in text[lo:clause] (`中国在非洲设立的企业…,`), if any."""
    found = list(_INVESTOR.finditer(text, lo, clause))
    return found[-1]["investor"] if found else None



def _owned(owner: str | None, subject: str) -> str:
    """The owner before the measure, unless the name grows too long to be kept (subject_checks): then as it was."""
    named = owner + subject if owner else subject
    return subject if subject_is_narrative(named) else named
