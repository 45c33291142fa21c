"""An act's object or owner named once in a list: `渝中区接待国内游客252万人次,…;涪陵区接待55万人次` → 接待国内游客
for each later item (lexicon/subjects.toml `act_object_once`); `危房改造已开工126万户、竣工112万户` → 危房改造竣工;
`受理和审结各类知识产权案件数量…，共受理…件、审结…件` → 审结知识产权案件 (`acts_object_joint`)."""

from __future__ import annotations

from dataclasses import replace

from .lexicon import lexicon
from .mention import Mention

_ACT_ALONE = lexicon().compile("act_object_once")
_ACT_WITH_OBJECT = lexicon().compile("act_with_object")
_STAGE_ALONE = lexicon().compile("stage_act_alone")
_STAGE_OWNED = lexicon().compile("stage_act_owned")
_JOINT = lexicon().compile("acts_object_joint")
_ADVERB = lexicon().compile("act_alone_adverb")  # `共受理`: an adverb before the act alone


def with_objects_named_once(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, those whose subject is only an act (and its place) given the object the same act
    took in an earlier level figure of the sentence in the same unit (a change takes it from its level before)."""
    objects: dict[str, tuple[str, str | None]] = {}  # act → (its object, the unit of the figure that named it)
    out, unit = [], None
    for m in mentions:
        unit = m.unit if m.kind == "level" else unit
        alone = _ACT_ALONE.fullmatch(m.subject)
        if alone is None:
            _note_object(m, objects)
        elif (found := objects.get(alone["act"])) is not None and found[1] == unit:
            m = replace(m, subject=m.subject + found[0])
        out.append(m)
    return out


def _note_object(m: Mention, objects: dict[str, tuple[str, str | None]]) -> None:
    """Remember the object of the act a level figure's subject ends with (`渝中区接待国内游客` → 接待: 国内游客)."""
    if m.kind == "level" and (found := _ACT_WITH_OBJECT.search(m.subject)) is not None:
        objects.setdefault(found["act"], (found["object"], m.unit))


def with_stage_owners(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one sentence, a stage of works named alone (`竣工`) right after a figure of the same unit that
    named the works and an earlier stage (`危房改造任务已开工126万户、竣工112万户`) given those works as owner."""
    out: list[Mention] = []
    for m in mentions:
        alone = _STAGE_ALONE.fullmatch(m.subject)
        if alone is not None and out and (before := out[-1]).unit == m.unit and before.kind == m.kind == "level":
            owned = _STAGE_OWNED.fullmatch(before.subject)
            if owned is not None and owned["act"] != alone["act"]:
                m = replace(m, subject=owned["owner"] + alone["act"])
        out.append(m)
    return out


def with_joint_objects(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the sentence text[start:end], an act on cases told alone after the two acts the sentence named with
    one object (`受理和审结各类知识产权案件…，共受理22591件、审结22006件`) given that object (审结知识产权案件)."""
    joint = _JOINT.search(text, start, end)
    if joint is None:
        return mentions
    acts = (joint["first"], joint["second"])
    return [replace(m, subject=act + joint["object"])
            if m.start >= joint.end() and (act := _ADVERB.sub("", m.subject, count=1)) in acts else m for m in mentions]
