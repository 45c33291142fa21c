"""Subjects led by a verb or with no head, named by the set they belong to: a clause of what a counted set brought
about (`审结…案件4626件，涉及债权6788亿元` → …案件涉及债权) and a `其中` part told only by a threshold (`…超亿元的工业企业
58户，其中超10亿元的6户` → …超10亿元的工业企业), a `其中` part told by its kind of a whole told by its size
(`百亿项目17个，其中产业项目9个` → 百亿产业项目) or the converse (`开复工项目…，其中20亿元以上项目…` →
20亿元以上开复工项目) and a figure inside a manner phrase (`以每年1.62%的荒漠化逆转速率` →
每年荒漠化逆转速率), as is a rate an actor achieved (`平台实现97.26%的按时办结率` → 平台按时办结率). Words in lexicon/owners.toml (`consequence_verb`, `threshold_bound`, `manner_lead`)."""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_CONSEQUENCE = _LEX.compile("consequence_verb")
_SET_AMOUNT = _LEX.compile("set_amount_measure")  # `…案件5870件，执行到位金额127亿元`
_THRESHOLD_PART = _LEX.compile("threshold_part")
_WHOLE_THRESHOLD = _LEX.compile("whole_threshold")
_ACT_THEN_NOUN = _LEX.compile("act_then_noun")  # `法院审结破产重整等案件` → 破产重整等案件
_SET_MAKING_ACT = _LEX.compile("set_making_act")  # `建设扶贫车间` → 扶贫车间
_SIZED_WHOLE = _LEX.compile("sized_whole")
_SIZED_PART = _LEX.compile("sized_part")
_KIND_WHOLE = _LEX.compile("kind_whole")
_MANNER_LEAD = _LEX.compile("manner_lead")
_MANNER_RATE = _LEX.compile_at("manner_rate_after")
_ACHIEVED_LEAD = _LEX.compile("achieved_rate_lead")
_ACHIEVED_RATE = _LEX.compile_at("achieved_rate_after")
_THING_UNITS = frozenset(u for u, kind in UNIT_KINDS.items() if kind == "count") - set(_LEX.words("people_unit"))
_MIN_THING = 2  # characters: a set named by less names nothing


def set_brought_about(subject: str, last_count: tuple[str, str, str | None] | None) -> str:
    """`涉及债权` right after `审结破产重整等案件4626件` → 破产重整等案件涉及债权, `执行到位金额` after `执结…案件5870件`
    → …案件执行到位金额: the counted set's; last_count is the figure before's (subject, noun after it, unit)."""
    if last_count is None or last_count[2] not in _THING_UNITS \
            or not (_CONSEQUENCE.fullmatch(subject) or _SET_AMOUNT.fullmatch(subject)):
        return subject
    thing = counted_thing(last_count[0])
    return thing + subject if len(thing) >= _MIN_THING else subject


def counted_thing(subject: str) -> str:
    """What a count of things an act made or handled counted (`建设扶贫车间`, `某法院审结破产案件`); "" for another."""
    if acted := _ACT_THEN_NOUN.fullmatch(subject):
        return acted["noun"]
    made = _SET_MAKING_ACT.fullmatch(subject)
    return made["thing"] if made else ""


def threshold_part(subject: str, whole: str) -> str:
    """`超10亿元` after `营业收入超亿元的工业企业…,其中` → 营业收入超10亿元的工业企业; any other part unchanged."""
    if not (part := _THRESHOLD_PART.fullmatch(subject)) or not (bound := _WHOLE_THRESHOLD.search(whole)):
        return subject
    return whole[:bound.start()] + part["bound"] + whole[bound.end("bound"):]


def sized_part(subject: str, whole: str) -> str:
    """`产业项目` after `百亿项目17个,其中` → 百亿产业项目: a part named by its kind alone is of the whole's size."""
    if not (part := _SIZED_PART.fullmatch(subject)) or not (sized := _SIZED_WHOLE.fullmatch(whole)) \
            or part["head"] != sized["head"] or part["kind"] in sized["before"]:
        return subject
    return sized["before"] + sized["size"] + subject


def kind_part(subject: str, whole: str) -> str:
    """`20亿元以上项目` after `开复工项目899个,其中` → 20亿元以上开复工项目: a part told by its size alone is of the whole's
    kind (a size the whole has gives way to the part's own)."""
    if not (part := _SIZED_WHOLE.fullmatch(subject)) or part["before"] or not (kind := _KIND_WHOLE.fullmatch(whole)) \
            or part["head"] != kind["head"]:
        return subject
    return part["size"] + kind["kind"] + kind["head"]


def manner_rate(text: str, end: int, subject: str) -> str:
    """`以每年` before `1.62%的荒漠化逆转速率` (end: the figure's end) → 每年荒漠化逆转速率: the rate named after the figure."""
    if (actor := _ACHIEVED_LEAD.fullmatch(subject)) and (rate := _ACHIEVED_RATE.match(text, end, end + 16)):
        return actor["actor"] + rate["rate"]  # `平台实现97.26%的按时办结率` → 平台按时办结率
    if not (lead := _MANNER_LEAD.fullmatch(subject)) or not (rate := _MANNER_RATE.match(text, end, end + 16)):
        return subject
    return (lead["per"] or "") + rate["rate"]
