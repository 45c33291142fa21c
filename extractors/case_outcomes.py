"""A court's or an office's outcome named alone (`办结36768件`, `审结…件`) counts the cases an intake count just before
named (`全市法院受理各类案件44836件,同比上升18.8%。办结36768件。`): 法院办结案件, in the same sentence or opening the
next one of its paragraph; lexicon owners.toml case_outcome_alone, case_intake."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_LEX = lexicon()
_ALONE = _LEX.compile("case_outcome_alone")
_INTAKE = _LEX.compile("case_intake")


def _named(m: Mention, intake: Mention | None) -> Mention:
    if intake is None or m.kind != "level" or intake.unit != m.unit or (alone := _ALONE.fullmatch(m.subject)) is None:
        return m
    if (taken := _INTAKE.search(intake.subject)) is None:
        return m
    return replace(m, subject=taken["owner"] + alone["act"] + taken["object"])


def with_case_outcomes(mentions: list[Mention], before: list[Mention]) -> list[Mention]:
    """The sentence's mentions, each outcome alone named after the nearest intake count before it (in this sentence,
    else the last of `before`: the previous sentence of the paragraph). One pass: a run-on sentence of thousands of
    figures stays linear."""
    intake = next((x for x in reversed(before) if x.kind == "level" and _INTAKE.search(x.subject)), None) \
        if before else None
    out: list[Mention] = []
    for m in mentions:
        out.append(_named(m, intake))
        if m.kind == "level" and _INTAKE.search(m.subject):
            intake = m
    return out
