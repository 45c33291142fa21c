"""Pulls: a change in percentage points that one thing adds to another's (`食品价格…，影响CPI上涨约3个百分点`,
`第一、二、三产业…分别拉动GDP增长1.2、1.3和5.6个百分点`) is named after the thing that pulls and what it pulls
(食品价格影响CPI, 第一产业拉动GDP), never after the bare act (`影响CPI`) nor after the thing's own measure
(`第一产业对经济的贡献率`), which is another figure (audit classes S1, S2)."""

from __future__ import annotations

from .lexicon import lexicon
from .quantities import UNIT_KINDS
from .subjects import clean_subject

_LEX = lexicon()
_PULL = _LEX.compile("^{pull_act}$")
_PULLER_MEASURE = _LEX.compile("{puller_measure}$")
_RESPECTIVELY = _LEX.words("respectively")[0]
_POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # 个百分点


def pull_act(raw: str, unit: str | None) -> tuple[str, str] | None:
    """(verb, target) of a clause that is only a pull (`分别拉动GDP增长`), for a change in percentage points; also of
    the pull a list's clause ends with after its `分别` (`第一、二、三产业分别拉动GDP…`: each item's pull)."""
    if unit != _POINTS:
        return None
    m = _PULL.match(clean_subject(raw))
    if m is None and _RESPECTIVELY in raw:
        m = _PULL.match(clean_subject(_RESPECTIVELY + raw.rsplit(_RESPECTIVELY, 1)[1]))
    return (m["verb"], m["target"]) if m else None


def puller(subject: str) -> str:
    """`第一产业对经济的贡献率` → 第一产业, `食品价格涨幅` → 食品价格: the thing behind its own measure."""
    return _PULLER_MEASURE.sub("", subject)


def pulled(act: tuple[str, str] | None, subject: str, previous: str) -> str:
    """The pull's name: the thing (the subject a list gave the figure, else the previous figure's) and what it
    pulls. A pull whose thing is unknown keeps its subject."""
    if act is None:
        return subject
    verb, target = act
    # `第一产业对经济增长的贡献率` pulling 经济: the target inside the thing's own measure is no sign it names the pull
    own = subject if subject and not subject.startswith(verb) and target not in puller(subject) else previous
    thing = puller(own or "")
    return f"{thing}{verb}{target}" if len(thing) >= 2 and verb not in thing else subject
