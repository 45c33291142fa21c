"""A change or gap in percentage points after a growth rate: it is the rate's, so it is named `…增速` (a change
over time: `增长3.0%,比上半年加快0.5个百分点` → 国内生产总值增速) or after what the rate is compared with (a gap:
`分别高于规上工业15.5个…百分点` → 装备制造业增加值(高于规上工业)), never as the level measure itself."""

from __future__ import annotations

import regex

from .lexicon import lexicon
from .mention import Mention
from .quantities import UNIT_KINDS
from .subjects import RATE_WORD

_LEX = lexicon()
_POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # 个百分点
_GAP = _LEX.compile("rate_gap_other")
_OWN_RATE = _LEX.compile("point_measure")  # `失业率`, `比重`: a measure stated in percent moves in points itself
_TAIL = regex.compile(r"[(（][^()（）]*[)）]$")
_BENCHMARK = _LEX.compile("benchmark_rate_in_gap")  # `比全省的6.1%快`: the other whole's rate, not its name
_PULL = _LEX.compile("point_pull")
_BENCHMARK_ONLY = _LEX.compile("benchmark_subject")
_LISTED_POINTS = _LEX.compile("listed_points_after_gap")  # `高于规上工业15.5个、8.6个和…`
_RATE_TAIL = _LEX.words("rate_of_change")[0]  # 增速
_SHARE_TAKEN = _LEX.compile("share_taken")  # `X(占Y)`: X's share of Y
_AVERAGED = _LEX.compile("averaged_rate_tail")  # `X(两年平均)`: the points move the average, not X's rate


def _share_before(mentions: list[Mention], sentence_start: int, own: str) -> str | None:
    """The name of the share in percent the sentence stated right before, when the points carry only the name of
    the measure it is a share of (`X(占Y)` then `X`) or none, and no other whole of a gap; else None."""
    last = mentions[-1] if mentions else None
    if last is None or last.start < sentence_start or last.unit != "%" or last.kind != "level":
        return None
    tail, taken = _TAIL.search(last.subject), _SHARE_TAKEN.fullmatch(last.subject)
    if tail is None or taken is None or taken["base"] != last.subject[:tail.start()] or own not in ("", taken["base"]):
        return None
    return last.subject


def _rate_before(mentions: list[Mention], sentence_start: int, own: str) -> Mention | None:
    """The growth rate in percent of that name the sentence stated (`分别增长…` then `分别高于…`: each item its
    own), else the one it stated last; None when an amount stands between."""
    rates = []
    for m in reversed(mentions):
        if _BENCHMARK_ONLY.match(m.subject):
            continue  # `比全省的5.2%快`: the other whole's rate
        if m.start < sentence_start or m.unit not in (_POINTS, "%") or m.unit == "%" and m.kind != "change":
            break  # an amount or a share between (`…增长5%,占全省的38%,占比提高2个百分点`): not the rate's points
        if m.unit == "%":
            rates.append(m)
    return next((m for m in rates if _TAIL.sub("", m.subject) == own), rates[0] if rates else None)


def point_subject(subject: str, unit: str | None, text: str, sentence_start: int, span: int,
                  mentions: list[Mention]) -> str:
    """The name of a figure in points: the share's change when the sentence just stated a share of the measure,
    the rate's change or gap when it just stated that growth rate and the figure's own name is the level measure
    (or only the comparison); else the name unchanged."""
    own = _TAIL.sub("", subject)
    # `…新增3.1万亿元,占全部贷款增量的40.1%,同比提高4.5个百分点`: the share moved, not the amount; a gap named with
    # its other whole (`GDP(高于全省)`) stays the gap
    if unit == _POINTS and subject == own and (share := _share_before(mentions, sentence_start, own)) is not None:
        return share
    if unit != _POINTS or (rate := _rate_before(mentions, sentence_start, own)) is None:
        return subject
    measure = _TAIL.sub("", rate.subject)
    if len(measure) < 2 or RATE_WORD.search(measure) or _OWN_RATE.search(measure):
        return subject
    if _PULL.search(text, rate.end, span):
        return subject  # `分别拉动…增长1.3个百分点`: a contribution, named as it is
    gap = _GAP.search(text, rate.end, span + 1)  # the figure's first digit ends the other whole
    if gap and not _LISTED_POINTS.fullmatch(text, gap.end(), span):
        return subject  # `高于全国0.7、全省2.3个百分点`: another whole stands nearer the figure
    name = _BENCHMARK.sub("", gap.group()).removesuffix(_RATE_TAIL) if gap else ""  # `高于全国增速` → 高于全国
    averaged = _AVERAGED.search(rate.subject)
    kept = averaged["average"] if averaged and own.endswith(measure) else ""  # `…两年平均增速`: the average's points
    if gap and (own.endswith(measure) or own in (measure + _RATE_TAIL, "") or name.startswith(own) or own.startswith(name)):
        return f"{own + kept if own.endswith(measure) else measure}({name})"
    if own == subject and own.endswith(measure):
        return own + kept + _RATE_TAIL  # `规模以上制造业增速`: the points' own name keeps its set
    return subject
