"""Which changes against another period than a year before name their base: a change in percent, and one in points
of a level that is no growth rate (`PMI为49.5%，较上月回升0.1个百分点` → 制造业PMI(较上月)), read plainly as the
year-on-year move otherwise. A growth rate's own move in points (`增速比上月末高1.3个百分点`, `增幅比上月提高…`) is
named as the rate's and needs no base, and a move right after a share (`占…比重为14.1%，比上半年提高0.3个百分点`) is
named as the share's. Words in lexicon/subjects.toml (`rate_name_end`, `share_of_previous`, `other_period_base`)."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .quantities import UNIT_KINDS

_LEX = lexicon()
_POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # 个百分点
_RATE_NAME_END = _LEX.compile("rate_name_end")
_SHARE_PREVIOUS = _LEX.compile("share_of_previous")
_OTHER_BASE = _LEX.compile("other_period_base")
_DOWN = _LEX.words("down_verb")[0]  # a verb after a base makes it one other_period_base reads
_CLAUSE_MARKS = ",，;；"


def based_move(unit: str | None, subject: str, prev: tuple[str | None, bool], before: tuple[str, int, int | None]) \
        -> bool:
    """Whether a change in unit, named subject (or, with none, the measure before), keeps a base other than a year
    before; prev is (the measure before, whether its figure was a change: a move in points after a growth rate is the
    rate's), before is (text, the sentence's start, the previous figure's start or None)."""
    if unit == "%":
        return True
    prev_subject, after_change = prev
    measure = regex.sub(r"[(][^()]*[)]$", "", subject or prev_subject or "")
    return unit == _POINTS and _RATE_NAME_END.search(measure) is None \
        and not (not subject and (after_change or _share_before(*before)))


def _share_before(text: str, start: int, prev: int | None) -> bool:
    """The figure at prev is a share (`占全部规模以上工业比重为14.1%`), read in its own clause."""
    if prev is None:
        return False
    clause = max(text.rfind(c, start, prev) for c in _CLAUSE_MARKS) + 1
    return _SHARE_PREVIOUS.search(text, max(start, clause), prev) is not None


def level_moved(level: str, base: str) -> str:
    """The name of a level's move in points told with a bare `高`/`低` after its base (`失业率为5.0%，比上月低0.1个
    百分点`): the level with a base other than a year before (城镇调查失业率(比上月)), else the level alone
    (`比上年末高0.2个百分点`: the plain change), never the level's `增速`."""
    other = _OTHER_BASE.match(base + _DOWN)
    return f"{level}({other['base']})" if other else level
