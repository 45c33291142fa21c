"""A work report's acts on cases named as what they count (`起诉涉黑犯罪` → 涉黑犯罪起诉, `提出民事抗诉` → 民事抗诉,
`起诉` or `死亡` alone before people → 起诉人数, 死亡人数): the last naming of a subject made of a court's,
procuratorate's or casualty report's act."""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import lexicon

_LEX = lexicon()
_OBJECT = _LEX.compile("case_act_object")
_PROPOSAL = _LEX.compile("case_act_proposal")
_BARE = _LEX.compile("case_act_bare")
_PUNISHED = _LEX.compile("case_act_punished")
_PUNISHED_WINDOW = _LEX.table("case_act_punished", "window")
_PEOPLE = frozenset(_LEX.table("case_act_bare", "count_units"))
_RATED = frozenset(_LEX.table("case_act_bare", "rated_acts"))
_NAME_TAIL = _LEX.table("case_act_bare", "name_tail")
_PROSECUTED = _LEX.table("case_act_punished", "act")


def counted_acts(counts: Iterable[tuple[str, str, str | None, str]]) -> dict[tuple[str, str], str]:
    """(quote, subject) → the name of a bare act's count of people, from (quote, subject, unit, lead) of each
    figure: what a change rate told after the count in the same quote (`起诉…人,同比上升…%`) is named by."""
    return {(quote, subject): _bare_count_name(bare, lead) for quote, subject, unit, lead in counts
            if unit in _PEOPLE and (bare := _BARE.fullmatch(subject)) is not None and bare["act"] in _RATED}


def case_act_subject(subject: str, unit: str | None, lead: str = "", counted: str | None = None) -> str:
    """`起诉涉黑犯罪` → 涉黑犯罪起诉, `审结一审民事案件` → 一审民事案件审结, `提出再审检察建议` → 再审检察建议,
    `建议取保候审` → 取保候审建议; an act alone before a count of people → 受伤人数, or 电信网络犯罪起诉 when the clause
    before it (`lead`, the figure's sentence right before it) names the offences punished; a rate of such a count
    takes the count's name (`counted`, from counted_acts); any other subject as it is."""
    if (acted := _OBJECT.fullmatch(subject)) is not None:
        return (acted["actor"] or "") + acted["thing"] + acted["act"]
    if (proposed := _PROPOSAL.fullmatch(subject)) is not None:
        return proposed["made"] or proposed["proposed"] + proposed["lead"]
    if (bare := _BARE.fullmatch(subject)) is None:
        return subject
    if unit in _PEOPLE:
        return _bare_count_name(bare, lead)
    return counted if counted is not None and bare["act"] in _RATED else subject


def _bare_count_name(bare, lead: str) -> str:
    """起诉人数, 交火死亡人数, 检察院起诉人数, or 电信网络犯罪起诉 when the lead's clause before names the offences."""
    act, owner = bare["act"], bare["cause"] or bare["actor"] or ""
    before = lead[-_PUNISHED_WINDOW:].removesuffix(act)
    if act == _PROSECUTED and (punished := _PUNISHED.search(before)) is not None:
        return owner + punished["thing"] + act
    return owner + act + _NAME_TAIL
