"""Grade items: a later item of a list by grade, named by its grade alone, counts what the first item's grade counts.

`56家承办单位中综合考评等级评价为A类的有50家,B类4家,D类2家`: `B类` and `D类` alone name no thing; they are grades of
the measure the first item named (承办单位中综合考评等级评价为B类; `评出A级纳税人120户,B级86户` → B级纳税人). A level
whose subject is only a grade (lexicon `grade_alone`: `B类`, `二级`, `良好等次`) takes the subject of the nearest
earlier level of its sentence in the same unit, its last grade of the same kind replaced by this one; when that
level names no grade of the kind (or only the grade), it stays as it was.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_ALONE = _LEX.compile("^{grade_alone}$")
_GRADE = _LEX.compile("grade_alone")


def _graded(before: list[Mention], m: Mention, kind: str) -> str | None:
    """The subject of the nearest earlier level in m's unit, its last grade of this kind replaced by m's."""
    for o in reversed(before):
        if o.kind != "level" or o.unit != m.unit:
            continue
        grade = next((g for g in reversed(list(_GRADE.finditer(o.subject))) if g["kind"] == kind), None)
        if grade is None or grade.start() == 0 and grade.end() == len(o.subject):
            return None
        return o.subject[:grade.start()] + m.subject + o.subject[grade.end():]
    return None


def with_graded_measure(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence (text order), each level named by a grade alone given the first grade's measure."""
    out: list[Mention] = []
    for m in mentions:
        alone = _ALONE.match(m.subject) if m.kind == "level" else None
        if alone is not None and (named := _graded(out, m, alone["kind"])) is not None:
            m = replace(m, subject=named)
        out.append(m)
    return out
