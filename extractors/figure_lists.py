"""Lists of figures: the numbers joined as one list (`5.3%和6.4%`), the figures just before a list that it goes to in
order, and a `分别` run of levels followed by their changes."""

from __future__ import annotations

from .figure_direction import _DIR_END, _sign
from .lexicon import lexicon
from .quantities import UNIT_KINDS, Quantity

_JOINER = lexicon().compile("figure_joiner")  # `分别下降3.1%、增长7.4%`
_AVERAGE = lexicon().compile("annual_average_clause")  # `…同比增长7.2%,年均增长14%`: a measure of its own
_RESPECTIVELY = lexicon().words("respectively")[0]
_YEAR = lexicon().compile("year_mention")
_POINTS = next(unit for unit, kind in UNIT_KINDS.items() if kind == "point")  # 个百分点


def joined_run(text: str, quantities: list[Quantity], i: int) -> list[int]:
    """Quantity i and those after it joined as one list (`5.3%和6.4%`, `分别下降3.1%、增长7.4%`)."""
    run = [i]
    for j in range(i + 1, len(quantities)):
        if quantities[j].modifier or not _JOINER.fullmatch(text, quantities[run[-1]].end, quantities[j].start):
            break
        if _AVERAGE.search(text, quantities[run[-1]].end, quantities[j].start):
            break  # `社会消费品零售总额9亿元,同比增长7.2%,年均增长14%`: the year's change, then the average of years
        gap = text[quantities[run[-1]].end:quantities[j].start]
        if _YEAR.search(gap) and _RESPECTIVELY not in gap:
            break  # `…,同比增长12.4%,相比2019年同期增长5%`: a change against another year's base, no item of a list
        if _RESPECTIVELY in text[quantities[run[-1]].end:quantities[j].start] and quantities[j].unit == _POINTS:
            break  # `…分别增长7.3%和10.2%,较一季度分别提升6.8和11.6个百分点`: a second 分别 of points, a list of its own
        run.append(j)
    return run


def earlier_levels(mentions: list, start: int, count: int) -> list[str] | None:
    """`旅游总收入320.5亿元,接待游客4100万人次,分别增长35.6%和28.2%`: a bare `分别` list goes, in order,
    to the figures just before it in the same sentence (`城乡居民收入分别增长12%和13%,分别达43366元和13835元`:
    the two changes just before, whatever their kind)."""
    last = [m.subject for m in mentions if m.start >= start][-count:]
    return last if count >= 2 and len(last) == count and all(last) and len(set(last)) == count else None


def changes_after_levels(text: str, run: list[int], spans: list[tuple[int, int]], is_change: list[bool],
                         units: list[str] | None = None) -> tuple[list[int], list[int], int]:
    """A `分别` run of levels then their changes (`分别达4.72万元和2.08万元,增长8.2%和8.8%`): the levels, the
    changes that go to the same items in order (empty unless there are as many, after a direction word), and the
    changes' sign. A run of one kind is returned whole."""
    split = next((k for k in range(1, len(run)) if is_change[k] != is_change[0]), None)
    if split is None and units is not None:
        return _points_after_percents(text, run, spans, units)
    if split is None:
        return run, [], 1
    levels, rest = run[:split], run[split:]
    between = text[spans[split - 1][1]:spans[split][0]]
    d = _DIR_END.search(between)
    if is_change[0] or len(rest) != len(levels) or d is None:
        return levels, [], 1
    return levels, rest, _sign(d, between)


def _points_after_percents(text: str, run: list[int], spans: list[tuple[int, int]], units: list[str]) \
        -> tuple[list[int], list[int], int]:
    """`…PMI分别为49.9%和49.6%,比上月上升0.7和3.3个百分点`: levels in percent, then after a direction word their moves
    in points; the moves go to the same items in order when there are as many, else they are left to a list of their
    own (never one list of four of one measure)."""
    split = next((k for k in range(1, len(run)) if units[k] == _POINTS and units[k - 1] != _POINTS), None)
    if split is None or _POINTS in units[:split]:
        return run, [], 1
    between = text[spans[split - 1][1]:spans[split][0]]
    d = _DIR_END.search(between)
    if d is None:
        return run, [], 1
    levels, rest = run[:split], run[split:]
    return (levels, rest, _sign(d, between)) if len(rest) == len(levels) else (levels, [], 1)
