"""A project's figures and its stage: the size of a project still to start is planned, an effect after its completion
told done is achieved.

`…项目总投资20亿元，计划明年开工`: a project's money told in a `；` item whose start is still ahead is its planned total,
a target, unless the item tells the project done (`从动工到试生产`); a project started, signed or being built
(`…工厂投资超过50亿元，年初十已经开工`) has its size as a fact, actual. `工程投产后供电可靠率99.83%` after the story
has told the commissioning (`投产仪式在…举行`) is the effect measured since: `投产后` is then no plan cue, unless a
forecast word follows it (`投产后将新增`). `投资15亿元的创新中心项目` sizes the project named after the money: its total, not
investment completed. A count told before a noun that names no projects (`为20多个变电站提供设备`) counts those
things, not projects. Cue words are lexicon data (lexicon/status.toml).
"""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_SIZE_SUBJECT = _LEX.compile("project_size_subject")
_STARTING = _LEX.compile("project_starting")
_ONLY_PLANNED = _LEX.compile("project_only_planned")
_DONE = _LEX.compile("project_done")
_MONEY = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind == "currency")  # every currency, not two
_AFTER_COMPLETION = _LEX.compile("after_completion")
_COMPLETION_FORECAST = _LEX.compile("completion_forecast")
_COMPLETION_TOLD = _LEX.compile("completion_told")
_SIZED_AFTER = _LEX.compile_at("project_sized_after")
_SIZED_IDS: dict[str, str] = _LEX.table("project_sized_after", "indicators")
_COUNTED_AFTER = _LEX.compile_at("counted_before_noun")
_COUNTED_ID: str = _LEX.table("counted_before_noun", "indicators")["of"]
_PROJECT_NOUN = _LEX.compile("project_count_noun")
_NAMED_BEFORE = 8  # characters before a count in which its noun may be named (`开工项目58个`)
_SIZED_REACH = 32  # characters after a figure in which the project it sizes is named
_ITEM_REACH = 240  # characters either side of a figure in which its `；` item is read (a run-on sentence)
_STORY_REACH = 1500  # characters before a sentence in which the story may have told the completion


def planned_project_size(text: str, sentence: tuple[int, int], figure: int, subject: str, unit: str) -> bool:
    """Whether a money figure is a project's planned size: its subject names a size, its own `；` item a start still
    ahead and no completion."""
    lo, hi = max(sentence[0], figure - _ITEM_REACH), min(sentence[1], figure + _ITEM_REACH)
    lo = max(lo, text.rfind("；", lo, figure) + 1, text.rfind(";", lo, figure) + 1)
    hi = min([hi] + [at for at in (text.find("；", figure, hi), text.find(";", figure, hi)) if at >= 0])
    return unit in _MONEY and _SIZE_SUBJECT.search(subject) is not None \
        and _ONLY_PLANNED.search(text, lo, hi) is not None and _DONE.search(text, lo, hi) is None


def project_size_indicator(indicator: str | None, text: str, figure_end: int) -> str | None:
    """The indicator of a project's total when an investment figure is followed by the project it sizes
    (`投资15亿元的…项目`), else None."""
    if indicator != _SIZED_IDS["from"] or _SIZED_AFTER.match(text, figure_end, figure_end + _SIZED_REACH) is None:
        return None
    return _SIZED_IDS["to"]


def achieved_after_completion(text: str, sentence_start: int, cue_start: int, cue: str, figure: int) -> bool:
    """Whether a `投产后`-like cue at cue_start follows a completion the story told done, with no forecast between it
    and the figure: the figure is an effect measured, not a plan."""
    if _AFTER_COMPLETION.fullmatch(cue) is None:
        return False
    if _COMPLETION_FORECAST.match(text, cue_start, figure) is not None \
            or _STARTING.search(text, sentence_start, cue_start) is not None:
        return False  # `投产后将…`; `…开工建设，建成后年产值…`: this project's completion is still ahead
    return _COMPLETION_TOLD.search(text, max(0, sentence_start - _STORY_REACH), cue_start) is not None


def counts_other_things(indicator: str | None, text: str, clause: int, start: int, end: int) -> bool:
    """Whether a count the catalog took for projects counts another noun, told right after it (`为20多个变电站提供…`),
    with no projects named right before it either."""
    if indicator != _COUNTED_ID:
        return False
    lo = max(clause, start - _NAMED_BEFORE)
    lo = max(lo, *(text.rfind(c, lo, start) + 1 for c in ",，;；、"))  # the count's own comma clause
    if _PROJECT_NOUN.search(text, lo, start):
        return False
    noun = _COUNTED_AFTER.match(text, end)
    return noun is not None and _PROJECT_NOUN.search(noun.group("noun")) is None
