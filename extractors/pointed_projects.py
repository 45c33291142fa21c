"""Pointed projects: a size a pointer gives to a project named by its kind alone is the project its sentence named.

`“某某雪梨基地”农旅融合项目启动了土地流转，这项占地1400余亩、总投资1.5亿元的项目将成为…`: the money and the land
describe `项目` only by its kind, but `这项` points back at the one project the sentence named in an earlier clause, so
the figure is that project's (某某雪梨基地农旅融合项目总投资), not a bare 总投资 (audit 47 #131). Only a pointer (`这项`,
`这个`, `该`) makes the kind one known project; `一个…的项目` counts one of many and names none. Words in
lexicon/owners.toml (`pointed_project_clause`, `pointed_project_kind`, `pointed_project_named`).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_POINTED = _LEX.compile("pointed_project_clause")
_KIND = _LEX.compile_at("pointed_project_kind")
_NAMED = _LEX.compile("pointed_project_named")
_GENERIC = _LEX.compile("generic_project_name")
_CLAUSE_MARKS = "，,；;：:"
_QUOTES = "“”\""
_REACH = 120  # characters back from the pointer its sentence may name the project in


def _pointed_clause(text: str, sentence_start: int, span: tuple[int, int]) -> int | None:
    """The start of the size's clause when a pointer opens it and only a project's kind follows the size."""
    pos, end = span
    clause = max(sentence_start, max(text.rfind(c, sentence_start, pos) for c in _CLAUSE_MARKS) + 1)
    if _POINTED.match(text[clause:pos]) is None or _KIND.match(text, end) is None:
        return None
    return clause


def sizes_pointed_project(text: str, sentence_start: int, span: tuple[int, int]) -> bool:
    """`这项占地1400余亩、总投资…的项目`: the size at span is the one project's a pointer marks (no place's)."""
    return _pointed_clause(text, sentence_start, span) is not None


def pointed_project(text: str, sentence_start: int, span: tuple[int, int], measure: str) -> str | None:
    """The subject of the size at span (its measure named alone) when a pointer opens its clause and the thing after
    it is only a project's kind: the name of the one project named earlier in the sentence, then the measure."""
    if (clause := _pointed_clause(text, sentence_start, span)) is None:
        return None
    names = [m["name"] for m in _NAMED.finditer(text[max(sentence_start, clause - _REACH):clause])]
    names = [n for n in names if _GENERIC.fullmatch(n.translate(str.maketrans("", "", _QUOTES))) is None]
    if len(names) != 1:
        return None  # none named, or two: the pointer does not say which
    return names[0].translate(str.maketrans("", "", _QUOTES)) + measure
