"""Act verbs and adverbs left at a finished subject's edges (`实施民生项目`, `铁路投资将`), and clause fragments that
are no measure (`快于规模以上工业`): the last cleaning of a fact's subject, after the catalog has read it."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .quantities import Quantity
from .subjects import COUNT_UNITS, ENUMERATION_COMMA, noun_after

_LEX = lexicon()
_ACT_LEAD = _LEX.compile("subject_act_lead")
_CAUSATIVE = _LEX.compile("causative_lead")
_RECIPIENT = _LEX.compile("recipient_lead")
_SINCE_LEAD = _LEX.compile("since_cut_lead")
_DISPOSAL = _LEX.compile("subject_disposal_object")
_FUTURE = _LEX.compile("subject_future_marker")
_ADVERB_TAIL = _LEX.compile("subject_adverb_tail")
_ACT_AFTER = _LEX.compile("subject_act_after")
_FRAGMENT = _LEX.compile("subject_fragment")
_PER_PERIOD_TAIL = _LEX.compile("subject_per_period_tail")
_CUMULATIVE_TAIL = _LEX.compile("subject_cumulative_tail")
_SET_WITHIN = _LEX.compile("set_within_tail")
_MAKING_ALONE = _LEX.compile("making_act_alone")
_MIN_NAME = 2  # characters: what is left must still name something
_SCOPE_TAIL = regex.compile(r"[(][^()]*[)]$")  # `…(用于口粮生产)`, `…(某国家公园范围内)`: a scope the edges are not in


def without_act_edges(subject: str) -> str:
    """`实施民生项目` → 民生项目, `城镇新增就业保持` → 城镇新增就业: the measure without the act that carries it or
    the adverb the clause goes on with, a disposal `将` before its object or a future's `将` (`世行将该地区经济增长预期调` →
    该地区经济增长预期, `合作社还将拿出` → 合作社拿出), an act its things are counted by put after them (`培训干警` → 干警培训), a
    per-period word put before it (the subject itself when too little is left); a scope in brackets after the
    measure stays where it is (`查处违法案件(某国家公园范围内)` → 违法案件查处(某国家公园范围内)); what others were made
    to do is theirs (`纪委督促各单位新建修订制度` → 各单位新建修订制度(纪委督促))."""
    if (tail := _SCOPE_TAIL.search(subject)) is not None and tail.start() >= _MIN_NAME:
        return without_act_edges(subject[:tail.start()]) + tail[0]
    if (made := _CAUSATIVE.match(subject)) is not None and len(subject) - made.end() >= _MIN_NAME:
        done = without_act_edges(subject[made.end():])  # `纪委督促各单位新建修订制度` → 各单位新建修订制度(纪委督促)
        return f"{done}({made['actor']}{made['verb']})" if made["actor"] else done
    if (led := _recipient_led(subject)) is not None:
        return led
    trimmed = _SET_WITHIN.sub("", _future_trimmed(subject), count=1)  # `工学类重点学科中` → 工学类重点学科
    trimmed = _ADVERB_TAIL.sub("", _ACT_LEAD.sub("", trimmed, count=1), count=1)
    trimmed = _SINCE_LEAD.sub("", trimmed, count=1)  # `实施以来已惠及` → 惠及
    if (acted := _ACT_AFTER.fullmatch(trimmed)) is not None:  # `排查矛盾纠纷` → 矛盾纠纷排查: the act is the measure's
        trimmed = acted["thing"] + acted["act"]
    if (per := _PER_PERIOD_TAIL.search(trimmed) or _CUMULATIVE_TAIL.search(trimmed)) is not None:
        trimmed = per["per"] + trimmed[:per.start()]  # `研发费用每月` → 每月研发费用, `业务量累计` → 累计业务量: qualifiers
    return trimmed if len(trimmed) >= _MIN_NAME else subject


def _recipient_led(subject: str) -> str | None:
    """`为当地创造就业岗位` → 创造就业岗位(为当地), `从失业保险基金结余中拿出` → 失业保险基金结余拿出, `为企业减负` → 企业减负: a lead-in saying for
    whom or from where put after the act (see recipient_lead); None when the subject opens with none."""
    led = _RECIPIENT.match(subject)
    if led is None:
        return None
    rest = subject[led.end():]
    if led["source"]:
        return led["actor"] + led["source"] + led["drawn"] + rest
    if led["relief"]:  # `为企业减负` → 企业减负
        return led["actor"] + led["lead"][1:] + led["relief"] + rest
    if led["act"] and len(rest) < _MIN_NAME:
        return None  # `向…国家提供`: what was given is not said
    return f"{led['actor']}{led['act'] or led['gift']}{rest}({led['lead']})"


def _future_trimmed(subject: str) -> str:
    """`世行将该地区经济增长预期调` → 该地区经济增长预期 (a disposal `将`'s object), `合作社还将拿出` → 合作社拿出 (a
    future's `将` cut out)."""
    if (disposed := _DISPOSAL.fullmatch(subject)) is not None:
        return disposed["object"]
    return _FUTURE.sub("", subject, count=1)


def is_clause_fragment(subject: str, unit: str | None = None) -> bool:
    """A comparison's other side, a condition, examples with no class, a consequence, a cut word: no measure's name;
    so is a set's `…中` before a figure that is no count of its members (`客户中超75%…`: the part is lost)."""
    return _FRAGMENT.search(subject) is not None or (unit not in COUNT_UNITS and _SET_WITHIN.search(subject) is not None)


def sized_thing(text: str, q: Quantity, end: int, subject: str) -> tuple[str, int]:
    """`确保建成8亿亩高标准农田` → (高标准农田, its end): the thing a size names after it when the subject before the size
    is only an act that brings it about (the act is trimmed from the name later, or kept as a count's is: `新建2000亩
    茶园` → 新建茶园); ("", q.end) when no such thing follows, or the size opens a list (of the thing's qualities,
    `10亿亩集中连片、旱涝保收…的农田`, or of things whose later items would take the first's name)."""
    noun, noun_end = noun_after(text, q, end, any_unit=True)
    if not subject or len(noun) < 2 or text.startswith(ENUMERATION_COMMA, noun_end) \
            or (without_act_edges(subject + noun) != noun and not _MAKING_ALONE.match(subject)):
        return "", q.end
    return noun, noun_end
