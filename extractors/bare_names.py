"""Whether a short subject with no measure word is a name: only when it is all its clause says (`床位2524张`), not when
the clause's other words define which of the things are counted (`创建了18个先进军营` → 军营)."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .subject_places import strip_place_prefix
from .subjects import MEASURE_TAIL

_LEX = lexicon()
_MEASURE_WORD = _LEX.compile("measure_word")
_FILLER = _LEX.compile("bare_name_clause_filler")
_COUNTED_ACT = _LEX.compile("bare_name_counted_act")  # `全省已建成运输机场9个`: the act made all the things counted
_SAID_OF_ALL = _LEX.compile("bare_name_said_of_all")  # `…项目均已全部复工`: said of every one of the things
_SHARE_TAIL = _LEX.compile("bare_name_share_tail")  # `春季造林(占全年)`: the tail names the measure, a share
_MEASURE_AFTER = _LEX.compile("bare_name_measure_after")  # `试点单位营业收入`: the name owns the measure
_WHOLE_PART = _LEX.compile("whole_part_marker")  # `832个贫困县中已有436个…`: the whole's clause ends at its part
_PLACE_JOINER = _LEX.compile("list_joiner")  # `钦州市与北海市…`: two places joined
_CLAUSE_END = regex.compile(r"[，,。；;：:！？!?、（）()|\n]")  # a list item or a bracket is a clause of its own
_MAX_BARE_NAME = 5  # characters: a longer subject carries its own defining words
_MAX_LEFT = 1  # characters of the clause a bare name may leave unsaid (`各`, `的`)


def bare_name_of_a_clause(subject: str, lead: str, after: str) -> bool:
    """`贫困村` of `与民营企业结对帮扶的1113个贫困村`, `出行` of `清明假期出行4300万人次`: a short subject with no
    measure word, while its clause says more (an act, an owner, a definition) than places, times and `有`: the figure
    counts the things its clause defines, which the subject lost; an uncatalogued figure with it is no fact. A bare
    name that is its whole clause (`全县有医院2所`, `生猪出栏42万头` in a communiqué's list) is a name."""
    measure = MEASURE_TAIL.sub("", subject)
    if not measure or len(measure) > _MAX_BARE_NAME or _MEASURE_WORD.search(measure) is not None \
            or _SHARE_TAIL.search(subject) is not None or _defining_tail(subject[len(measure):]):
        return False
    before = _part_clause(_CLAUSE_END.split(lead)[-1])
    told_before = all(before.count(char) >= measure.count(char) for char in set(measure))
    clause = before if told_before else before + _WHOLE_PART.split(_CLAUSE_END.split(after)[0])[0]  # `18个…军营`
    if told_before and (at := before.rfind(measure)) >= 0 and _MEASURE_AFTER.match(before, at + len(measure)):
        return False  # `试点单位营业收入达到…`: the name owns the measure the figure is of (not `12家企业营业收入…`)
    return len(_said(_without_chars(clause, measure))) > _MAX_LEFT


def _part_clause(before: str) -> str:
    """`全区11个乡镇中曾有` before a part's figure: its clause opens after the whole (the marker looks for the figure
    after `有`, which the text before the figure does not hold, so one stands in for it)."""
    return _WHOLE_PART.split(before + "0")[-1][:-1]


def _defining_tail(tail: str) -> bool:
    """`学生(参加培训)`, `创客(石门村吸引)`: a bracketed tail that says which of the things are counted, so the subject
    is no bare name; a tail of times alone (`会议(平均每周)`) defines nothing."""
    return len(_said(tail.strip("()"))) > _MAX_LEFT


def _without_chars(clause: str, name: str) -> str:
    """The clause without the name: where the name is written whole, that span (the last); else its characters, each
    once from the right, since a name may be reordered from its clause (`全县招收高中生` → 高中生招收, an act after the
    things it counts) and a time before it may share a character (`目前全省试点项目` keeps 目前)."""
    if (at := clause.rfind(name)) >= 0:
        return clause[:at] + clause[at + len(name):]
    for char in name:
        at = clause.rfind(char)
        if at >= 0:
            clause = clause[:at] + clause[at + 1:]
    return clause


def _said(rest: str) -> str:
    """What a clause says besides its bare name and figure: without places, times, words of having and the one act
    that made or reported all the things counted."""
    # a place first too: the filler's counters would cut one's name (`张家界市` → 界市, `家` and `张` being counters)
    said = _FILLER.sub("", strip_place_prefix(_FILLER.sub("", strip_place_prefix(rest))))
    if (joined := _PLACE_JOINER.match(said)) is not None:  # `钦州市与北海市新增企业`: two places joined
        said = _FILLER.sub("", strip_place_prefix(said[joined.end():]))
    return "" if _COUNTED_ACT.fullmatch(said) or _SAID_OF_ALL.match(said) else said
