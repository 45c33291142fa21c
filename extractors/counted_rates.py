"""Counted rates: a survival or case rate named alone right after a figure of some things is the rate of those things.

`今年全县新栽植苗木36万株，成活率达到92%` is the survival of the newly planted saplings; written `成活率` it reads as
every tree of the county's. The rate (lexicon/owners.toml `rate_of_counted_things`) takes the things the figure just
before it in its sentence named (its subject, without the state its clause goes on with: `树木长势良好` → 树木; with
the act that put them in: `新栽种的…树木` → 新栽种树木), when it opens its own clause and that figure counts plants or
animals or their area (`planted_count_unit`), not people. A case rate (`重刑率`: `rate_of_counted_cases`) likewise
takes the cases a count just before it named (`审结涉黑犯罪案件1088件12387人，重刑率…` → 审结涉黑犯罪案件重刑率), and a
progress rate (`竣工率`: `rate_of_counted_progress`) the works a count just before it told at that stage
(`…农村危房改造已完工2.39万户，竣工率…` → …农村危房改造竣工率).
"""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_RATE = _LEX.compile("rate_of_counted_things")
_CASE_RATE = _LEX.compile("rate_of_counted_cases")
_PROGRESS_RATE = _LEX.compile("rate_of_counted_progress")
_PROGRESS_STAGE = _LEX.compile("counted_progress_stage")
_COMPLETION = frozenset(_LEX.words("completion_stage_word"))
_MIN_WORKS = 3  # characters: a shorter name before the stage is a verb's piece (`符合参保人数`), not the works
_CASES = tuple(_LEX.words("counted_case_noun"))  # the things a case rate may follow
_CASE_UNITS = frozenset(_LEX.words("case_count_unit"))  # the cases or their defendants
_STATE = _LEX.compile("counted_things_state")
_PLANTED_UNITS = frozenset(_LEX.words("planted_count_unit"))
_PLANTING_ACT = _LEX.compile("planting_act_before")
_CLAUSE_MARKS = ",，、;； "
_CLAUSE_ENDS = ",，;；"  # a list's `、` stays inside the clause (`新栽种的云杉、油松等…树木`)
_MAX_THINGS = 12  # characters: a longer subject is a piece of narrative, not the things' name


def rate_of_things(previous: tuple[str, str | None] | None, left: str, subject: str, planted: str = "") -> str:
    """`新栽植苗木` (previous: that figure's subject and unit) then `成活率达到92%` (left): 新栽植苗木成活率; planted is
    the previous figure's clause up to its number (`新栽种的…`: only the things newly put in)."""
    if previous is None:
        return subject
    if _CASE_RATE.fullmatch(subject):
        return case_rate(previous, left, subject)
    if rate := _PROGRESS_RATE.fullmatch(subject):
        return progress_rate(previous, left, rate)
    if not _RATE.fullmatch(subject) or not _RATE.match(left.lstrip(_CLAUSE_MARKS)):
        return subject
    things, unit = previous
    if unit not in _PLANTED_UNITS:
        return subject
    things = _STATE.sub("", things)
    planted = planted[max(planted.rfind(c) for c in _CLAUSE_ENDS) + 1:]  # the previous figure's own clause
    if (act := _PLANTING_ACT.search(planted)) and not things.startswith(act["act"]):
        things = act["act"] + things
    return things + subject if 2 <= len(things) <= _MAX_THINGS else subject


def case_rate(previous: tuple[str, str | None], left: str, subject: str) -> str:
    """`审结涉黑犯罪案件1088件12387人` (previous: that figure's subject and unit) then `重刑率达54.9%` (left): the rate of
    those cases (审结涉黑犯罪案件重刑率)."""
    things, unit = previous
    if unit not in _CASE_UNITS or not things.endswith(_CASES) or not _CASE_RATE.match(left.lstrip(_CLAUSE_MARKS)):
        return subject
    return things + subject if 2 <= len(things) <= _MAX_THINGS else subject


def _same_stage(told: str, rate: str) -> bool:
    return rate in told or (rate in _COMPLETION and any(word in told for word in _COMPLETION))


def progress_rate(previous: tuple[str, str | None], left: str, rate) -> str:
    """`“四类重点对象”农村危房改造已完工` (previous: that figure's subject) then `竣工率达92.07%` (left): the rate of those
    works (四类重点对象农村危房改造竣工率); any other previous figure leaves the rate as it is."""
    things, subject = previous[0], rate.group()
    stage = _PROGRESS_STAGE.search(things)
    if stage is None or not _same_stage(stage.group(), rate["act"]) or not left.lstrip(_CLAUSE_MARKS).startswith(subject):
        return subject
    works = things[:stage.start()]
    return works + subject if _MIN_WORKS <= len(works) <= _MAX_THINGS else subject
