"""Counts defined by their act: `首批12家省直部门管理企业完成脱钩移交` counts the firms that did it, not all such firms.

After the noun of a count that opens its clause (only a batch, `有`, a total, a place or a time before it), an act up
to the clause's end (lexicon `count_defining_act`), or a trip to invest right before its amount (`count_going_act`),
joins the noun as a relative clause: 完成脱钩移交的首批省直部门管理企业, 到广西结对市县投资的广东企业.
"""

from __future__ import annotations

from .lexicon import lexicon
from .subject_places import strip_place_prefix
from .subjects import TIME_WORDS

_LEX = lexicon()
_ACT = _LEX.compile_at("count_defining_act")
_GOING = _LEX.compile_at("count_going_act")  # `281家广东企业到广西…投资120亿元`: the firms that went and invested
_ADVERB_END = _LEX.compile("(?:{count_act_adverb})$")
_OPENER = _LEX.compile("count_act_opener")
_GOVERNED = _LEX.compile("count_governor")  # `在当地35所中小学开展…`: the count is where another acts
_EXAMPLES = _LEX.compile("counted_examples")
_ATTRIBUTIVE = _LEX.words("attributive")[0]  # `完成脱钩移交的…企业`


def _batch(left: str) -> str | None:
    """The batch word before the count (`首批`, or '' for none) when only it, `有`, a total, places and times are
    there; None when anything else (a verb, a preposition) governs the count."""
    s = TIME_WORDS.sub("", left.strip(" ，,")).lstrip(" ，,")  # `去年,…`: the time's comma goes with it
    if _GOVERNED.match(s):
        return None
    for _ in range(3):
        s = strip_place_prefix(s)
    m = _OPENER.match(s)
    return (m["batch"] or "") if m else None


def defined_by_act(text: str, left: str, noun: str, noun_end: int, subject: str = "") -> tuple[str, int]:
    """(noun, end): `12家省直部门管理企业完成脱钩移交` → 完成脱钩移交的省直部门管理企业, its end the act's; the noun
    and its end unchanged when no act follows, the count is not its clause's opening or a subject before the count
    names another thing (examples of the things counted do not: `…、粮食安全等11项工作获得…激励`)."""
    if not noun or _ATTRIBUTIVE in noun or subject and not _EXAMPLES.fullmatch(subject):
        return noun, noun_end
    head = noun
    if adverb := _ADVERB_END.search(noun):  # `行政村全部实现…`: the noun ran into the adverb
        head = noun[:adverb.start()]
    m, going = _ACT.match(text, noun_end), _GOING.match(text, noun_end)
    if len(head) < 2 or (m or going) is None or (batch := _batch(left)) is None:
        return noun, noun_end
    if m is None:  # the trip stays the amount's clause: 广东企业到广西…投资 120亿元
        return f"{going['verb']}{going['object']}{_ATTRIBUTIVE}{batch}{head}", noun_end
    return f"{m['verb']}{m['object']}{_ATTRIBUTIVE}{batch}{head}", m.end("object")


_OBJECT_OPENING = _LEX.compile("count_object_opening")
_OBJECT_ACT = _LEX.compile_at("count_object_act")
_MARKER_ALONE = _LEX.compile("object_marker_alone")


def object_of_act(text: str, subject: str, noun: str, noun_end: int) -> tuple[str, str, int]:
    """(subject, noun, end) of a count that is the object of an act after it (`对6000余项医疗服务项目进行了调整规范` →
    ('', 调整规范的医疗服务项目), `市场监管局对120家企业开展了专项检查` → ('', 专项检查的企业)): the things the act was done
    to, not all such things, nor `对` and who acted. Alone before the count, the marker goes (`对1712名目标逃犯…` →
    目标逃犯); any other subject and noun are returned as they were."""
    if not noun or not _OBJECT_OPENING.search(subject):
        return subject, noun, noun_end
    if (m := _OBJECT_ACT.match(text, noun_end)) is not None and _ATTRIBUTIVE not in noun:
        return "", f"{m['act']}{_ATTRIBUTIVE}{noun}", m.end("act")
    return ("" if _MARKER_ALONE.fullmatch(subject) else subject), noun, noun_end
