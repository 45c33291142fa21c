"""Subject fragments: pieces of the clause a cut leaves at a subject's edges (a trailing adverb, a change's `由原来`,
a locative, a focus `仅`, a verb of attention or cause before the measure, a plan or forecast verb before the act,
the rest of a word the count's unit took), trimmed off or repaired; and subjects that are only such a piece
(round 46). Word classes in `lexicon/subject_fragments.toml`."""

from __future__ import annotations

from .lexicon import lexicon

_LEX = lexicon()
_TAIL = _LEX.compile("fragment_tail")
_ALONE = _LEX.compile("fragment_alone")
_FRAME_LEAD = _LEX.compile("fragment_frame_lead")
_FOCUS_LEAD = _LEX.compile("fragment_focus_lead")
_PLAN = _LEX.compile("fragment_plan_verb")
_FORECAST = _LEX.compile("fragment_forecast_verb")
_UNIT_REST = _LEX.compile("fragment_unit_rest")
_MIN_NAME = 2  # characters: what is left must still name something


def without_fragments(subject: str, unit: str | None = None) -> str:
    """`…成员单位基本` → …成员单位, `栖息的白鹤由原来` → 栖息的白鹤, `体育馆之外` → 体育馆, `紧盯剩余贫困人口` → 剩余贫困人口,
    `首期拟筹资` → 首期筹资, `…站预计发送旅客` → …站发送旅客, `口解决灌溉用水` (of 人) → 解决灌溉用水人口. A cut that leaves less
    than a name leaves the subject as it was."""
    if unit and (m := _UNIT_REST.match(unit + subject)) is not None:
        return m["rest"] + m["unit"] + m["second"]  # the word the unit took its first character from
    trimmed = subject
    for lead in (_FOCUS_LEAD, _FRAME_LEAD):
        if (m := lead.match(trimmed)) is not None:
            trimmed = _kept(trimmed, trimmed[m.end():])
    if (m := _TAIL.search(trimmed)) is not None:
        trimmed = _kept(trimmed, trimmed[:m.start()])
    return _FORECAST.sub("", _PLAN.sub("", trimmed))


def planned(subject: str) -> bool:
    """`首期拟筹资`, `公司计划出资`: a plan verb before the act counted makes the figure a target."""
    return _PLAN.search(subject) is not None


def only_fragment(subject: str) -> bool:
    """`一下子`, `基本`: an adverb of the clause alone, no measure's name."""
    return _ALONE.match(subject) is not None


def _kept(before: str, after: str) -> str:
    return after if len(after) >= _MIN_NAME else before
